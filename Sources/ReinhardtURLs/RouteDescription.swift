/// One endpoint of a URLconf, with its full route, for listings such as `manage urls`.
public struct RouteDescription<Endpoint: Sendable>: Sendable {
    /// The full route: enclosing include routes joined with the endpoint's, as in
    /// ``ResolverMatch/route``.
    public let route: String
    /// The URL name, if any.
    public let name: String?
    /// The name `reverse()` takes (`"blog:post-detail"`), or `nil` for an unnamed route.
    public let qualifiedName: String?
    /// Instance namespaces, outermost first.
    public let namespaces: [String]
    /// Application namespaces, outermost first.
    public let appNames: [String]
    /// Whether the endpoint or any enclosing prefix is a regular expression (`re_path`).
    public let usesRegex: Bool
    /// The endpoint.
    public let endpoint: Endpoint
}
