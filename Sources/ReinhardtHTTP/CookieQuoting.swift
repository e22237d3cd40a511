import ReinhardtUtils
/// Cookie value quoting as Python's `http.cookies` does it (`_quote`, `_unquote`,
/// `_is_legal_key`), which Django uses for `Set-Cookie` and `parse_cookie`.
enum CookieQuoting {
    /// The characters RFC 2109 allows in a token: a cookie name, or a value left unquoted.
    static let legalCharacters = ByteSet(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~:")

    /// Python's `_is_legal_key`: non-empty and made only of ``legalCharacters``.
    static func isLegalToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(legalCharacters.contains)
    }

    /// Python's `_quote`: a legal token as it is, anything else in double quotes with control
    /// characters, `"`, `,`, `;`, `\`, DEL and U+0080–U+00FF escaped (`\"`, `\\`, or octal `\ooo`).
    /// Characters above U+00FF are kept as they are.
    static func quote(_ value: String) -> String {
        if isLegalToken(value) { return value }
        var output = String.UnicodeScalarView()
        output.append("\"")
        for scalar in value.unicodeScalars { appendQuoted(scalar, to: &output) }
        output.append("\"")
        return String(output)
    }

    /// Appends one scalar as `_quote` translates it.
    private static func appendQuoted(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        let value = scalar.value
        switch value {
        case 0x22, 0x5C:
            output.append("\\")
            output.append(scalar)
        case 0x00..<0x20, 0x2C, 0x3B, 0x7F...0xFF:
            output.append("\\")
            for shift in [6, 3, 0] {
                output.append(Unicode.Scalar(UInt8(ascii: "0") + UInt8((value >> UInt32(shift)) & 7)))
            }
        default:
            output.append(scalar)
        }
    }

    /// Python's `_unquote`: a value wrapped in double quotes loses them and has `\ooo` (octal, first
    /// digit 0–3) and `\c` (any character but a newline) escapes decoded; anything else is
    /// returned unchanged.
    static func unquote(_ value: Substring) -> String {
        let utf8 = value.utf8
        guard utf8.count >= 2, utf8.first == UInt8(ascii: "\""), utf8.last == UInt8(ascii: "\"") else {
            return String(value)
        }
        let scalars = Array(value.unicodeScalars)
        let inner = scalars[1..<(scalars.count - 1)]
        var output = String.UnicodeScalarView()
        var index = inner.startIndex
        while index < inner.endIndex {
            let scalar = inner[index]
            if scalar == "\\", let (decoded, length) = decodeEscape(inner[(index + 1)...]) {
                output.append(decoded)
                index += 1 + length
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// Decodes the escape after a backslash: three octal digits (the first 0–3) or one character
    /// other than a newline. Returns the character and how many scalars it used.
    private static func decodeEscape(_ rest: ArraySlice<Unicode.Scalar>) -> (Unicode.Scalar, Int)? {
        guard let first = rest.first else { return nil }
        let digits = rest.prefix(3).map(\.value)
        if digits.count == 3, (0x30...0x33).contains(digits[0]), (0x30...0x37).contains(digits[1]),
            (0x30...0x37).contains(digits[2])
        {
            let code = (digits[0] - 0x30) << 6 | (digits[1] - 0x30) << 3 | (digits[2] - 0x30)
            return (Unicode.Scalar(UInt8(code)), 3)
        }
        return first == "\n" ? nil : (first, 1)
    }
}
