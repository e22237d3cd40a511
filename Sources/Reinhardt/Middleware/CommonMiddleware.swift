import HTTPTypes
public import ReinhardtHTTP
import Logging

/// Django's `CommonMiddleware`: `PREPEND_WWW` and `APPEND_SLASH`.
///
/// - With ``Settings/prependWWW``, a request to `example.com` is redirected (301) to `www.example.com`.
/// - With ``Settings/appendSlash`` (the default), a 404 for `/about` becomes a 301 to `/about/`
///   — only when `/about/` resolves and `/about` does not, exactly as Django decides.
public struct CommonMiddleware: Middleware {
    private var appendSlash = true
    private var prependWWW = false
    private var debug = false

    /// Creates the middleware; it reads its options from the settings at startup.
    public init() {}

    /// Copies `appendSlash`, `prependWWW` and `debug` from the settings.
    public func prepared(for settings: Settings) throws -> CommonMiddleware {
        var copy = self
        copy.appendSlash = settings.appendSlash
        copy.prependWWW = settings.prependWWW
        copy.debug = settings.debug
        return copy
    }

    /// Redirects for `PREPEND_WWW` before the view, and for `APPEND_SLASH` after a 404.
    public func respond(to request: Request, next: Next) async throws -> Response {
        if prependWWW, let response = try wwwRedirect(request) { return response }
        let response = try await next(request)
        if response.status == .notFound, appendSlash, shouldRedirectWithSlash(request) {
            return try .redirect(to: try fullPathWithSlash(request), permanent: true)
        }
        return response
    }

    private func wwwRedirect(_ request: Request) throws -> Response? {
        let host = try request.host()
        guard !host.isEmpty, !host.hasPrefix("www.") else { return nil }
        let path = appendSlash && shouldRedirectWithSlash(request) ? try fullPathWithSlash(request) : request.fullPath()
        return try .redirect(to: "\(request.scheme)://www.\(host)\(path)", permanent: true)
    }

    /// Django's `should_redirect_with_slash`.
    func shouldRedirectWithSlash(_ request: Request) -> Bool {
        guard !request.path.hasSuffix("/"), let resolver = CurrentURLConf.resolver else { return false }
        return resolver.resolve(request.path) == nil && resolver.resolve(request.path + "/") != nil
    }

    /// Django's `get_full_path_with_slash`, including its debug-time error for methods whose data a
    /// redirect would lose.
    private func fullPathWithSlash(_ request: Request) throws -> String {
        let path = request.fullPath(forceAppendSlash: true)
        if debug, [.post, .put, .patch].contains(request.method) {
            throw AppendSlashRedirectError(method: request.method.rawValue, path: path)
        }
        return path
    }
}

/// Raised in debug when a POST/PUT/PATCH would be redirected to add a slash (the body would be lost).
public struct AppendSlashRedirectError: Error, CustomStringConvertible {
    /// The request method.
    public var method: String
    /// The path with the slash added.
    public var path: String
    /// Django's message, saying how to fix it.
    public var description: String {
        "You called this URL via \(method), but the URL doesn't end in a slash and you have appendSlash set. Reinhardt can't redirect to the slash URL while maintaining \(method) data. Change your form to point to \(path) (note the trailing slash), or set appendSlash = false in your settings."
    }
}
