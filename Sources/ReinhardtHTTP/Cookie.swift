/// A cookie to set on a response: the arguments of Django's `HttpResponse.set_cookie()`.
///
/// ```swift
/// let cookie = Cookie(name: "theme", value: "dark", maxAge: 3600, httpOnly: true, sameSite: .lax)
/// try cookie.setCookieHeaderValue(now: Date())
/// // theme=dark; expires=Tue, 02 Jun 2026 10:00:00 GMT; HttpOnly; Max-Age=3600; Path=/; SameSite=Lax
/// ```
///
/// The defaults are Django's `set_cookie` defaults (path `/`, not secure, not HttpOnly, no
/// SameSite); the secure-by-default session and CSRF cookies set these explicitly.
public struct Cookie: Sendable, Equatable {
    /// The cookie name: an RFC 2109 token (see ``CookieError/illegalName(_:)``).
    public var name: String
    /// The value; quoted in the header when it is not a token, as Python's `SimpleCookie` does.
    public var value: String
    /// Lifetime in seconds (`Max-Age`); also sets `expires` when ``expires`` is not a raw string.
    public var maxAge: Int?
    /// When the cookie expires; see ``CookieExpiry``.
    public var expires: CookieExpiry?
    /// The `Path` attribute; `nil` or empty for none.
    public var path: String?
    /// The `Domain` attribute; `nil` or empty for none (a host-only cookie).
    public var domain: String?
    /// Whether to add `Secure` (HTTPS only).
    public var secure: Bool
    /// Whether to add `HttpOnly` (hidden from JavaScript).
    public var httpOnly: Bool
    /// The `SameSite` attribute, or `nil` for none.
    public var sameSite: SameSite?

    /// Creates a cookie; every argument but the name has Django's `set_cookie` default.
    public init(
        name: String,
        value: String = "",
        maxAge: Int? = nil,
        expires: CookieExpiry? = nil,
        path: String? = "/",
        domain: String? = nil,
        secure: Bool = false,
        httpOnly: Bool = false,
        sameSite: SameSite? = nil
    ) {
        self.name = name
        self.value = value
        self.maxAge = maxAge
        self.expires = expires
        self.path = path
        self.domain = domain
        self.secure = secure
        self.httpOnly = httpOnly
        self.sameSite = sameSite
    }

    /// The cookie that deletes cookie `name` on the client: Django's `delete_cookie()`.
    ///
    /// It has an empty value, `Max-Age=0` and `expires=Thu, 01 Jan 1970 00:00:00 GMT`. It is
    /// `Secure` when the name starts with `__Secure-` or `__Host-` or `sameSite` is `.none`, since
    /// browsers ignore such cookies without it. Pass the `path` and `domain` the cookie was set with.
    ///
    /// - Parameters:
    ///   - name: The cookie to delete.
    ///   - path: The path it was set with.
    ///   - domain: The domain it was set with.
    ///   - sameSite: The SameSite attribute to send.
    /// - Returns: A cookie to send in a `Set-Cookie` header.
    public static func deletion(
        name: String, path: String? = "/", domain: String? = nil, sameSite: SameSite? = nil
    ) -> Cookie {
        let secure = name.utf8.starts(with: "__Secure-".utf8) || name.utf8.starts(with: "__Host-".utf8)
            || sameSite == Cookie.SameSite.none
        return Cookie(
            name: name, value: "", maxAge: 0, expires: .raw("Thu, 01 Jan 1970 00:00:00 GMT"),
            path: path, domain: domain, secure: secure, sameSite: sameSite)
    }
}
