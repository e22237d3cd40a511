public import ReinhardtHTTP

/// A view that renders an error page: receives the request and the error that caused it.
public typealias ErrorView = @Sendable (Request, any Error) async throws -> Response

/// Replaceable error views: Django's `handler400`, `handler403`, `handler404` and `handler500`.
/// Used when `debug` is off (with `debug` on, 404 and 500 show the technical pages instead).
public struct ErrorHandlers: Sendable {
    /// Bad request (400) and suspicious operations.
    public var badRequest: ErrorView?
    /// Permission denied (403).
    public var permissionDenied: ErrorView?
    /// Not found (404).
    public var notFound: ErrorView?
    /// Server error (500).
    public var serverError: ErrorView?

    /// No replacements: Django's plain default pages.
    public init(badRequest: ErrorView? = nil, permissionDenied: ErrorView? = nil, notFound: ErrorView? = nil, serverError: ErrorView? = nil) {
        self.badRequest = badRequest
        self.permissionDenied = permissionDenied
        self.notFound = notFound
        self.serverError = serverError
    }
}
