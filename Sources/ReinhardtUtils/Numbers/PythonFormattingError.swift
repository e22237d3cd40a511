/// Why Python's `format % value` raised.
public struct PythonFormattingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The Python exception class.
    public enum Kind: Sendable, Hashable {
        /// `ValueError` (bad format string, NaN to integer, …).
        case valueError
        /// `TypeError` (wrong argument type or count).
        case typeError
        /// `OverflowError` (infinity to integer, `%c` out of range); Django does not catch it.
        case overflowError
    }

    /// The exception class.
    public let kind: Kind
    /// Python's message.
    public let message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `ValueError: message`-style text.
    public var description: String { "\(kind): \(message)" }
}
