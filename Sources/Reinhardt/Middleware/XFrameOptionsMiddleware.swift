import HTTPTypes
public import ReinhardtHTTP

/// Django's `XFrameOptionsMiddleware`: clickjacking protection. Sets `X-Frame-Options` to
/// ``Settings/xFrameOptions`` (`DENY` by default) unless the view already set it.
public struct XFrameOptionsMiddleware: Middleware {
    private var value = "DENY"

    /// Creates the middleware.
    public init() {}

    /// Copies ``Settings/xFrameOptions``.
    public func prepared(for settings: Settings) throws -> XFrameOptionsMiddleware {
        var copy = self
        copy.value = settings.xFrameOptions.uppercased()
        return copy
    }

    /// Adds the header to the response.
    public func respond(to request: Request, next: Next) async throws -> Response {
        var response = try await next(request)
        if response.headers[.xFrameOptions] == nil { response.headers[.xFrameOptions] = value }
        return response
    }
}
