/// Compiles a URLconf once: every route and regex, every leaf route, the literal-prefix index and
/// the reverse tables — collecting every configuration problem instead of stopping at the first.
struct URLConfBuilder<Endpoint: Sendable> {
    let registry: ConverterRegistry
    var conf = CompiledURLConf()
    var endpoints: [Endpoint] = []
    var problems: [String] = []
    /// Each leaf's declared parameter types, checked once the chain is known.
    var declaredTypes: [Int: [any Any.Type]] = [:]
    /// Elements that failed to compile (already reported), so later checks skip them.
    var brokenElements: Set<Int> = []

    init(registry: ConverterRegistry) {
        self.registry = registry
        problems = registry.problems
    }

    /// Compiles `entries` and returns the result, or every problem found.
    static func build(
        _ entries: [URLEntry<Endpoint>], registry: ConverterRegistry
    ) throws(URLConfigurationError) -> (CompiledURLConf, [Endpoint]) {
        var builder = URLConfBuilder(registry: registry)
        builder.conf.roots = builder.add(entries, chain: [])
        builder.finishLeaves()
        builder.buildIndexes()
        guard builder.problems.isEmpty else { throw URLConfigurationError(problems: builder.problems) }
        return (builder.conf, builder.endpoints)
    }

    /// Compiles entries under the include chain `chain`, returning their tree nodes.
    mutating func add(_ entries: [URLEntry<Endpoint>], chain: [Int]) -> [ConfNode] {
        entries.map { entry in
            switch entry {
            case .pattern(let pattern): return add(pattern, chain: chain)
            case .include(let include): return add(include, chain: chain)
            }
        }
    }

    private mutating func add(_ pattern: URLPattern<Endpoint>, chain: [Int]) -> ConfNode {
        let element = compile(pattern.source, isEndpoint: true, name: pattern.name, defaults: pattern.defaults)
        let leaf = conf.leaves.count
        conf.leaves.append(makeLeaf(chain + [element]))
        endpoints.append(pattern.endpoint)
        if let types = pattern.parameterTypes { declaredTypes[leaf] = types }
        return .pattern(element: element, leaf: leaf)
    }

    private mutating func add(_ include: URLInclude<Endpoint>, chain: [Int]) -> ConfNode {
        checkNamespace(include)
        let element = compile(
            include.prefix, isEndpoint: false, defaults: include.defaults,
            appName: include.appName, namespace: include.appName == nil ? nil : include.namespace)
        let children = add(include.entries, chain: chain + [element])
        return .include(element: element, children: children)
    }

    private func makeLeaf(_ chain: [Int]) -> Leaf {
        let elements = chain.map { conf.elements[$0] }
        return Leaf(
            chain: chain,
            route: Self.joinRoutes(elements.map(\.source.text)),
            appNames: elements.compactMap(\.appName).filter { !$0.isEmpty },
            namespaces: elements.compactMap(\.namespace).filter { !$0.isEmpty },
            urlName: elements.last?.name,
            plan: RoutePlan(elements: elements),
            usesRegex: elements.contains { $0.source.isRegex })
    }

    /// Django's `_join_route`, applied from the innermost route outwards: a leading `^` of the inner
    /// route is dropped when an outer route is non-empty.
    static func joinRoutes(_ routes: [String]) -> String {
        var joined = routes.last ?? ""
        for outer in routes.dropLast().reversed() where !outer.isEmpty {
            joined = outer + (joined.hasPrefix("^") ? String(joined.dropFirst()) : joined)
        }
        return joined
    }

    private mutating func checkNamespace(_ include: URLInclude<Endpoint>) {
        let where_ = "include(\"\(include.prefix.text)\")"
        if include.declaredNamespace != nil && include.appName == nil {
            problems.append("\(where_) sets namespace \"\(include.declaredNamespace!)\" without an appName. "
                + "Give it an application namespace too: appName: \"\(include.declaredNamespace!)\" "
                + "(Django requires app_name for a namespace).")
        }
        for (label, value) in [("appName", include.appName), ("namespace", include.declaredNamespace)] {
            if let value, value.contains(":") {
                problems.append("\(where_) has \(label) \"\(value)\" containing ':', which reverse() reads as a "
                    + "namespace separator. Remove the colon.")
            }
        }
    }
}
