public import ReinhardtHTTP
import Logging
import Foundation

/// Django's `RedirectView`: redirects every method to a fixed URL or to a named route.
///
/// ```swift
/// path("old-products/<int:id>/", RedirectView(patternName: "product-detail", permanent: true))
/// path("docs/", RedirectView(url: "https://docs.example.com/%(page)s"))
/// ```
/// With neither a URL nor a pattern name the view answers `410 Gone`, as Django's does.
public struct RedirectView: View, HandlesGet, HandlesHead, HandlesPost, HandlesPut, HandlesPatch, HandlesDelete, HandlesOptions {
    /// The target; `%(name)s` is replaced by the route argument `name`.
    public var url: String?
    /// A route name to reverse with this request's arguments, used when `url` is `nil`.
    public var patternName: String?
    /// 301/308 instead of 302/307.
    public var permanent: Bool
    /// Whether to carry the query string over to the target.
    public var queryString: Bool

    /// Creates a redirect view.
    public init(url: String? = nil, patternName: String? = nil, permanent: Bool = false, queryString: Bool = false) {
        self.url = url
        self.patternName = patternName
        self.permanent = permanent
        self.queryString = queryString
    }

    /// The URL to redirect to, or `nil` for 410 Gone.
    public func redirectURL(for request: Request) throws -> String? {
        var target: String
        if let url {
            target = Self.interpolate(url, with: request.route?.arguments ?? [])
        } else if let patternName {
            let arguments = request.route?.arguments ?? []
            var kwargs: [String: any Sendable] = [:]
            for (name, value) in arguments { kwargs[name] = value }
            target = try reverse(patternName, kwargs: kwargs)
        } else {
            return nil
        }
        if queryString, !request.queryString.isEmpty { target += "?" + request.queryString }
        return target
    }

    /// Replaces `%(name)s` with the argument values.
    static func interpolate(_ template: String, with arguments: [(name: String, value: any Sendable)]) -> String {
        var result = template
        for (name, value) in arguments {
            result = result.replacingOccurrences(of: "%(\(name))s", with: "\(value)")
        }
        return result
    }

    private func answer(_ request: Request, preserveMethod: Bool) throws -> Response {
        guard let target = try redirectURL(for: request) else {
            request.logger.warning("Gone: \(request.path)")
            return .status(.gone)
        }
        return try .redirect(to: target, permanent: permanent, preserveMethod: preserveMethod)
    }

    /// Redirects.
    public func get(_ request: Request) async throws -> Response { try answer(request, preserveMethod: false) }
    /// Redirects.
    public func head(_ request: Request) async throws -> Response { try answer(request, preserveMethod: false) }
    /// Redirects (as Django, with 302/301 unless the method must be kept).
    public func post(_ request: Request) async throws -> Response { try answer(request, preserveMethod: false) }
    /// Redirects.
    public func put(_ request: Request) async throws -> Response { try answer(request, preserveMethod: false) }
    /// Redirects.
    public func patch(_ request: Request) async throws -> Response { try answer(request, preserveMethod: false) }
    /// Redirects.
    public func delete(_ request: Request) async throws -> Response { try answer(request, preserveMethod: false) }
    /// Redirects.
    public func options(_ request: Request) async throws -> Response { try answer(request, preserveMethod: false) }
}
