extension CompiledURLConf {
    /// Finds the first leaf (in declaration order) whose whole chain matches the path, trying only the
    /// leaves the literal-prefix index offers.
    @usableFromInline
    func resolve(_ path: String) -> (leaf: Int, parts: MatchParts)? {
        PathInput.with(path) { input in
            guard input.count > 0, input.bytes[0] == 0x2F else { return nil }
            for leaf in trie.candidates(input, from: 1) {
                if let plan = leaves[leaf].plan {
                    if let (kwargs, captured) = plan.match(input, from: 1) {
                        return (leaf, MatchParts(
                            args: [], kwargs: kwargs, capturedKwargs: captured, raw: .path(input.string),
                            leaf: leaves[leaf]))
                    }
                } else if let matches = matchChain(of: leaf, input) {
                    return (leaf, parts(leaf: leaf, matches: matches))
                }
            }
            return nil
        }
    }

    /// Matches every element of a leaf's chain in turn, each on what the previous one left.
    func matchChain(of leaf: Int, _ input: PathInput) -> [ElementMatch]? {
        let chain = leaves[leaf].chain
        var matches: [ElementMatch] = []
        matches.reserveCapacity(chain.count)
        var position = 1
        for element in chain {
            guard let match = elements[element].match(input, from: position) else { return nil }
            position = match.end
            matches.append(match)
        }
        return matches
    }

    /// The arguments and names of a match, merged level by level from the endpoint outwards exactly
    /// as Django's nested `URLResolver.resolve` calls merge them.
    func parts(leaf index: Int, matches: [ElementMatch]) -> MatchParts {
        let leaf = leaves[index]
        let endpoint = elements[leaf.endpointElement]
        let last = matches[matches.count - 1]
        var kwargs = endpoint.defaults.isEmpty ? last.kwargs : KeywordArguments.merging(last.kwargs, endpoint.defaults)
        var args = last.args
        for level in stride(from: leaf.chain.count - 2, through: 0, by: -1) {
            let include = elements[leaf.chain[level]]
            let merged = KeywordArguments.merging(
                KeywordArguments.merging(matches[level].kwargs, include.defaults), kwargs)
            if merged.isEmpty { args = matches[level].args + args }
            kwargs = merged
        }
        let single = matches.count == 1
        return MatchParts(
            args: args, kwargs: kwargs,
            capturedKwargs: single ? last.kwargs : matches.flatMap(\.kwargs),
            raw: .texts(single ? last.raw : matches.flatMap(\.raw)),
            leaf: leaf)
    }
}
