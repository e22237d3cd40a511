public import ReinhardtHTTP

/// What a URL pattern points to: a view, ready to be called with the values its route captured.
///
/// Made by ``path(_:_:name:file:line:)``, ``rePath(_:_:name:file:line:)`` and the class-based
/// ``View`` overloads; applications rarely build one by hand.
public struct ViewHandler: Sendable, CustomStringConvertible {
    /// How the view is listed by `manage urls` and on debug pages (`"productDetail (Demo/URLs.swift:12)"`).
    public let description: String
    /// The value types the view takes from the route, in order; checked against the route's
    /// converters at startup (so the view's casts of the values cannot fail). `nil` for views that
    /// read ``ReinhardtHTTP/Request/route`` themselves.
    public let parameterTypes: [any Any.Type]?
    /// Calls the view with the request and the captured values (in route order).
    public let call: @Sendable (Request, [any Sendable]) async throws -> Response

    /// Creates a handler from a closure.
    public init(description: String, parameterTypes: [any Any.Type]?, call: @escaping @Sendable (Request, [any Sendable]) async throws -> Response) {
        self.description = description
        self.parameterTypes = parameterTypes
        self.call = call
    }
}
