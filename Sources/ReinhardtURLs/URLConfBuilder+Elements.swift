extension URLConfBuilder {
    /// Compiles one route or regex into ``CompiledURLConf/elements`` and returns its index. A broken
    /// one is recorded as a problem and replaced by a placeholder so the rest can still be checked.
    mutating func compile(
        _ source: RouteSource, isEndpoint: Bool, name: String? = nil,
        defaults: [String: any Sendable], appName: String? = nil, namespace: String? = nil
    ) -> Int {
        if let name, name.contains(":") {
            problems.append("URL name \"\(name)\" (route \"\(source.text)\") contains ':', so reverse() would "
                + "read it as a namespace and never find it. Remove the colon.")
        }
        let problemCount = problems.count
        let (matcher, regex) = compileMatcher(source, isEndpoint: isEndpoint)
        if problems.count > problemCount { brokenElements.insert(conf.elements.count) }
        conf.elements.append(CompiledElement(
            source: source, djangoRegex: regex, matcher: matcher, isEndpoint: isEndpoint, name: name,
            defaults: defaults.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            appName: appName, namespace: namespace))
        return conf.elements.count - 1
    }

    private mutating func compileMatcher(
        _ source: RouteSource, isEndpoint: Bool
    ) -> (CompiledElement.Matcher, String) {
        switch source {
        case .route(let route):
            let (tokens, routeProblems) = RouteParser.parse(route, registry: registry)
            problems += routeProblems
            let parameters: [(name: String, converter: AnyPathConverter)] = tokens.compactMap {
                if case .parameter(let name, let converter) = $0 { return (name, converter) }
                return nil
            }
            return (.route(RouteMatcher(tokens: tokens), parameters: parameters),
                    RouteParser.djangoRegex(tokens, isEndpoint: isEndpoint))
        case .regex(let pattern):
            return (.regex(compileRegex(pattern), fullMatch: isEndpoint && pattern.hasSuffix("$")), pattern)
        }
    }

    private mutating func compileRegex(_ pattern: String) -> CompiledRegex {
        do {
            return try CompiledRegex(python: pattern)
        } catch {
            problems.append("re_path regex \"\(pattern)\" is not a valid regular expression: \(error.explanation). "
                + "Fix the pattern (Python `re` syntax; look-behind is not supported), or use path() with converters.")
            return try! CompiledRegex(python: "(?!)")
        }
    }
}
