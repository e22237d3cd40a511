import Foundation

/// The few Python text rules Django's URL code leans on: `str()`, `repr()`, `re.escape()`,
/// `str.isidentifier()` and `string.whitespace`, so reversed URLs and messages read exactly as
/// Django's do.
enum PythonFormatting {
    /// Python's `str(value)` for the values `reverse()` receives.
    static func str(_ value: any Sendable) -> String {
        if let text = text(value) { return text }
        if let flag = value as? Bool { return flag ? "True" : "False" }
        if let uuid = value as? UUID { return uuid.uuidString.lowercased() }
        if let optional = value as? any OptionalValue, optional.isNone { return "None" }
        return String(describing: value)
    }

    /// The value as text when it already is text (`String`, `Substring`, `Character`).
    static func text(_ value: any Sendable) -> String? {
        switch value {
        case let string as String: return string
        case let substring as Substring: return String(substring)
        case let character as Character: return String(character)
        default: return nil
        }
    }

    /// Python's `repr(value)`, for error messages.
    static func repr(_ value: any Sendable) -> String {
        if let text = text(value) { return repr(string: text) }
        if let uuid = value as? UUID { return "UUID('\(uuid.uuidString.lowercased())')" }
        return str(value)
    }

    /// Python's `repr()` of a tuple (`(1,)`, `(1, 'a')`).
    static func reprTuple(_ values: [any Sendable]) -> String {
        let items = values.map { repr($0) }
        return items.count == 1 ? "(\(items[0]),)" : "(\(items.joined(separator: ", ")))"
    }

    /// Python's `repr()` of a list of strings (`['a', 'b\\Z']`).
    static func reprList(_ strings: [String]) -> String {
        "[" + strings.map { repr(string: $0) }.joined(separator: ", ") + "]"
    }

    /// Python's `repr()` of a dict with string keys.
    static func reprDict(_ pairs: [(String, any Sendable)]) -> String {
        "{" + pairs.map { "\(repr(string: $0.0)): \(repr($0.1))" }.joined(separator: ", ") + "}"
    }

    /// Python's `repr()` of a string: single quotes unless the text has one and no double quote.
    static func repr(string: String) -> String {
        let quote: Unicode.Scalar = string.contains("'") && !string.contains("\"") ? "\"" : "'"
        var output = String(quote)
        for scalar in string.unicodeScalars {
            output += escapedForRepr(scalar, quote: quote)
        }
        output.unicodeScalars.append(quote)
        return output
    }

    private static func escapedForRepr(_ scalar: Unicode.Scalar, quote: Unicode.Scalar) -> String {
        switch scalar {
        case quote, "\\": return "\\" + String(scalar)
        case "\t": return "\\t"
        case "\n": return "\\n"
        case "\r": return "\\r"
        default: break
        }
        if scalar.value < 0x20 || scalar.value == 0x7F { return hexEscape(scalar.value, prefix: "x", width: 2) }
        if scalar.value < 0x7F || isPrintable(scalar) { return String(scalar) }
        if scalar.value <= 0xFF { return hexEscape(scalar.value, prefix: "x", width: 2) }
        if scalar.value <= 0xFFFF { return hexEscape(scalar.value, prefix: "u", width: 4) }
        return hexEscape(scalar.value, prefix: "U", width: 8)
    }

    private static func hexEscape(_ value: UInt32, prefix: String, width: Int) -> String {
        let digits = String(value, radix: 16)
        return "\\" + prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Python's `str.isprintable()` for one non-ASCII code point.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Python 3.11's `re.escape()`: a backslash before each regex metacharacter and whitespace.
    static func escapeRegex(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if regexSpecials.contains(scalar) { output += "\\" }
            output.unicodeScalars.append(scalar)
        }
        return output
    }

    private static let regexSpecials = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".unicodeScalars)

    /// Python's `str.isidentifier()`.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isXIDStart else {
            return false
        }
        return text.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
    }

    /// Whether a code point is in Python's `string.whitespace`.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}": return true
        default: return false
        }
    }

    /// Python's `==` for two values `reverse()` compares (a keyword argument against a default).
    static func equal(_ lhs: any Sendable, _ rhs: any Sendable) -> Bool {
        guard let left = lhs as? any Hashable, let right = rhs as? any Hashable else { return false }
        return AnyHashable(left) == AnyHashable(right)
    }
}
