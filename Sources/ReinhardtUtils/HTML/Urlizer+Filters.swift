/// The `urlize` and `urlizetrunc` template filters.
extension Urlizer {
    /// The `urlize` filter: ``urlize(_:trimURLLimit:nofollow:autoescape:)`` with
    /// `rel="nofollow"` on URL links. The result is safe.
    ///
    /// - Parameters:
    ///   - value: The filtered value, as a string.
    ///   - autoescape: Whether autoescaping is on and `value` is not already safe (Django escapes
    ///     nothing in safe input).
    public static func urlizeFilter(_ value: String, autoescape: Bool) -> String {
        urlize(value, nofollow: true, autoescape: autoescape)
    }

    /// The `urlizetrunc` filter with its argument already an integer: like ``urlizeFilter(_:autoescape:)``,
    /// with link texts cut to `limit` characters (including the `…`). The result is safe.
    public static func urlizetruncFilter(_ value: String, limit: Int, autoescape: Bool) -> String {
        urlize(value, trimURLLimit: limit, nofollow: true, autoescape: autoescape)
    }

    /// The `urlizetrunc` filter with a string argument, which Django passes through `int()`.
    ///
    /// Where Python's `int(limit)` raises `ValueError` (`"x"`, `"1.5"`, `""`), Django fails to
    /// render the template; this function cannot fail and returns the untruncated
    /// ``urlizeFilter(_:autoescape:)`` output instead. A caller that must fail as Django does
    /// checks ``urlizetruncLimit(_:)`` first.
    public static func urlizetruncFilter(_ value: String, limit: String, autoescape: Bool) -> String {
        guard let limit = urlizetruncLimit(limit) else { return urlizeFilter(value, autoescape: autoescape) }
        return urlizetruncFilter(value, limit: limit, autoescape: autoescape)
    }

    /// `urlizetrunc`'s argument as Python's `int(limit)` reads a string, or `nil` where it raises
    /// `ValueError`. (A float argument such as `15.7` is `int(15.7)`, i.e. truncated: pass it to
    /// the `Int` overload of `urlizetruncFilter`.)
    public static func urlizetruncLimit(_ limit: String) -> Int? {
        PythonInt.parseSaturating(limit)
    }
}
