import ReinhardtUtils
/// Returns `etag` unchanged when it already is a quoted entity tag (`"abc"` or `W/"abc"`), and
/// otherwise wraps it in double quotes as a strong tag — Django's `quote_etag()`.
///
/// ```swift
/// quoteETag("abc")       // "\"abc\""
/// quoteETag("W/\"abc\"") // "W/\"abc\""
/// ```
///
/// - Parameter etag: A raw or quoted entity tag.
/// - Returns: A quoted entity tag.
public func quoteETag(_ etag: String) -> String {
    isQuotedETag(etag[...]) ? etag : "\"" + etag + "\""
}

/// Parses an `If-Match` / `If-None-Match` header value into its quoted entity tags, exactly as
/// Django's `parse_etags()`: `["*"]` for `*`; otherwise the comma-separated items that are
/// well-formed quoted tags, in order, malformed ones dropped.
///
/// As in Django, the value is split at every comma, even inside quotes, so a tag containing a comma
/// is lost.
///
/// - Parameter header: The header value.
/// - Returns: The quoted tags (weak ones keep their `W/`), or `["*"]`.
public func parseETags(_ header: String) -> [String] {
    if PythonText.strip(header) == "*" { return ["*"] }
    return ExactText.split(header[...], at: UInt8(ascii: ","))
        .map { PythonText.strip($0) }
        .filter { isQuotedETag($0) }
        .map { String($0) }
}

/// Django's `ETAG_MATCH`: an optional `W/`, then `"`, any characters but `"`, and `"`.
private func isQuotedETag(_ text: Substring) -> Bool {
    var body = text.utf8[...]
    if body.starts(with: "W/".utf8) { body = body.dropFirst(2) }
    guard body.count >= 2, body.first == UInt8(ascii: "\""), body.last == UInt8(ascii: "\"") else { return false }
    return !body.dropFirst().dropLast().contains(UInt8(ascii: "\""))
}
