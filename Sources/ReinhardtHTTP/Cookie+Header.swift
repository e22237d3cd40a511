public import Foundation

extension Cookie {
    /// Attribute names Python's `http.cookies.Morsel` reserves; a cookie may not be called so.
    private static let reservedNames: Set<String> = [
        "expires", "path", "comment", "domain", "max-age", "secure", "httponly", "version", "samesite",
    ]

    /// The `Set-Cookie` header value, exactly as Django writes it.
    ///
    /// Attributes come in Python's order (alphabetical by lower-case name): `Domain`, `expires`,
    /// `HttpOnly`, `Max-Age`, `Path`, `SameSite`, `Secure`. The value is quoted as Python's
    /// `SimpleCookie` quotes it (an empty value is `""`). With ``maxAge`` and no raw ``expires``,
    /// `expires` is `now + maxAge`; with a date ``expires``, `Max-Age` is computed from `now`
    /// (rounded down, plus one second, never negative) and `expires` from that `Max-Age`.
    ///
    /// - Parameter now: The current time, for dates computed from `Max-Age`.
    /// - Returns: The header value, without `Set-Cookie: `.
    /// - Throws: ``CookieError`` for an illegal or reserved name, or a date ``expires`` together
    ///   with ``maxAge``.
    public func setCookieHeaderValue(now: Date = Date()) throws(CookieError) -> String {
        try validateName()
        var parts = [name + "=" + CookieQuoting.quote(value)]
        let (maxAge, expiresText) = try lifetime(now: now)
        if let domain, !domain.isEmpty { parts.append("Domain=" + domain) }
        if let expiresText, !expiresText.isEmpty { parts.append("expires=" + expiresText) }
        if httpOnly { parts.append("HttpOnly") }
        if let maxAge { parts.append("Max-Age=" + String(maxAge)) }
        if let path, !path.isEmpty { parts.append("Path=" + path) }
        if let sameSite { parts.append("SameSite=" + sameSite.rawValue) }
        if secure { parts.append("Secure") }
        return parts.joined(separator: "; ")
    }

    /// Checks what Django's `set_cookie()` checks, so a response can reject a bad cookie when it is
    /// set rather than when its headers are written: the name must be a legal, non-reserved token,
    /// and a date ``expires`` cannot come with ``maxAge``.
    ///
    /// - Throws: ``CookieError`` describing the first problem found.
    public func validate() throws(CookieError) {
        try validateName()
        if case .date? = expires, maxAge != nil { throw .expiresWithMaxAge(name) }
    }

    /// Checks the name as Python's `Morsel.set` does.
    private func validateName() throws(CookieError) {
        if Self.reservedNames.contains(name.lowercased()) { throw .reservedName(name) }
        if !CookieQuoting.isLegalToken(name) { throw .illegalName(name) }
    }

    /// The `Max-Age` and `expires` values Django's `set_cookie` derives from ``maxAge`` and ``expires``.
    private func lifetime(now: Date) throws(CookieError) -> (maxAge: Int?, expires: String?) {
        var maxAge = self.maxAge
        var expiresText: String?
        switch expires {
        case .date(let date)?:
            if maxAge != nil { throw .expiresWithMaxAge(name) }
            maxAge = Self.secondsUntil(date, from: now)
        case .raw(let text)?:
            expiresText = text
        case nil:
            break
        }
        if let maxAge, expiresText?.isEmpty ?? true {
            expiresText = httpDate(now.addingTimeInterval(TimeInterval(maxAge)))
        }
        return (maxAge, expiresText)
    }

    /// Django's `max(0, (expires - now + 1 second)` in whole seconds, at microsecond precision.
    private static func secondsUntil(_ date: Date, from now: Date) -> Int {
        let micros = microseconds(date) - microseconds(now) + 1_000_000
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        return Int(max(0, seconds))
    }

    /// A date as whole microseconds since the epoch (Python `datetime` precision).
    private static func microseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }
}
