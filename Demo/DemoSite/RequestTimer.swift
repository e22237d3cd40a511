import Reinhardt

/// The seeds' request timer: logs how long each request took (Django's `get_response` onion).
public struct RequestTimer: Middleware {
    /// Creates the middleware.
    public init() {}

    /// Times the rest of the chain.
    public func respond(to request: Request, next: Next) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request)
        request.logger.info("\(request.method) \(request.path) took \(ContinuousClock.now - start)")
        return response
    }
}
