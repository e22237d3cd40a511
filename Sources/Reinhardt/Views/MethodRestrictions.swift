public import HTTPTypes
public import ReinhardtHTTP
import Logging

/// Django's `require_http_methods`: wraps a view so that other methods get a 405 with `Allow`.
///
/// ```swift
/// path("submit/", requireHTTPMethods([.post], submit))
/// ```
public func requireHTTPMethods<each Value: Sendable>(
    _ methods: [HTTPRequest.Method],
    _ view: @escaping @Sendable (Request, repeat each Value) async throws -> Response
) -> @Sendable (Request, repeat each Value) async throws -> Response {
    { (request: Request, values: repeat each Value) in
        guard methods.contains(request.method) else {
            request.logger.warning("Method Not Allowed (\(request.method)): \(request.path)")
            throw HTTPError.methodNotAllowed(allowed: methods)
        }
        return try await view(request, repeat each values)
    }
}

/// Django's `require_GET`.
public func requireGET<each Value: Sendable>(
    _ view: @escaping @Sendable (Request, repeat each Value) async throws -> Response
) -> @Sendable (Request, repeat each Value) async throws -> Response {
    requireHTTPMethods([.get], view)
}

/// Django's `require_POST`.
public func requirePOST<each Value: Sendable>(
    _ view: @escaping @Sendable (Request, repeat each Value) async throws -> Response
) -> @Sendable (Request, repeat each Value) async throws -> Response {
    requireHTTPMethods([.post], view)
}

/// Django's `require_safe`: `GET` and `HEAD` only.
public func requireSafe<each Value: Sendable>(
    _ view: @escaping @Sendable (Request, repeat each Value) async throws -> Response
) -> @Sendable (Request, repeat each Value) async throws -> Response {
    requireHTTPMethods([.get, .head], view)
}
