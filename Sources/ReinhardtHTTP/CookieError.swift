/// Why a ``Cookie`` cannot be written as a `Set-Cookie` header; mirrors the errors Django's
/// `set_cookie()` raises.
public struct CookieError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Kind: Sendable, Equatable {
        case illegalName
        case reservedName
        case expiresWithMaxAge
    }

    private let kind: Kind
    /// The offending cookie name.
    public let name: String

    /// The name is empty or has a character outside RFC 2109 tokens (letters, digits and
    /// ``!#$%&'*+-.^_`|~:``). Python: `CookieError: Illegal key`.
    public static func illegalName(_ name: String) -> CookieError { CookieError(kind: .illegalName, name: name) }

    /// The name is a cookie attribute (`expires`, `path`, `comment`, `domain`, `max-age`, `secure`,
    /// `httponly`, `version`, `samesite`, in any case). Python: `CookieError: Attempt to set a reserved key`.
    public static func reservedName(_ name: String) -> CookieError { CookieError(kind: .reservedName, name: name) }

    /// `expires` is a date and `maxAge` is set too. Django: `ValueError: 'expires' and 'max_age' can't be used together.`
    public static func expiresWithMaxAge(_ name: String) -> CookieError {
        CookieError(kind: .expiresWithMaxAge, name: name)
    }

    /// What went wrong and how to fix it.
    public var description: String {
        switch kind {
        case .illegalName:
            return "Illegal cookie name \"\(name)\": use only letters, digits and !#$%&'*+-.^_`|~:"
        case .reservedName:
            return "Cookie name \"\(name)\" is a reserved attribute name; choose another name."
        case .expiresWithMaxAge:
            return "Cookie \"\(name)\": 'expires' (a date) and 'maxAge' can't be used together; set only one."
        }
    }
}
