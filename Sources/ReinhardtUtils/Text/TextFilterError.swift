/// The exceptions Django's text helpers raise, for the template engine to map onto its own errors.
public enum TextFilterError: Error, Equatable, Sendable {
    /// Django raised `SuspiciousOperation` (`strip_tags` on deeply nested or huge unclosed tags).
    case suspiciousOperation
    /// Python's `html.parser` raised `AssertionError` (a malformed `<![…` marked section).
    case assertionError(String)
    /// Python raised `ValueError` (for example `wordwrap` with a width below 1).
    case valueError(String)
}
