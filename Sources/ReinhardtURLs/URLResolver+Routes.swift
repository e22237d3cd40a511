extension URLResolver {
    /// Every endpoint route in declaration order, with its full route and name — for `manage urls`.
    /// - Returns: One description per pattern.
    public func allRoutes() -> [RouteDescription<Endpoint>] {
        compiled.conf.leaves.enumerated().map { index, leaf in
            let name = compiled.conf.elements[leaf.endpointElement].name
            return RouteDescription(
                route: leaf.route, name: name,
                qualifiedName: name.map { (leaf.namespaces + [$0]).joined(separator: ":") },
                namespaces: leaf.namespaces, appNames: leaf.appNames, usesRegex: leaf.usesRegex,
                endpoint: compiled.endpoints[index])
        }
    }

    /// The routes that have a name, in declaration order.
    public var namedRoutes: [RouteDescription<Endpoint>] {
        allRoutes().filter { $0.name != nil }
    }

    /// Whether `reverse()` can find patterns for a name, whatever the arguments — for checking
    /// `{% url %}` tags at startup.
    /// - Parameters:
    ///   - name: A name such as `"blog:post-detail"`.
    ///   - currentApp: The current application path, as for `reverse()`.
    /// - Returns: `true` when the namespaces exist and some pattern has the name.
    public func hasRoute(named name: String, currentApp: String? = nil) -> Bool {
        var components = name.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let view = components.removeLast()
        guard let scope = try? scope(for: components, currentApp: currentApp) else { return false }
        return !(compiled.conf.scopes[scope].lookups[view] ?? []).isEmpty
    }
}
