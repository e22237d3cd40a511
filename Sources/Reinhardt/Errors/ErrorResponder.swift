import HTTPTypes
import Logging
import ReinhardtHTTP

/// Turns any error into a response — Django's `response_for_exception`, used at every layer of the
/// middleware chain so that no layer sees an error escape from the one below.
struct ErrorResponder: Sendable {
    let debug: Bool
    let handlers: ErrorHandlers
    let technicalPages: TechnicalPages
    let signals: Signals

    /// The response for `error` raised while serving `request`. Never inlined: a caller's async
    /// frame is sized for everything inlined into it, and errors are the rare path.
    @inline(never)
    func response(for error: any Error, request: Request) async -> Response {
        if let httpError = error as? any HTTPResponseError {
            return await response(forHTTPError: httpError, request: request)
        }
        request.logger.error("Internal Server Error: \(request.path)", metadata: ["error": "\(String(reflecting: error))"])
        signals.gotRequestException.send((request, error))
        if debug { return technicalPages.serverError(error, request: request) }
        return await custom(handlers.serverError, request, error) ?? .html(Self.page("Server Error (500)"), status: .internalServerError)
    }

    private func response(forHTTPError error: any HTTPResponseError, request: Request) async -> Response {
        var response: Response
        switch error.status {
        case .notFound:
            if debug { return withHeaders(technicalPages.notFound(error, request: request), error) }
            response = await custom(handlers.notFound, request, error) ?? defaultNotFound(request)
        case .forbidden:
            request.logger.warning("Forbidden (\(error.reason)): \(request.path)")
            response = await custom(handlers.permissionDenied, request, error) ?? .html(Self.page("403 Forbidden"), status: .forbidden)
        case .badRequest where error is SuspiciousOperation || !debug:
            logBadRequest(error, request)
            response = await custom(handlers.badRequest, request, error) ?? .html(Self.page("Bad Request (400)"), status: .badRequest)
        default:
            response = .text(error.reason, status: error.status)
        }
        return withHeaders(response, error)
    }

    private func withHeaders(_ response: Response, _ error: any HTTPResponseError) -> Response {
        var response = response
        for field in error.headers { response.headers[field.name] = field.value }
        return response
    }

    private func logBadRequest(_ error: any HTTPResponseError, _ request: Request) {
        if let suspicious = error as? SuspiciousOperation {
            request.logger.error("Invalid request (\(suspicious.kind)): \(suspicious.reason)", metadata: ["logger": "django.security.\(suspicious.kind)"])
        } else {
            request.logger.warning("Bad Request: \(request.path): \(error.reason)")
        }
    }

    private func defaultNotFound(_ request: Request) -> Response {
        let body = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n"
        return .html(body, status: .notFound)
    }

    private func custom(_ view: ErrorView?, _ request: Request, _ error: any Error) async -> Response? {
        guard let view else { return nil }
        do {
            return try await view(request, error)
        } catch {
            request.logger.error("The error view itself failed: \(String(reflecting: error))")
            return nil
        }
    }

    /// Django's plain default error page: `<h1>title</h1>`.
    static func page(_ title: String) -> String {
        "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>\(title)</title>\n</head>\n<body>\n  <h1>\(title)</h1><p></p>\n</body>\n</html>\n"
    }
}
