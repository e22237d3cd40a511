public import HTTPTypes
import NIOCore
public import Foundation

/// An HTTP response: Django's `HttpResponse`, as a Swift value.
///
/// ```swift
/// return .html("<h1>Hello</h1>")
/// return try .json(product)
/// return try .redirect(to: "/products/")
/// var response = Response.text("ok"); response.setCookie(Cookie(name: "seen", value: "1"))
/// ```
public struct Response: Sendable {
    /// The status code.
    public var status: HTTPResponse.Status
    /// The headers (case-insensitive).
    public var headers: HTTPFields
    /// The body.
    public var body: ResponseBody
    /// Cookies to set, in order; setting a cookie with the same name replaces it (Django's `response.cookies`).
    public private(set) var cookies: [Cookie]
    /// A template response whose rendering is deferred until after `processTemplateResponse`
    /// middleware ran; `nil` for ordinary responses.
    public var deferredRender: DeferredRender?

    /// Creates a response.
    public init(status: HTTPResponse.Status = .ok, headers: HTTPFields = [:], body: ResponseBody = ResponseBody()) {
        self.status = status
        self.headers = headers
        self.body = body
        self.cookies = []
        self.deferredRender = nil
    }

    /// `true` for statuses that never carry a body (1xx, 204 No Content, 304 Not Modified): the
    /// server sends neither body nor `Content-Length` for them.
    public var statusForbidsBody: Bool {
        status.code < 200 || status == .noContent || status == .notModified
    }

    /// Sets (or replaces) a cookie: Django's `set_cookie`.
    /// - Throws: ``CookieError`` for a name or attribute combination Django refuses (checked here,
    ///   so a bad cookie never reaches the wire).
    public mutating func setCookie(_ cookie: Cookie) throws(CookieError) {
        try cookie.validate()
        cookies.removeAll { $0.name == cookie.name }
        cookies.append(cookie)
    }

    /// Tells the client to delete a cookie: Django's `delete_cookie`.
    public mutating func deleteCookie(_ name: String, path: String = "/", domain: String? = nil, sameSite: Cookie.SameSite? = nil) {
        cookies.removeAll { $0.name == name }
        cookies.append(Cookie.deletion(name: name, path: path, domain: domain, sameSite: sameSite))
    }

    /// The headers to send, with one `Set-Cookie` per cookie (formatted as Django does at `now`).
    ///
    /// `now` is read only when there are cookies to format: most responses set none, and a clock
    /// read per response is not free (about 90 ns on a virtual machine's clock).
    public func headersForSending(now: @autoclosure () -> Date = Date()) -> HTTPFields {
        guard !cookies.isEmpty else { return headers }
        var fields = headers
        let now = now()
        for cookie in cookies {
            guard let value = try? cookie.setCookieHeaderValue(now: now) else { continue }
            fields.append(HTTPField(name: .setCookie, value: value))
        }
        return fields
    }
}

/// A rendering step a template response runs after the `processTemplateResponse` middleware:
/// Django's `TemplateResponse.render()`. The templates layer provides real ones.
public struct DeferredRender: Sendable {
    /// A name for the debug pages (the template name).
    public var name: String
    /// What the step will render (a template response's names and context), for middleware to
    /// inspect and change before rendering.
    public var payload: (any Sendable)?
    /// Produces the final response from the current (still unrendered) one.
    public var render: @Sendable (Response) async throws -> Response

    /// Creates a deferred rendering step.
    public init(name: String, payload: (any Sendable)? = nil, render: @escaping @Sendable (Response) async throws -> Response) {
        self.name = name
        self.payload = payload
        self.render = render
    }
}

