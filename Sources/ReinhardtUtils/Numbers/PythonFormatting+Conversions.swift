extension PythonFormatting {
    /// The integer conversions `%d %i %u %o %x %X`.
    enum IntegerConversion {
        /// The sign and magnitude digits of `int(argument)` in the conversion's base.
        static func digits(_ argument: FormatArgument, conversion: Unicode.Scalar) throws(PythonFormattingError) -> (Bool, String) {
            let isDecimal = conversion == "d" || conversion == "i" || conversion == "u"
            switch argument {
            case .int(let int): return (int < 0, render(int.magnitude, conversion))
            case .bool(let bool): return (false, bool ? "1" : "0")
            case .double(let double) where isDecimal: return try truncated(PythonDecimal(exactly: double), float: true)
            case .decimal(let decimal) where isDecimal: return try truncated(decimal, float: false)
            case .double, .decimal:
                throw PythonFormattingError(.typeError, "%\(conversion) format: an integer is required, not \(argument.typeName)")
            case .none, .text:
                let requirement = isDecimal ? "a real number" : "an integer"
                throw PythonFormattingError(.typeError, "%\(conversion) format: \(requirement) is required, not \(argument.typeName)")
            }
        }

        /// A safety cap on `int(Decimal)` expansion (Python would try to allocate the digits).
        static let maximumDigits = 1_000_000

        private static func render(_ magnitude: UInt, _ conversion: Unicode.Scalar) -> String {
            switch conversion {
            case "o": String(magnitude, radix: 8)
            case "x": String(magnitude, radix: 16)
            case "X": String(magnitude, radix: 16, uppercase: true)
            default: String(magnitude)
            }
        }

        /// `int(value)` of a float or Decimal, of any size.
        private static func truncated(_ value: PythonDecimal, float: Bool) throws(PythonFormattingError) -> (Bool, String) {
            if value.isNaN {
                throw PythonFormattingError(.valueError, float ? "cannot convert float NaN to integer" : "cannot convert NaN to integer")
            }
            if value.isFinite && value.adjusted >= maximumDigits {
                throw PythonFormattingError(.valueError, "integer too large to format (more than \(maximumDigits) digits)")
            }
            guard let digits = value.truncatedDigitText else {
                throw PythonFormattingError(.overflowError, float ? "cannot convert float infinity to integer" : "cannot convert Infinity to integer")
            }
            return (value.isSigned && digits != "0", digits)
        }
    }

    /// The float conversions `%e %E %f %F %g %G`, correctly rounded (ties to even) from the exact
    /// binary value as CPython's `PyOS_double_to_string` does.
    enum FloatConversion {
        /// `float(argument)`.
        static func double(_ argument: FormatArgument) throws(PythonFormattingError) -> Double {
            switch argument {
            case .int(let int): return Double(int)
            case .bool(let bool): return bool ? 1 : 0
            case .double(let double): return double
            case .decimal(let decimal):
                if decimal.kind == .signalingNaN { throw PythonFormattingError(.valueError, "cannot convert signaling NaN to float") }
                return decimal.doubleValue
            case .none, .text:
                throw PythonFormattingError(.typeError, "must be real number, not \(argument.typeName)")
            }
        }

        /// Formats a non-negative value (or NaN) without its sign.
        static func format(_ value: Double, _ spec: Spec) -> String {
            let uppercase = spec.conversion == "E" || spec.conversion == "F" || spec.conversion == "G"
            if !value.isFinite {
                let text = value.isNaN ? "nan" : "inf"
                return uppercase ? text.uppercased() : text
            }
            let precision = spec.precision ?? 6
            let exact = PythonDecimal(exactly: value)
            let text: String
            switch spec.conversion {
            case "f", "F": text = fixed(exact, precision: precision, alternate: spec.alternate)
            case "e", "E": text = scientific(exact, precision: precision, alternate: spec.alternate)
            default: text = general(exact, precision: precision, alternate: spec.alternate)
            }
            return uppercase ? text.uppercased() : text
        }

        /// `%f`: exactly `precision` fraction digits.
        private static func fixed(_ exact: PythonDecimal, precision: Int, alternate: Bool) -> String {
            let rounded = exact.quantized(exponent: -precision, rounding: .halfEven) ?? exact
            var digits = Array(rounded.digitText.utf8)
            if digits.count <= precision { digits = Array(repeating: UInt8(ascii: "0"), count: precision + 1 - digits.count) + digits }
            var output = Array(digits[..<(digits.count - precision)])
            if precision > 0 || alternate { output.append(UInt8(ascii: ".")) }
            output += digits[(digits.count - precision)...]
            return String(decoding: output, as: UTF8.self)
        }

        /// `%e`: one digit, `precision` fraction digits, `e±XX`.
        private static func scientific(_ exact: PythonDecimal, precision: Int, alternate: Bool) -> String {
            let (digits, exponent) = significant(exact, count: precision + 1)
            var output = [digits[0]]
            if precision > 0 || alternate { output.append(UInt8(ascii: ".")) }
            output += digits[1...]
            output += Array((exponent < 0 ? "e-" : "e+").utf8)
            if exponent.magnitude < 10 { output.append(UInt8(ascii: "0")) }
            output += Array(String(exponent.magnitude).utf8)
            return String(decoding: output, as: UTF8.self)
        }

        /// `%g`: `precision` significant digits, fixed for exponents -4 ..< precision, trailing zeros
        /// removed unless `#`.
        private static func general(_ exact: PythonDecimal, precision: Int, alternate: Bool) -> String {
            let count = max(precision, 1)
            let exponent = significant(exact, count: count).exponent
            let text = (-4..<count).contains(exponent)
                ? fixed(exact, precision: count - 1 - exponent, alternate: alternate)
                : scientific(exact, precision: count - 1, alternate: alternate)
            return alternate ? text : strippingTrailingZeros(text)
        }

        /// `count` ASCII digits of the correctly rounded value and its decimal exponent.
        private static func significant(_ exact: PythonDecimal, count: Int) -> (digits: [UInt8], exponent: Int) {
            if exact.isZero { return (Array(repeating: UInt8(ascii: "0"), count: count), 0) }
            let rounded = exact.rounded(significantDigits: count, rounding: .halfEven)
            var digits = Array(rounded.digitText.utf8)
            digits += repeatElement(UInt8(ascii: "0"), count: count - digits.count)
            return (digits, rounded.adjusted)
        }

        /// Drops trailing fraction zeros (and a bare point) before any exponent.
        private static func strippingTrailingZeros(_ text: String) -> String {
            var bytes = Array(text.utf8)
            guard let point = bytes.firstIndex(of: UInt8(ascii: ".")) else { return text }
            let exponentStart = bytes.firstIndex(of: UInt8(ascii: "e")) ?? bytes.count
            var end = exponentStart
            while end > point + 1 && bytes[end - 1] == UInt8(ascii: "0") { end -= 1 }
            if end == point + 1 { end = point }
            bytes.replaceSubrange(end..<exponentStart, with: [])
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
