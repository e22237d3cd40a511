/// Django's `path` converter: any non-empty text, slashes included (`.+`; like Python's `.`, it stops
/// at a newline). Use it to capture a whole sub-path: `"files/<path:p>"`.
public struct PathComponentConverter: PathConverter, BuiltinPathConverter {
    /// Creates the converter.
    public init() {}

    /// `.+`, as in Django.
    public var regex: String { ".+" }

    var scanner: ComponentScanner { .anyButNewline }

    /// Returns the text unchanged.
    /// - Parameter component: The matched text.
    /// - Returns: The same text as a `String`.
    public func toValue(_ component: Substring) throws -> String {
        String(component)
    }

    /// Returns the text unchanged (slashes stay slashes in the reversed URL).
    /// - Parameter value: The text.
    /// - Returns: The same text.
    public func toURL(_ value: String) throws -> String {
        value
    }
}
