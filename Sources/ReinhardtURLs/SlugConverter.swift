/// Django's `slug` converter: ASCII letters, digits, hyphens and underscores (`[-a-zA-Z0-9_]+`).
public struct SlugConverter: PathConverter, BuiltinPathConverter {
    /// Creates the converter.
    public init() {}

    /// `[-a-zA-Z0-9_]+`, as in Django.
    public var regex: String { "[-a-zA-Z0-9_]+" }

    var scanner: ComponentScanner { .slug }

    /// Returns the slug unchanged.
    /// - Parameter component: The matched slug.
    /// - Returns: The same text as a `String`.
    public func toValue(_ component: Substring) throws -> String {
        String(component)
    }

    /// Returns the slug unchanged (`reverse()` then checks it against the slug pattern).
    /// - Parameter value: The slug.
    /// - Returns: The same text.
    public func toURL(_ value: String) throws -> String {
        value
    }
}
