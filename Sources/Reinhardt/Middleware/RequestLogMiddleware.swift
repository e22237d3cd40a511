public import ReinhardtHTTP
import Logging

/// Logs one line per request with its status and how long the rest of the chain took:
/// `GET /products/42/ → 200 (1.3 ms)`. Put it first to time everything below it.
public struct RequestLogMiddleware: Middleware {
    /// Creates the middleware.
    public init() {}

    /// Times the rest of the chain and logs the outcome at info level (warning for 4xx, error for 5xx).
    public func respond(to request: Request, next: Next) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request)
        let line = "\(request.method) \(request.path) → \(response.status.code) (\(Self.format(ContinuousClock.now - start)))"
        switch response.status.code {
        case 500...: request.logger.error("\(line)")
        case 400..<500: request.logger.warning("\(line)")
        default: request.logger.info("\(line)")
        }
        return response
    }

    /// `"1.3 ms"`.
    static func format(_ duration: Duration) -> String {
        let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return "\((milliseconds * 10).rounded() / 10) ms"
    }
}
