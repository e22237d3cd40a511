/// How a pattern or include prefix is written: Django's `path()` syntax or a `re_path()` regex.
public enum RouteSource: Sendable, Hashable, CustomStringConvertible {
    /// A `path()` route: literal text with `<converter:name>` parameters, e.g. `"articles/<int:year>/"`.
    case route(String)
    /// A `re_path()` regular expression in Python `re` syntax, e.g. `"^archive/(?P<year>[0-9]{4})/$"`.
    case regex(String)

    /// The route or regex as written (Django's `str(pattern)`).
    public var text: String {
        switch self {
        case .route(let route): return route
        case .regex(let regex): return regex
        }
    }

    /// Whether this is a regular expression.
    public var isRegex: Bool {
        if case .regex = self { return true }
        return false
    }

    /// The route or regex as written.
    public var description: String { text }
}
