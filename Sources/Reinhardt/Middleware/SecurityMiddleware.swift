import HTTPTypes
public import ReinhardtHTTP
import Logging

/// Django's `SecurityMiddleware`: HTTPS redirect, HSTS, `X-Content-Type-Options: nosniff`,
/// `Referrer-Policy` and `Cross-Origin-Opener-Policy`, configured by ``Settings/security``.
public struct SecurityMiddleware: Middleware {
    private var security = SecuritySettings()

    /// Creates the middleware; it reads ``SecuritySettings`` at startup.
    public init() {}

    /// Copies the security settings and compiles the redirect exemptions.
    public func prepared(for settings: Settings) throws -> SecurityMiddleware {
        var copy = self
        copy.security = settings.security
        for pattern in settings.security.redirectExempt {
            do { _ = try Regex(pattern) } catch {
                throw ImproperlyConfigured(problems: ["Settings.security.redirectExempt contains an invalid regular expression \"\(pattern)\": \(error)"])
            }
        }
        return copy
    }

    /// Redirects plain HTTP to HTTPS when configured; adds the security headers to the response.
    public func respond(to request: Request, next: Next) async throws -> Response {
        if security.sslRedirect, !request.isSecure, !isExempt(request.path) {
            let host = try security.sslHost ?? request.host()
            return try .redirect(to: "https://\(host)\(request.fullPath())", permanent: true)
        }
        var response = try await next(request)
        addHeaders(to: &response, secure: request.isSecure)
        return response
    }

    private func isExempt(_ path: String) -> Bool {
        let relative = path.drop { $0 == "/" }
        // Swift's Regex is not Sendable, so the (already validated) patterns are compiled here,
        // which only happens for plain-HTTP requests when sslRedirect is on.
        return security.redirectExempt.contains { pattern in
            guard let regex = try? Regex(pattern) else { return false }
            return (try? regex.prefixMatch(in: relative)) != nil
        }
    }

    private func addHeaders(to response: inout Response, secure: Bool) {
        if security.hstsSeconds > 0, secure, response.headers[.strictTransportSecurity] == nil {
            var value = "max-age=\(security.hstsSeconds)"
            if security.hstsIncludeSubdomains { value += "; includeSubDomains" }
            if security.hstsPreload { value += "; preload" }
            response.headers[.strictTransportSecurity] = value
        }
        if security.contentTypeNosniff, response.headers[.xContentTypeOptions] == nil {
            response.headers[.xContentTypeOptions] = "nosniff"
        }
        if let policy = security.referrerPolicy, response.headers[.referrerPolicy] == nil {
            response.headers[.referrerPolicy] = policy
        }
        if let policy = security.crossOriginOpenerPolicy, response.headers[.crossOriginOpenerPolicy] == nil {
            response.headers[.crossOriginOpenerPolicy] = policy
        }
    }
}

extension HTTPField.Name {
    /// `X-Content-Type-Options`.
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    /// `Referrer-Policy`.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    /// `Cross-Origin-Opener-Policy`.
    static let crossOriginOpenerPolicy = HTTPField.Name("Cross-Origin-Opener-Policy")!
    /// `X-Frame-Options`.
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
}
