/// What the URL dispatcher found for a request: Django's `request.resolver_match`.
public struct RouteMatch: Sendable {
    /// The pattern's name (`"product-detail"`), if it has one.
    public var urlName: String?
    /// The instance namespaces of the includes the pattern sits in, outermost first.
    public var namespaces: [String]
    /// The application namespaces of those includes.
    public var appNames: [String]
    /// The full route, as Django's `resolver_match.route` (`"products/<int:id>/"`).
    public var route: String
    /// The captured values by name, in route order, already converted (`Int`, `String`, `UUID`, …).
    public var arguments: [(name: String, value: any Sendable)]
    /// Values captured by unnamed regex groups.
    public var positionalArguments: [any Sendable]

    /// Creates a match.
    public init(
        urlName: String?,
        namespaces: [String] = [],
        appNames: [String] = [],
        route: String,
        arguments: [(name: String, value: any Sendable)] = [],
        positionalArguments: [any Sendable] = []
    ) {
        self.urlName = urlName
        self.namespaces = namespaces
        self.appNames = appNames
        self.route = route
        self.arguments = arguments
        self.positionalArguments = positionalArguments
    }

    /// The namespaces joined with `:` (`"blog:archive"`).
    public var namespace: String { namespaces.joined(separator: ":") }
    /// The namespaced name a `reverse()` call would use (`"blog:post-detail"`).
    public var viewName: String? { urlName.map { (namespaces + [$0]).joined(separator: ":") } }

    /// The captured argument `name`, if the route has it and it has type `T`.
    public func argument<T>(_ name: String, as type: T.Type = T.self) -> T? {
        arguments.first { $0.name == name }?.value as? T
    }
}

extension Request {
    /// The path argument `name` converted to `T`, or a 404 if the route has no such argument of
    /// that type (a route's converters are checked against views at startup, so this is rare).
    public func parameter<T>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let value = route?.argument(name, as: T.self) else {
            throw HTTPError.notFound("The route has no \(T.self) argument named “\(name)”.")
        }
        return value
    }
}
