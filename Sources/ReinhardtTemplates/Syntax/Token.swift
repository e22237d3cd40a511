/// One piece of template source, as Django's `Lexer` cuts it: text, `{{ variable }}`,
/// `{% block tag %}` or `{# comment #}`.
public struct Token: Sendable {
    /// What kind of piece this is.
    public enum Kind: Sendable { case text, variable, block, comment }

    /// The kind.
    public let kind: Kind
    /// For text, the text; otherwise what is between the delimiters, stripped of whitespace.
    public let contents: String
    /// The 1-based line the token starts on.
    public let line: Int
    /// The UTF-8 offset of the token's first byte in the source, for error locations.
    let offset: Int

    /// The contents split on whitespace, keeping quoted strings (and `_("...")`) whole, as
    /// Django's `Token.split_contents()`.
    public func splitContents() -> [String] {
        SmartSplit.split(contents)
    }
}
