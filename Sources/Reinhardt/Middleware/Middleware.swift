public import ReinhardtHTTP

/// The rest of the chain, as seen from one middleware: call it to get the response.
public typealias Next = @Sendable (Request) async throws -> Response

/// A layer of Django's middleware onion: code that runs before the view (it may answer on its
/// own) and after it (it may change the response).
///
/// ```swift
/// struct RequestTimer: Middleware {
///     func respond(to request: Request, next: Next) async throws -> Response {
///         let start = ContinuousClock.now
///         let response = try await next(request)
///         request.logger.info("\(request.path) took \(ContinuousClock.now - start)")
///         return response
///     }
/// }
/// ```
///
/// The chain is built once at startup from ``Settings/middleware``; errors thrown by a layer are
/// turned into responses before they reach the layer above, so every middleware can rely on getting
/// a response. Django's optional hooks are separate protocols: ``ViewMiddleware`` (`process_view`),
/// ``ExceptionMiddleware`` (`process_exception`) and ``TemplateResponseMiddleware``
/// (`process_template_response`).
public protocol Middleware: Sendable {
    /// Called once at startup with the final settings; returns the middleware as it will run
    /// (for example with the settings it needs copied in). Throw ``MiddlewareNotUsed`` to take it
    /// out of the chain (Django's `MiddlewareNotUsed`), for example when a setting turns it off.
    func prepared(for settings: Settings) throws -> Self

    /// Handles the request: call `next` to continue down the chain, or answer without it.
    func respond(to request: Request, next: Next) async throws -> Response
}

extension Middleware {
    /// Used as it is by default.
    public func prepared(for settings: Settings) throws -> Self { self }
    /// Passes the request on unchanged by default (for middleware that only implements hooks).
    public func respond(to request: Request, next: Next) async throws -> Response {
        try await next(request)
    }
}

/// Thrown from ``Middleware/prepared(for:)`` to leave a middleware out of the chain.
public struct MiddlewareNotUsed: Error {
    /// Why (logged at debug level).
    public var reason: String
    /// Creates the signal with an optional reason.
    public init(_ reason: String = "") { self.reason = reason }
}

/// Django's `process_view`: runs after URL resolution and before the view, in middleware order;
/// the first response returned is used instead of calling the view.
public protocol ViewMiddleware: Middleware {
    /// Inspects the resolved view; return a response to skip it, or `nil` to continue.
    func processView(_ request: Request, view: ViewHandler) async throws -> Response?
}

/// Django's `process_exception`: runs, in reverse middleware order, when the view throws; the first
/// response returned is used, otherwise the error continues to the error pages.
public protocol ExceptionMiddleware: Middleware {
    /// Turns the view's error into a response, or returns `nil` to let it propagate.
    func processException(_ error: any Error, request: Request) async throws -> Response?
}

/// Django's `process_template_response`: runs, in reverse middleware order, on responses that
/// still have a ``ReinhardtHTTP/DeferredRender`` (template responses), before they are rendered.
public protocol TemplateResponseMiddleware: Middleware {
    /// Returns the (possibly changed) unrendered response.
    func processTemplateResponse(_ response: Response, request: Request) async throws -> Response
}
