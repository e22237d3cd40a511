/// Python `float` behaviours that Django's filters depend on: `repr()`, `float(str)`, `round()`.
public enum PythonFloat {
    /// Python's `repr(float)` (also `str(float)`): the shortest digits that round-trip, in plain
    /// notation for decimal exponents -4 ... 15 and scientific otherwise: `1.0`, `0.0001`, `1e-05`,
    /// `1e+16`, `-0.0`, `inf`, `-inf`, `nan`.
    public static func repr(_ double: Double) -> String {
        if double.isNaN { return "nan" }
        if double.isInfinite { return double < 0 ? "-inf" : "inf" }
        let (digits, pointPosition) = shortestDigits(double.magnitude)
        var output: [UInt8] = double.sign == .minus ? [UInt8(ascii: "-")] : []
        if pointPosition <= -4 || pointPosition > 16 {
            appendScientific(digits: digits, pointPosition: pointPosition, to: &output)
        } else {
            appendPlain(digits: digits, pointPosition: pointPosition, to: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The shortest round-trip ASCII digits of a finite non-negative value and the position of
    /// the decimal point relative to them (value = 0.d1d2… × 10^pointPosition).
    private static func shortestDigits(_ value: Double) -> (digits: [UInt8], pointPosition: Int) {
        if value == 0 { return ([UInt8(ascii: "0")], 1) }
        var digits: [UInt8] = []
        var pointPosition: Int?
        var exponent = 0
        var bytes = value.description.utf8[...]
        while let byte = bytes.first {
            bytes = bytes.dropFirst()
            if byte == UInt8(ascii: ".") {
                pointPosition = digits.count
            } else if byte == UInt8(ascii: "e") {
                exponent = Int(String(decoding: bytes, as: UTF8.self)) ?? 0
                break
            } else {
                digits.append(byte)
            }
        }
        var position = (pointPosition ?? digits.count) + exponent
        while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
        while digits.count > 1 && digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            position -= 1
        }
        return (digits, position)
    }

    private static func appendScientific(digits: [UInt8], pointPosition: Int, to output: inout [UInt8]) {
        output.append(digits[0])
        if digits.count > 1 {
            output.append(UInt8(ascii: "."))
            output += digits[1...]
        }
        let exponent = pointPosition - 1
        output += Array((exponent < 0 ? "e-" : "e+").utf8)
        if exponent.magnitude < 10 { output.append(UInt8(ascii: "0")) }
        output += Array(String(exponent.magnitude).utf8)
    }

    private static func appendPlain(digits: [UInt8], pointPosition: Int, to output: inout [UInt8]) {
        if pointPosition <= 0 {
            output += Array("0.".utf8)
            output += repeatElement(UInt8(ascii: "0"), count: -pointPosition)
            output += digits
        } else if pointPosition >= digits.count {
            output += digits
            output += repeatElement(UInt8(ascii: "0"), count: pointPosition - digits.count)
            output += Array(".0".utf8)
        } else {
            output += digits[..<pointPosition]
            output.append(UInt8(ascii: "."))
            output += digits[pointPosition...]
        }
    }
}

extension PythonFloat {
    /// Python's `float(str)`: surrounding whitespace stripped, optional sign, decimal digits (any
    /// Unicode decimal digit) with an optional point and exponent, single underscores only between
    /// digits, and case-insensitive `inf`, `infinity`, `nan`. `nil` where Python raises `ValueError`.
    public static func parse(_ string: String) -> Double? {
        guard var ascii = NumericSyntax.asciiDigits(of: string, droppingUnderscores: false) else { return nil }
        guard NumericSyntax.removeDigitSeparators(&ascii) else { return nil }
        var body = ascii[...]
        var negative = false
        if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            body = body.dropFirst()
        }
        let lower = body.map { $0 | 0x20 }
        if lower.elementsEqual("inf".utf8) || lower.elementsEqual("infinity".utf8) {
            return negative ? -.infinity : .infinity
        }
        if lower.elementsEqual("nan".utf8) { return negative ? -.nan : .nan }
        guard isDecimalLiteral(body) else { return nil }
        return Double(String(decoding: ascii, as: UTF8.self))
    }

    /// `digits[.digits]`, `.digits` or `digits.`, then an optional `e[±]digits`.
    private static func isDecimalLiteral(_ text: ArraySlice<UInt8>) -> Bool {
        var mantissaDigits = 0
        var seenPoint = false
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if NumericSyntax.isASCIIDigit(byte) {
                mantissaDigits += 1
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                break
            }
            index += 1
        }
        guard mantissaDigits > 0 else { return false }
        if index == text.endIndex { return true }
        guard text[index] | 0x20 == UInt8(ascii: "e") else { return false }
        var exponent = text[(index + 1)...]
        if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && exponent.allSatisfy(NumericSyntax.isASCIIDigit)
    }

    /// Python's one-argument `round(float)`: the nearest integer, ties to even; `nil` for NaN,
    /// infinities (Python raises) and results outside `Int`.
    public static func round(_ double: Double) -> Int? {
        Int(exactly: double.rounded(.toNearestOrEven))
    }

    /// Python's `round(float, digits)`: the exact binary value correctly rounded (ties to even) to
    /// `digits` decimal places, converted back to the nearest float; keeps the sign of zero.
    public static func round(_ double: Double, digits: Int) -> Double {
        guard double.isFinite, double != 0 else { return double }
        if digits > 323 { return double }
        if digits < -308 { return double.sign == .minus ? -0.0 : 0.0 }
        let exact = PythonDecimal(exactly: double)
        return exact.quantized(exponent: -digits, rounding: .halfEven)?.doubleValue ?? double
    }
}
