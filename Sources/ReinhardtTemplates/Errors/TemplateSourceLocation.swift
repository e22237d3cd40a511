/// A position in a template's source: which template, which line and column, and that line's text.
public struct TemplateSourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The template's name (`"products/detail.html"`), or `"<unknown source>"` for a string template.
    public var templateName: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in characters.
    public var column: Int
    /// The text of the line, for error pages.
    public var sourceLine: String

    /// Creates a location.
    public init(templateName: String, line: Int, column: Int, sourceLine: String) {
        self.templateName = templateName
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }

    /// `name, line L, column C` and the source line with a caret under the column.
    public var description: String {
        let caret = String(repeating: " ", count: max(column - 1, 0)) + "^"
        return "  in \(templateName), line \(line), column \(column)\n    \(sourceLine)\n    \(caret)"
    }
}
