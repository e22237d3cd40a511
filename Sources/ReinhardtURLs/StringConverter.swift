/// Django's `str` converter, the default when a route says just `<name>`: any non-empty text
/// without a `/` (`[^/]+`).
public struct StringConverter: PathConverter, BuiltinPathConverter {
    /// Creates the converter.
    public init() {}

    /// `[^/]+`, as in Django.
    public var regex: String { "[^/]+" }

    var scanner: ComponentScanner { .notSlash }

    /// Returns the text unchanged.
    /// - Parameter component: The matched text.
    /// - Returns: The same text as a `String`.
    public func toValue(_ component: Substring) throws -> String {
        String(component)
    }

    /// Returns the text unchanged (`reverse()` then checks it against `[^/]+` and percent-encodes it).
    /// - Parameter value: The text.
    /// - Returns: The same text.
    public func toURL(_ value: String) throws -> String {
        value
    }
}
