/// Python's `json.dumps()` with its default arguments, and Django's `json_script()`.
public enum PythonJSON {
    /// Encodes `value` byte for byte as Python's `json.dumps(value)` does: `", "` and `": "`
    /// separators, keys in insertion order, `ensure_ascii` (every non-ASCII character as
    /// `\uXXXX`, astral characters as surrogate pairs), floats as `repr()`.
    ///
    /// ```swift
    /// PythonJSON.dumps(.object([("a", .array([.int(1), .double(1e16), .string("é")]))]))
    /// // {"a": [1, 1e+16, "\u00e9"]}
    /// ```
    public static func dumps(_ value: PythonJSONValue) -> String {
        var output: [UInt8] = []
        append(value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Django's `json_script` once the value is dumped: escapes `<`, `>` and `&` as `\u003C`,
    /// `\u003E` and `\u0026` and wraps the JSON in
    /// `<script id="…" type="application/json">…</script>`.
    ///
    /// - Parameters:
    ///   - json: The output of ``dumps(_:)``.
    ///   - elementID: The element id, or `nil` (or empty) for a script element without an `id`
    ///     attribute. Django drops the id whenever it is falsy (`None`, `""`, `0`, `False`), so
    ///     pass `nil` for those and `str(value)` otherwise.
    ///   - elementIDIsSafe: Whether the id is already safe; otherwise it is HTML-escaped (Django's
    ///     `conditional_escape`).
    /// - Returns: The script element (safe).
    public static func jsonScript(_ json: String, elementID: String?, elementIDIsSafe: Bool = false) -> String {
        let escaped = escapeForScript(json)
        guard let elementID, !elementID.isEmpty else {
            return "<script type=\"application/json\">" + escaped + "</script>"
        }
        let id = elementIDIsSafe ? elementID : escapeHTML(elementID)
        return "<script id=\"" + id + "\" type=\"application/json\">" + escaped + "</script>"
    }

    /// `json_str.translate(_json_script_escapes)`.
    private static func escapeForScript(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") }) else {
            return json
        }
        var output: [UInt8] = []
        output.reserveCapacity(json.utf8.count + 32)
        for byte in json.utf8 {
            switch byte {
            case UInt8(ascii: "<"): output.append(contentsOf: #"\u003C"#.utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: #"\u003E"#.utf8)
            case UInt8(ascii: "&"): output.append(contentsOf: #"\u0026"#.utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func append(_ value: PythonJSONValue, to output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .double(let number): appendFloat(number, to: &output)
        case .string(let text): appendString(text, to: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(contentsOf: ", ".utf8) }
                append(item, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, (key, item)) in members.enumerated() {
                if index > 0 { output.append(contentsOf: ", ".utf8) }
                appendString(key, to: &output)
                output.append(contentsOf: ": ".utf8)
                append(item, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// `json`'s `floatstr` with `allow_nan=True`.
    private static func appendFloat(_ number: Double, to output: inout [UInt8]) {
        if number.isNaN { return output.append(contentsOf: "NaN".utf8) }
        if number.isInfinite { return output.append(contentsOf: (number < 0 ? "-Infinity" : "Infinity").utf8) }
        appendPythonFloatRepr(number, to: &output)
    }

    /// `encode_basestring_ascii`: a quoted string with `\" \\ \n \r \t \b \f` and every other
    /// character outside U+0020–U+007E as `\u` and four lower-case hex digits.
    private static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: #"\""#.utf8)
            case "\\": output.append(contentsOf: #"\\"#.utf8)
            case "\n": output.append(contentsOf: #"\n"#.utf8)
            case "\r": output.append(contentsOf: #"\r"#.utf8)
            case "\t": output.append(contentsOf: #"\t"#.utf8)
            case "\u{08}": output.append(contentsOf: #"\b"#.utf8)
            case "\u{0C}": output.append(contentsOf: #"\f"#.utf8)
            case " "..."~": output.append(UInt8(scalar.value))
            default:
                for unit in UTF16.encode(scalar)! { appendUnicodeEscape(unit, to: &output) }
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static let lowerHexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func appendUnicodeEscape(_ unit: UInt16, to output: inout [UInt8]) {
        output.append(contentsOf: #"\u"#.utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            output.append(lowerHexDigits[Int(unit >> UInt16(shift) & 0xF)])
        }
    }
}

/// Appends Python's `float.__repr__` of a finite `Double`: the shortest digits that round-trip, laid out
/// as Python does: positional while the decimal exponent is from -4 to 15 (`0.0001`,
/// `1000000000000000.0`), exponential outside (`1e-05`, `1e+16`), `.0` on whole numbers, and
/// exponents signed with at least two digits (`1.5e+300`).
///
/// Swift's `description` yields the same shortest digits (both pick the round-tripping digit
/// string closest to the exact value) and, on every value tested against Python, the same layout;
/// the digits are re-laid out here anyway so the output follows Python's rule by construction
/// rather than by coincidence of the two libraries' formatting thresholds.
private func appendPythonFloatRepr(_ number: Double, to output: inout [UInt8]) {
    if number.sign == .minus { output.append(UInt8(ascii: "-")) }
    var digits: [UInt8] = []
    digits.reserveCapacity(24)
    let point = shortestDigits(number.magnitude, into: &digits)
    guard !digits.isEmpty else { return output.append(contentsOf: "0.0".utf8) }
    let zero = UInt8(ascii: "0")
    if point <= -4 || point > 16 {
        output.append(digits[0])
        if digits.count > 1 {
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: digits[1...])
        }
        let exponent = point - 1
        output.append(contentsOf: (exponent < 0 ? "e-" : "e+").utf8)
        if abs(exponent) < 10 { output.append(zero) }
        output.append(contentsOf: String(abs(exponent)).utf8)
    } else if point <= 0 {
        output.append(contentsOf: "0.".utf8)
        output.append(contentsOf: repeatElement(zero, count: -point))
        output.append(contentsOf: digits)
    } else if point >= digits.count {
        output.append(contentsOf: digits)
        output.append(contentsOf: repeatElement(zero, count: point - digits.count))
        output.append(contentsOf: ".0".utf8)
    } else {
        output.append(contentsOf: digits[..<point])
        output.append(UInt8(ascii: "."))
        output.append(contentsOf: digits[point...])
    }
}

/// Writes the significant digits of Swift's shortest round-trip `description` of a non-negative
/// value into `digits` (ASCII, no leading or trailing zeros; none for zero) and returns the
/// position of the decimal point relative to them (the value is `0.DIGITS × 10^position`).
private func shortestDigits(_ magnitude: Double, into digits: inout [UInt8]) -> Int {
    var description = magnitude.description
    return description.withUTF8 { bytes in
        var integerCount: Int?
        var exponent = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                integerCount = digits.count
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                exponent = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)) ?? 0
                break
            } else {
                digits.append(byte)
            }
            index += 1
        }
        var point = (integerCount ?? digits.count) + exponent
        let leadingZeros = digits.firstIndex { $0 != UInt8(ascii: "0") } ?? digits.count
        digits.removeFirst(leadingZeros)
        point -= leadingZeros
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return point
    }
}
