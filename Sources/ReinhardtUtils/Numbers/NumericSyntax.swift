/// Scanning helpers shared by the Python number parsers (`Decimal()`, `float()`, `int()`).
package enum NumericSyntax {
    /// Whether `byte` is an ASCII digit.
    package static func isASCIIDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Strips Python whitespace and maps every Unicode decimal digit to its ASCII digit, as
    /// CPython does before parsing a number; `nil` when another non-ASCII scalar remains.
    /// With `droppingUnderscores` (the `Decimal` rule) every `_` is removed.
    package static func asciiDigits(of string: String, droppingUnderscores: Bool) -> [UInt8]? {
        let stripped = PythonText.strip(string[...])
        var output: [UInt8] = []
        output.reserveCapacity(stripped.utf8.count)
        if stripped.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in stripped.utf8 where !(droppingUnderscores && byte == UInt8(ascii: "_")) { output.append(byte) }
            return output
        }
        for scalar in stripped.unicodeScalars {
            if scalar.isASCII {
                if droppingUnderscores && scalar == "_" { continue }
                output.append(UInt8(scalar.value))
            } else if let digit = decimalDigitValue(scalar) {
                output.append(UInt8(ascii: "0") + digit)
            } else {
                return nil
            }
        }
        return output
    }

    /// The value of a Unicode decimal digit (`Nd`), as Python's `unicodedata.decimal`.
    private static func decimalDigitValue(_ scalar: Unicode.Scalar) -> UInt8? {
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
        return UInt8(value)
    }

    /// Parses `[±]digits` as an exponent; `nil` when malformed or absurdly large.
    package static func parseExponent(_ text: ArraySlice<UInt8>) -> Int? {
        var rest = text
        var negative = false
        if let first = rest.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty else { return nil }
        var value = 0
        for byte in rest {
            guard isASCIIDigit(byte) else { return nil }
            value = value * 10 + Int(byte &- 48)
            if value > 999_999_999_999_999_999 { return nil }
        }
        return negative ? -value : value
    }
}

extension NumericSyntax {
    /// Removes `_` digit separators in place; `false` unless every one sits between two digits.
    package static func removeDigitSeparators(_ text: inout [UInt8]) -> Bool {
        guard text.contains(UInt8(ascii: "_")) else { return true }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        for index in text.indices {
            if text[index] == UInt8(ascii: "_") {
                guard index > 0, index + 1 < text.count, isASCIIDigit(text[index - 1]), isASCIIDigit(text[index + 1]) else {
                    return false
                }
            } else {
                output.append(text[index])
            }
        }
        text = output
        return true
    }
}
