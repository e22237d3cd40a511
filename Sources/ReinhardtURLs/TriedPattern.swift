/// A pattern the resolver tried, as listed on Django's debug 404 page.
public struct TriedPattern: Sendable, Hashable, CustomStringConvertible {
    /// The route or regex as written (`"blog/"`, `"<int:pk>/"`, `"^legacy/([0-9]+)/$"`).
    public let route: String
    /// The pattern's URL name; `nil` for includes and unnamed patterns.
    public let name: String?
    /// Whether this is an `include()` prefix rather than an endpoint.
    public let isInclude: Bool

    /// The route followed by `[name='…']` when named, as Django's 404 page prints it.
    public var description: String {
        name.map { "\(route) [name='\($0)']" } ?? route
    }
}
