/// The Python exception Django's date formatting raises, so callers can catch what Django catches.
public struct DateFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The Python exception class.
    public enum Kind: Sendable, Hashable {
        /// `TypeError`, e.g. a time specifier in the format of a `date`.
        case typeError
        /// `AttributeError`, e.g. a date specifier applied to a `time` (the filters swallow these).
        case attributeError
        /// `ValueError`, e.g. `timesince` with a depth below 1.
        case valueError
    }

    /// The Python exception class.
    public var kind: Kind
    /// The exception's message, as Python words it.
    public var message: String

    /// An error of `kind` with Python's `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String {
        let name = switch kind {
        case .typeError: "TypeError"
        case .attributeError: "AttributeError"
        case .valueError: "ValueError"
        }
        return name + ": " + message
    }
}
