extension TextFilters {
    /// The `truncatechars` / `truncatechars_html` filters with their raw argument: `value`
    /// unchanged when `arg` is not an integer (see ``Truncator``).
    ///
    /// - Throws: ``TextFilterError/assertionError(_:)`` from the HTML parser (`html` only).
    public static func truncatechars(_ value: String, _ arg: String, html: Bool) throws(TextFilterError) -> String {
        html ? try Truncator.truncatecharsHTMLFilter(value, arg) : Truncator.truncatecharsFilter(value, arg)
    }

    /// The `truncatewords` / `truncatewords_html` filters with their raw argument: `value`
    /// unchanged when `arg` is not an integer (see ``Truncator``).
    ///
    /// - Throws: ``TextFilterError/assertionError(_:)`` from the HTML parser (`html` only).
    public static func truncatewords(_ value: String, _ arg: String, html: Bool) throws(TextFilterError) -> String {
        html ? try Truncator.truncatewordsHTMLFilter(value, arg) : Truncator.truncatewordsFilter(value, arg)
    }
}
