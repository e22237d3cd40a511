public import ReinhardtHTTP

/// What a URL pattern points to: a view, ready to be called with the values its route captured.
///
/// Made by ``path(_:_:name:file:line:)``, ``rePath(_:_:name:file:line:)`` and the class-based
/// ``View`` overloads; applications rarely build one by hand.
public struct ViewHandler: Sendable, CustomStringConvertible {
    /// How the view is listed by `manage urls` and on debug pages (`"productDetail (Demo/URLs.swift:12)"`).
    public let description: String
    /// The value types the view takes from the route, in order; checked against the route's
    /// converters at startup. `nil` for views that read ``ReinhardtHTTP/Request/route`` themselves.
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

/// Hands the captured values of a route to a typed view one by one, in order.
final class CapturedValues {
    private let values: [any Sendable]
    private var index = 0

    init(_ values: [any Sendable]) { self.values = values }

    /// The next value, as `T`. The route's converters were checked against the view's parameter
    /// types at startup, so the cast cannot fail for patterns built through `path()`.
    func next<T>(as type: T.Type) -> T {
        defer { index += 1 }
        return values[index] as! T
    }
}
