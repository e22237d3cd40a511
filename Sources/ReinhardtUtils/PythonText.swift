/// Python `str` behaviours that Django's helpers depend on and that Swift spells differently.
package enum PythonText {
    /// Whether `scalar` is whitespace to Python's `str.isspace()` / `str.strip()`.
    package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Python's `str.strip()` with no argument.
    package static func strip(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return Substring(scalars[first...last])
    }

    /// Python's `str.strip()` with no argument.
    package static func strip(_ text: String) -> String {
        String(strip(text[...]))
    }

    /// Whether Python's `str.isprintable()` holds for `scalar`.
    package static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
            .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Python's `repr()` of a `str`, e.g. `'it\'s'` → `"it's"`.
    package static func repr(_ text: String) -> String {
        let quote: Unicode.Scalar = text.unicodeScalars.contains("'") && !text.unicodeScalars.contains("\"") ? "\"" : "'"
        var output = String.UnicodeScalarView()
        output.append(quote)
        for scalar in text.unicodeScalars { appendRepr(scalar, quote: quote, to: &output) }
        output.append(quote)
        return String(output)
    }

    /// Appends one scalar as `repr()` writes it inside quotes.
    private static func appendRepr(_ scalar: Unicode.Scalar, quote: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        switch scalar {
        case quote, "\\": output.append("\\"); output.append(scalar)
        case "\t": output.append(contentsOf: "\\t".unicodeScalars)
        case "\n": output.append(contentsOf: "\\n".unicodeScalars)
        case "\r": output.append(contentsOf: "\\r".unicodeScalars)
        default:
            let value = scalar.value
            if (value >= 0x20 && value < 0x7F) || (value > 0x7F && isPrintable(scalar)) {
                output.append(scalar)
            } else {
                let (prefix, width) = value <= 0xFF ? ("\\x", 2) : value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
                let hex = String(value, radix: 16)
                output.append(contentsOf: (prefix + String(repeating: "0", count: width - hex.count) + hex).unicodeScalars)
            }
        }
    }

    /// Python's `repr()` of a list of `str`: `['a', 'b']`.
    package static func repr(_ list: [String]) -> String {
        "[" + list.map(repr).joined(separator: ", ") + "]"
    }
}
