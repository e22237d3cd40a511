/// Django's `django.utils.text.Truncator` and the `truncatechars`, `truncatechars_html`,
/// `truncatewords` and `truncatewords_html` filters built on it.
///
/// Lengths count code points, except that combining characters (canonical combining class ≠ 0)
/// do not count in `chars`. `truncate` is Django's `truncate` argument: `nil` is the default
/// `"%(truncated_text)s…"`, which always appends `…`; any other text is appended unless the
/// truncated text already ends with it (a `%(truncated_text)s` in it is replaced instead).
public enum Truncator {
    /// `Truncator(text).chars(length, truncate, html)`: at most `length` characters, the
    /// truncation text included. The text is first NFC-normalised.
    ///
    /// - Throws: ``TextFilterError/assertionError(_:)`` when `html` and Python's HTML parser
    ///   rejects a `<![…` section.
    public static func chars(_ text: String, _ length: Int, html: Bool = false, truncate: String? = nil) throws(TextFilterError) -> String {
        guard length > 0 else { return "" }
        let text = UnicodeNormalization.nfc(text)
        if html {
            var truncator = HTMLTruncator(text, mode: .chars(length), truncate: truncate)
            return try truncator.run()
        }
        return textChars(text, length, truncate: truncate)
    }

    /// `Truncator(text).words(count, truncate, html)`: the first `count` words. Without `html`,
    /// words are split on Python whitespace and joined by single spaces.
    ///
    /// - Throws: ``TextFilterError/assertionError(_:)`` when `html` and Python's HTML parser
    ///   rejects a `<![…` section.
    public static func words(_ text: String, _ count: Int, html: Bool = false, truncate: String? = nil) throws(TextFilterError) -> String {
        guard count > 0 else { return "" }
        if html {
            var truncator = HTMLTruncator(text, mode: .words, remaining: count, truncate: truncate)
            return try truncator.run()
        }
        let words = TextFilters.pythonSplit(text)
        guard words.count > count else { return words.joined(separator: " ") }
        return addTruncationText(words.prefix(count).joined(separator: " "), truncate)
    }

    /// The `truncatechars` filter: `value` unchanged if `arg` is not an integer.
    public static func truncatecharsFilter(_ value: String, _ arg: String) -> String {
        guard let length = PythonInt.parseSaturating(arg) else { return value }
        return textChars(UnicodeNormalization.nfc(value), length, truncate: nil)
    }

    /// The `truncatechars_html` filter: `value` unchanged if `arg` is not an integer.
    public static func truncatecharsHTMLFilter(_ value: String, _ arg: String) throws(TextFilterError) -> String {
        guard let length = PythonInt.parseSaturating(arg) else { return value }
        return try chars(value, length, html: true)
    }

    /// The `truncatewords` filter (truncation text `" …"`): `value` unchanged if `arg` is not an integer.
    public static func truncatewordsFilter(_ value: String, _ arg: String) -> String {
        guard let count = PythonInt.parseSaturating(arg) else { return value }
        guard count > 0 else { return "" }
        let words = TextFilters.pythonSplit(value)
        guard words.count > count else { return words.joined(separator: " ") }
        return addTruncationText(words.prefix(count).joined(separator: " "), " …")
    }

    /// The `truncatewords_html` filter (truncation text `" …"`): `value` unchanged if `arg` is not an integer.
    public static func truncatewordsHTMLFilter(_ value: String, _ arg: String) throws(TextFilterError) -> String {
        guard let count = PythonInt.parseSaturating(arg) else { return value }
        return try words(value, count, html: true, truncate: " …")
    }

    // MARK: - Helpers

    /// `Truncator._text_chars` on NFC text.
    private static func textChars(_ text: String, _ length: Int, truncate: String?) -> String {
        guard length > 0 else { return "" }
        let keep = truncateCharsLength(length, truncate)
        var counted = 0
        var endIndex: String.UnicodeScalarView.Index?
        let scalars = text.unicodeScalars
        for index in scalars.indices where !isCombining(scalars[index]) {
            counted += 1
            if endIndex == nil, counted > keep { endIndex = index }
            if counted > length {
                return addTruncationText(String(scalars[..<(endIndex ?? scalars.startIndex)]), truncate)
            }
        }
        return text
    }

    /// `calculate_truncate_chars_length`: how many characters of text fit beside the truncation text.
    static func truncateCharsLength(_ length: Int, _ truncate: String?) -> Int {
        var keep = length
        for scalar in addTruncationText("", truncate).unicodeScalars where !isCombining(scalar) {
            keep -= 1
            if keep == 0 { break }
        }
        return keep
    }

    /// `add_truncation_text`.
    static func addTruncationText(_ text: String, _ truncate: String?) -> String {
        guard let truncate else { return text + "…" }
        if truncate.contains("%(truncated_text)s") {
            return truncate.replacing("%(truncated_text)s", with: text)
        }
        if text.unicodeScalars.reversed().starts(with: truncate.unicodeScalars.reversed()) { return text }
        return text + truncate
    }

    /// `unicodedata.combining(char) != 0`.
    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.properties.canonicalCombiningClass != .notReordered
    }
}
