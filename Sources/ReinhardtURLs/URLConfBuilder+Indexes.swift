extension URLConfBuilder {
    /// Builds the reverse scopes and the literal-prefix index.
    mutating func buildIndexes() {
        conf.scopes = [ReverseScope()]
        var owners: [Int: [String: Int]] = [:]
        populate(conf.roots, scope: 0, path: [], includeDefaults: [], owners: &owners)
        for (index, leaf) in conf.leaves.enumerated() {
            conf.trie.insert(literalPrefix(of: leaf), leaf: index)
        }
        conf.trie.finish()
    }

    /// The literal text the leaf's route starts with, across its include prefixes.
    func literalPrefix(of leaf: Leaf) -> [UInt8] {
        var key: [UInt8] = []
        for index in leaf.chain {
            let element = conf.elements[index]
            let (bytes, isWhole): ([UInt8], Bool)
            switch element.matcher {
            case .route(let matcher, _): (bytes, isWhole) = matcher.literalPrefix
            case .regex: (bytes, isWhole) = RegexLiteralPrefix.extract(element.source.text)
            }
            key += bytes
            if !isWhole { break }
        }
        return key
    }

    /// Fills a scope the way Django's `_populate` does: walking entries last to first, so names and
    /// application instances are listed last-declared first; un-namespaced includes add to the same
    /// scope, namespaced ones open a child scope.
    private mutating func populate(
        _ nodes: [ConfNode], scope: Int, path: [String], includeDefaults: [[(name: String, value: any Sendable)]],
        owners: inout [Int: [String: Int]]
    ) {
        for node in nodes.reversed() {
            switch node {
            case .pattern(let element, let leaf):
                addCandidate(element: element, leaf: leaf, scope: scope, includeDefaults: includeDefaults)
            case .include(let element, let children):
                let include = conf.elements[element]
                guard let appName = include.appName, let namespace = include.namespace else {
                    populate(
                        children, scope: scope, path: path, includeDefaults: includeDefaults + [include.defaults],
                        owners: &owners)
                    continue
                }
                let child = conf.scopes.count
                conf.scopes.append(ReverseScope())
                populate(children, scope: child, path: path + [namespace], includeDefaults: [], owners: &owners)
                conf.scopes[scope].apps[appName, default: []].append(namespace)
                if let other = owners[scope]?[namespace] {
                    reportDuplicateNamespace(namespace, first: element, second: other, path: path)
                }
                owners[scope, default: [:]][namespace] = element
                conf.scopes[scope].namespaces[namespace] = child
            }
        }
    }

    private mutating func addCandidate(
        element: Int, leaf: Int, scope: Int, includeDefaults: [[(name: String, value: any Sendable)]]
    ) {
        guard let name = conf.elements[element].name, conf.leaves[leaf].reverse != nil else { return }
        var defaults = conf.elements[element].defaults
        for layer in includeDefaults.reversed() {
            defaults = KeywordArguments.merging(defaults, layer)
        }
        conf.scopes[scope].lookups[name, default: []].append(ReverseCandidate(leaf: leaf, defaults: defaults))
    }

    private mutating func reportDuplicateNamespace(_ namespace: String, first: Int, second: Int, path: [String]) {
        let qualified = (path + [namespace]).joined(separator: ":")
        problems.append("Instance namespace \"\(qualified)\" is used by more than one include() "
            + "(prefixes \"\(conf.elements[first].source.text)\" and \"\(conf.elements[second].source.text)\"), "
            + "so reverse(\"\(qualified):…\") could reach only the first (Django's urls.W005). Give each include "
            + "its own namespace, e.g. namespace: \"\(namespace)-2\", and keep the shared appName.")
    }
}
