/// Where a template's source came from — its name and text — so errors can point into it.
public final class TemplateOrigin: Sendable {
    /// The template's name, or `"<unknown source>"` for a template made from a string.
    public let name: String
    /// Where the loader found it (a file path), when it has one.
    public let path: String?
    /// The full source.
    public let source: String
    /// What identifies this source among all loaders: its file path, or its name for sources
    /// without one (Django compares origins the same way to stop `{% extends %}` recursion).
    public let key: String

    /// Creates an origin.
    public init(name: String, path: String? = nil, source: String) {
        self.name = name
        self.path = path
        self.source = source
        self.key = path ?? "name:" + name
    }

    /// The line, column and line text at UTF-8 `offset`.
    func location(ofOffset offset: Int) -> TemplateSourceLocation {
        let bytes = source.utf8
        let target = bytes.index(bytes.startIndex, offsetBy: min(offset, bytes.count))
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < target {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = bytes.index(after: index)
            }
            bytes.formIndex(after: &index)
        }
        let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        let column = source[lineStart..<target].count + 1
        return TemplateSourceLocation(
            templateName: name, line: line, column: column, sourceLine: String(source[lineStart..<lineEnd]))
    }
}
