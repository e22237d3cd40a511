extension URLResolver {
    /// Resolves a path step by step as Django does, also listing every pattern tried — what Django's
    /// debug 404 page shows. Slower than ``resolve(_:)`` (it tries patterns one by one); meant for
    /// error pages.
    /// - Parameter path: The percent-decoded request path, starting with `/`.
    /// - Returns: The match, if any, and the patterns tried in order; each entry is the chain from the
    ///   outermost include prefix to the pattern tried.
    public func resolveWithTried(_ path: String) -> (match: ResolverMatch<Endpoint>?, tried: [[TriedPattern]]) {
        PathInput.with(path) { input in
            guard input.count > 0, input.bytes[0] == 0x2F else { return (nil, []) }
            let (found, tried) = walk(compiled.conf.roots, input, from: 1)
            return (found.map { ResolverMatch(endpoint: compiled.endpoints[$0.leaf], parts: compiled.conf.parts(leaf: $0.leaf, matches: $0.matches)) }, tried)
        }
    }

    private func walk(
        _ nodes: [ConfNode], _ input: PathInput, from position: Int
    ) -> (found: (leaf: Int, matches: [ElementMatch])?, tried: [[TriedPattern]]) {
        var tried: [[TriedPattern]] = []
        for node in nodes {
            switch node {
            case .pattern(let element, let leaf):
                tried.append([triedPattern(element)])
                if let match = compiled.conf.elements[element].match(input, from: position) {
                    return ((leaf, [match]), tried)
                }
            case .include(let element, let children):
                guard let match = compiled.conf.elements[element].match(input, from: position) else {
                    tried.append([triedPattern(element)])
                    continue
                }
                let (found, subTried) = walk(children, input, from: match.end)
                tried += subTried.map { [triedPattern(element)] + $0 }
                if let found { return ((found.leaf, [match] + found.matches), tried) }
            }
        }
        return (nil, tried)
    }

    private func triedPattern(_ element: Int) -> TriedPattern {
        let pattern = compiled.conf.elements[element]
        return TriedPattern(route: pattern.source.text, name: pattern.name, isInclude: !pattern.isEndpoint)
    }
}
