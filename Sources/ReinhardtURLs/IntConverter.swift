/// Django's `int` converter: one or more ASCII digits (`[0-9]+`), converted to `Int`.
///
/// Leading zeros are accepted (`"0042"` is 42). A number too large for `Int` does not match, so
/// resolution moves on to the next pattern (Python's integers never overflow; Swift's do).
public struct IntConverter: PathConverter, BuiltinPathConverter {
    /// Creates the converter.
    public init() {}

    /// `[0-9]+`, as in Django.
    public var regex: String { "[0-9]+" }

    var scanner: ComponentScanner { .digits }

    /// Parses the digits.
    /// - Parameter component: ASCII digits.
    /// - Returns: The integer value.
    /// - Throws: ``PathConversionError`` when the text is not digits or does not fit in `Int`.
    public func toValue(_ component: Substring) throws -> Int {
        guard !component.isEmpty, component.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let value = Int(component)
        else { throw PathConversionError("'\(component)' is not an integer that fits in Int") }
        return value
    }

    /// Formats the integer in decimal (a negative value then fails the `[0-9]+` check in `reverse()`).
    /// - Parameter value: The integer.
    /// - Returns: Its decimal text.
    public func toURL(_ value: Int) throws -> String {
        String(value)
    }
}
