extension PythonFormatting {
    /// One converted value before padding: an optional sign, a `0x`/`0o` prefix and the body.
    struct Piece {
        var sign: String.UnicodeScalarView = .init()
        var prefix: String.UnicodeScalarView = .init()
        var body: String.UnicodeScalarView
        /// Numbers may be zero-padded; strings are always padded with spaces.
        var isNumeric: Bool

        /// Converts `argument` as `spec.conversion` demands.
        init(_ spec: Spec, _ argument: FormatArgument) throws(PythonFormattingError) {
            switch spec.conversion {
            case "s", "r", "a":
                var text = Self.textForm(spec.conversion, argument).unicodeScalars
                if let precision = spec.precision, text.count > precision {
                    text = String.UnicodeScalarView(text.prefix(precision))
                }
                (body, isNumeric) = (text, false)
            case "c":
                (body, isNumeric) = (try Self.character(argument).unicodeScalars, false)
            case "d", "i", "u", "o", "x", "X":
                let (negative, digits) = try IntegerConversion.digits(argument, conversion: spec.conversion)
                body = Self.zeroExtended(digits, to: spec.precision).unicodeScalars
                if spec.alternate && (spec.conversion == "o" || spec.conversion == "x" || spec.conversion == "X") {
                    prefix = ("0" + String(spec.conversion)).unicodeScalars
                }
                isNumeric = true
                sign = Self.sign(negative: negative, spec)
            case "e", "E", "f", "F", "g", "G":
                let double = try FloatConversion.double(argument)
                body = FloatConversion.format(double.magnitude, spec).unicodeScalars
                isNumeric = true
                sign = Self.sign(negative: double.sign == .minus && !double.isNaN, spec)
            default:
                let code = String(spec.conversion.value, radix: 16)
                throw PythonFormattingError(.valueError, "unsupported format character '\(spec.conversion)' (0x\(code))")
            }
        }

        /// `-`, or `+`/space per the flags.
        private static func sign(negative: Bool, _ spec: Spec) -> String.UnicodeScalarView {
            if negative { return "-".unicodeScalars }
            if spec.forceSign { return "+".unicodeScalars }
            return spec.blankSign ? " ".unicodeScalars : .init()
        }

        private static func zeroExtended(_ digits: String, to precision: Int?) -> String {
            guard let precision, precision > digits.utf8.count else { return digits }
            return String(repeating: "0", count: precision - digits.utf8.count) + digits
        }

        /// `str()`, `repr()` or `ascii()`.
        private static func textForm(_ conversion: Unicode.Scalar, _ argument: FormatArgument) -> String {
            switch conversion {
            case "s": return argument.pythonString
            case "r": return argument.pythonRepr
            default: return asciiEscaped(argument.pythonRepr)
            }
        }

        /// Python's `ascii()` applied to a `repr()`: non-ASCII scalars become `\x..`, `\u....`, `\U........`.
        private static func asciiEscaped(_ repr: String) -> String {
            var output = String.UnicodeScalarView()
            for scalar in repr.unicodeScalars {
                if scalar.isASCII {
                    output.append(scalar)
                    continue
                }
                let value = scalar.value
                let (marker, width) = value <= 0xFF ? ("\\x", 2) : value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
                let hex = String(value, radix: 16)
                output.append(contentsOf: (marker + String(repeating: "0", count: width - hex.utf8.count) + hex).unicodeScalars)
            }
            return String(output)
        }

        /// `%c`: an int code point or a one-character string.
        private static func character(_ argument: FormatArgument) throws(PythonFormattingError) -> String {
            let code: Int
            switch argument {
            case .int(let int): code = int
            case .bool(let bool): code = bool ? 1 : 0
            case .text(let str, _) where str.unicodeScalars.count == 1: return str
            default: throw PythonFormattingError(.typeError, "%c requires int or char")
            }
            guard (0...0x10FFFF).contains(code) else {
                throw PythonFormattingError(.overflowError, "%c arg not in range(0x110000)")
            }
            // Lone surrogates cannot be represented in a Swift String; they become U+FFFD.
            return String(Unicode.Scalar(UInt32(code)) ?? "\u{FFFD}")
        }

        /// Pads to the spec's width as CPython's `unicode_format_arg_output` does.
        func write(_ spec: Spec, to output: inout String.UnicodeScalarView) {
            let length = sign.count + prefix.count + body.count
            let padding = max(spec.width - length, 0)
            if spec.leftAdjust {
                output.append(contentsOf: sign)
                output.append(contentsOf: prefix)
                output.append(contentsOf: body)
                output.append(contentsOf: repeatElement(" ", count: padding))
            } else if isNumeric && spec.zeroPad {
                output.append(contentsOf: sign)
                output.append(contentsOf: prefix)
                output.append(contentsOf: repeatElement("0", count: padding))
                output.append(contentsOf: body)
            } else {
                output.append(contentsOf: repeatElement(" ", count: padding))
                output.append(contentsOf: sign)
                output.append(contentsOf: prefix)
                output.append(contentsOf: body)
            }
        }
    }
}
