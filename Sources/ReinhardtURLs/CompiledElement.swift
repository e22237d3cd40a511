/// A pattern or include prefix, compiled once: how it matches, and what Django would call its
/// `str()`, its regex and its defaults. A class, so the resolver's hot path shares it instead of
/// copying its many fields.
final class CompiledElement: Sendable {
    /// How the element matches.
    enum Matcher: Sendable {
        /// A `path()` route, with its converters in capture order.
        case route(RouteMatcher, parameters: [(name: String, converter: AnyPathConverter)])
        /// A `re_path()` regex; `fullMatch` when it is an endpoint whose regex ends in `$`.
        case regex(CompiledRegex, fullMatch: Bool)
    }

    /// The route or regex as written.
    let source: RouteSource
    /// The regex Django matches with (for routes, the generated one).
    let djangoRegex: String
    /// The matcher.
    let matcher: Matcher
    /// Whether this is an endpoint (a pattern) rather than an include prefix.
    let isEndpoint: Bool
    /// The URL name of an endpoint.
    let name: String?
    /// Default keyword arguments, sorted by name.
    let defaults: [(name: String, value: any Sendable)]
    /// The application namespace of an include.
    let appName: String?
    /// The instance namespace of an include.
    let namespace: String?

    init(
        source: RouteSource, djangoRegex: String, matcher: Matcher, isEndpoint: Bool, name: String?,
        defaults: [(name: String, value: any Sendable)], appName: String?, namespace: String?
    ) {
        self.source = source
        self.djangoRegex = djangoRegex
        self.matcher = matcher
        self.isEndpoint = isEndpoint
        self.name = name
        self.defaults = defaults
        self.appName = appName
        self.namespace = namespace
    }

    /// Django's regex without its leading `^`, as joined into reverse patterns.
    var reversePattern: String {
        djangoRegex.hasPrefix("^") ? String(djangoRegex.dropFirst()) : djangoRegex
    }

    /// The named parameters this element captures with their value types (regex groups give `String`).
    var capturedParameters: [(name: String, converter: AnyPathConverter?)] {
        switch matcher {
        case .route(_, let parameters): return parameters.map { ($0.name, $0.converter) }
        case .regex(let regex, _): return regex.captureNames.compactMap { $0 }.map { ($0, nil) }
        }
    }

    /// Matches the path from `start` (Django's `pattern.match(path)`).
    func match(_ input: PathInput, from start: Int) -> ElementMatch? {
        switch matcher {
        case .route(let route, let parameters):
            return matchRoute(route, parameters, input, from: start)
        case .regex(let regex, let fullMatch):
            return matchRegex(regex, fullMatch: fullMatch, input, from: start)
        }
    }

    private func matchRoute(
        _ route: RouteMatcher, _ parameters: [(name: String, converter: AnyPathConverter)],
        _ input: PathInput, from start: Int
    ) -> ElementMatch? {
        route.withMatch(input, from: start, toEnd: isEndpoint) { end, captures in
            var result = ElementMatch(end: end)
            guard !parameters.isEmpty else { return result }
            result.kwargs.reserveCapacity(parameters.count)
            result.raw.reserveCapacity(parameters.count)
            for (index, parameter) in parameters.enumerated() {
                guard let (value, raw) = parameter.converter.value(in: input, captures[index]) else { return nil }
                result.kwargs.append((parameter.name, value))
                result.raw.append((parameter.name, raw))
            }
            return result
        }
    }

    private func matchRegex(_ regex: CompiledRegex, fullMatch: Bool, _ input: PathInput, from start: Int) -> ElementMatch? {
        let rest = input.substring(start..<input.count)
        guard let found = fullMatch ? regex.wholeMatch(in: rest) : regex.firstMatch(in: rest) else { return nil }
        var result = ElementMatch(end: input.offset(of: found.range.upperBound))
        let groups = found.output.dropFirst()
        let named = groups.contains { $0.name != nil }
        for group in groups {
            let text = group.substring.map(String.init)
            if let name = group.name {
                guard let text else { continue }
                result.kwargs.append((name, text))
                result.raw.append((name, text))
            } else if !named {
                result.args.append(text.map { $0 as any Sendable } ?? String?.none)
            }
        }
        return result
    }
}
