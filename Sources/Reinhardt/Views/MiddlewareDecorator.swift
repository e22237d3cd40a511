public import ReinhardtHTTP

/// Django's `decorator_from_middleware`: runs `middleware` around one view only, in the same onion
/// order as the global chain (the first element is outermost). The chain is built once, here.
///
/// ```swift
/// path("api/report/", decorate(report, with: [GZipMiddleware(), ConditionalGetMiddleware()]))
/// ```
/// The middleware are used as given (``Middleware/prepared(for:)`` is not called), and errors they
/// throw reach the handler's error boundary like errors thrown by the view.
public func decorate(
    _ view: @escaping @Sendable (Request) async throws -> Response,
    with middleware: [any Middleware]
) -> @Sendable (Request) async throws -> Response {
    var next: Next = view
    for layer in middleware.reversed() {
        let inner = next
        next = { request in try await layer.respond(to: request, next: inner) }
    }
    return next
}
