/// Python `int` behaviours that Django's filters depend on.
public enum PythonInt {
    /// Python's `int(str)` in base 10: surrounding whitespace stripped, optional sign, decimal
    /// digits (any Unicode decimal digit) with single underscores only between digits. `nil` where
    /// Python raises `ValueError` (e.g. `"1.5"`, `""`) and when the value does not fit in an `Int`.
    public static func parse(_ string: String) -> Int? {
        guard let text = digitText(string) else { return nil }
        return Int(String(decoding: text, as: UTF8.self))
    }

    /// ``parse(_:)`` for counts and lengths: values beyond `Int` saturate to `Int.max` or
    /// `Int.min` instead of failing; `nil` past 4300 digits, where Python's `int()` refuses.
    public static func parseSaturating(_ string: String) -> Int? {
        guard let text = digitText(string) else { return nil }
        let negative = text.first == UInt8(ascii: "-")
        let digits = text.drop { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        guard digits.count <= 4300 else { return nil }
        return Int(String(decoding: text, as: UTF8.self)) ?? (negative ? Int.min : Int.max)
    }

    /// The validated ASCII form `[±]digits` of a Python `int(str)` literal, of any size.
    package static func digitText(_ string: String) -> [UInt8]? {
        guard var ascii = NumericSyntax.asciiDigits(of: string, droppingUnderscores: false) else { return nil }
        guard NumericSyntax.removeDigitSeparators(&ascii) else { return nil }
        var body = ascii[...]
        if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy(NumericSyntax.isASCIIDigit) else { return nil }
        return ascii
    }
}
