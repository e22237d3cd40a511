extension URLConfBuilder {
    /// Checks every leaf's parameters and prepares it for `reverse()`.
    mutating func finishLeaves() {
        for index in conf.leaves.indices {
            let parameters = capturedParameters(of: conf.leaves[index])
            checkDuplicates(conf.leaves[index])
            if let types = declaredTypes[index] {
                problems += ParameterTypeCheck.problems(
                    route: conf.leaves[index].route, parameters: parameters, expected: types, registry: registry)
            }
            conf.leaves[index] = conf.leaves[index].with(reverse: reverseInfo(for: conf.leaves[index]))
        }
    }

    /// The named captures along the leaf's chain, outermost first (`nil` converter = regex group).
    func capturedParameters(of leaf: Leaf) -> [(name: String, converter: AnyPathConverter?)] {
        leaf.chain.flatMap { conf.elements[$0].capturedParameters }
    }

    /// A name captured by two elements of one chain (an include prefix and a pattern below it).
    private mutating func checkDuplicates(_ leaf: Leaf) {
        var seen: Set<String> = []
        var reported: Set<String> = []
        for element in leaf.chain {
            let names = Set(conf.elements[element].capturedParameters.map(\.name))
            for name in names.intersection(seen) where reported.insert(name).inserted {
                problems.append("Route \"\(leaf.route)\" captures \"\(name)\" both in an include() prefix and "
                    + "below it; the inner value would silently replace the outer one and reverse() could not "
                    + "build the URL. Rename one of them.")
            }
            seen.formUnion(names)
        }
    }

    /// Django's joined pattern for the leaf, its URL shapes, converters and checker.
    private mutating func reverseInfo(for leaf: Leaf) -> LeafReverse? {
        guard brokenElements.isDisjoint(with: leaf.chain) else { return nil }
        let elements = leaf.chain.map { conf.elements[$0] }
        let pattern = elements.map(\.reversePattern).joined()
        let templates: [ReverseTemplate]
        do {
            templates = try RegexReverser.templates(for: pattern)
        } catch {
            problems.append("Route \"\(leaf.route)\" cannot be reversed: \"\(error.portion)\" is not a construct "
                + "reverse() understands (only (?P<name>…), (?:…), (…) and look-ahead groups are). In Django "
                + "every reverse() call would fail because of it; rewrite the regex without it.")
            return nil
        }
        var converters: [String: AnyPathConverter] = [:]
        for case (let name, let converter?) in capturedParameters(of: leaf) { converters[name] = converter }
        guard let checker = checker(for: elements, pattern: pattern, route: leaf.route) else { return nil }
        return LeafReverse(pattern: pattern, templates: templates, converters: converters, checker: checker)
    }

    private mutating func checker(for elements: [CompiledElement], pattern: String, route: String) -> ReverseChecker? {
        var segments: [RouteMatcher.Segment] = []
        var slots = 0
        for element in elements {
            guard case .route(let matcher, _) = element.matcher else {
                return regexChecker(pattern: pattern, route: route)
            }
            for segment in matcher.segments {
                if case .capture(_, let scanner) = segment {
                    segments.append(.capture(slot: slots, scanner: scanner))
                    slots += 1
                } else {
                    segments.append(segment)
                }
            }
        }
        return .route(RouteMatcher(segments: segments, captureCount: slots))
    }

    private mutating func regexChecker(pattern: String, route: String) -> ReverseChecker? {
        do {
            return .regex(try CompiledRegex(python: "^/" + pattern))
        } catch {
            problems.append("Route \"\(route)\" joins into the regex \"\(pattern)\", which is invalid: "
                + "\(error.explanation). Check the include() prefix and the pattern fit together.")
            return nil
        }
    }
}
