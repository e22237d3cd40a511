/// The error a converter throws when text or a value cannot be converted (Django's `ValueError`).
///
/// During resolution it means "no match"; during `reverse()` it means "no reverse match" for that
/// pattern. Custom converters may throw it or any other error.
public struct PathConversionError: Error, Sendable, CustomStringConvertible {
    /// What could not be converted, and why.
    public var message: String

    /// Creates a conversion error.
    /// - Parameter message: What could not be converted, and why.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
