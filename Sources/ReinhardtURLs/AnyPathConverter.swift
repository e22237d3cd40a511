import Foundation

/// A registered converter with its `Value` type erased, ready for the matcher and for `reverse()`.
final class AnyPathConverter: Sendable {
    /// The name routes use (`int` in `<int:id>`).
    let name: String
    /// The converter's regex as written.
    let regex: String
    /// How captures are found.
    let scanner: ComponentScanner
    /// `Value.self`, for comparing with a view's parameter types.
    let valueType: ObjectIdentifier
    /// `Value`'s name, for messages.
    let valueTypeName: String
    /// `toValue`, boxed; `nil` means "no match".
    let convert: @Sendable (Substring) -> (any Sendable)?
    /// `toURL` for any value `reverse()` was given; `nil` means "no reverse match".
    let urlText: @Sendable (any Sendable) -> String?

    /// Wraps a converter, compiling a custom converter's regex.
    /// - Throws: ``RegexSyntaxError`` when a custom converter's regex is invalid.
    init<Converter: PathConverter>(_ converter: Converter, name: String) throws(RegexSyntaxError) {
        self.name = name
        regex = converter.regex
        valueType = ObjectIdentifier(Converter.Value.self)
        valueTypeName = String(describing: Converter.Value.self)
        convert = { text in try? converter.toValue(text) }
        if let builtin = converter as? any BuiltinPathConverter {
            scanner = builtin.scanner
            urlText = Self.builtinURLText(converter)
        } else {
            scanner = .pattern(try CompiledRegex(python: "(?:\(converter.regex))"))
            urlText = Self.customURLText(converter)
        }
    }

    /// Converts the capture at `range`: the value and the matched text, or `nil` for "no match".
    /// Built-in converters convert straight from the bytes; custom ones run their `toValue`.
    func value(in input: PathInput, _ range: Range<Int>) -> (value: any Sendable, raw: String)? {
        switch scanner {
        case .digits:
            guard let number = Self.decimal(input.bytes, range) else { return nil }
            return (number, input.text(range))
        case .notSlash, .slug, .anyButNewline:
            let text = input.text(range)
            return (text, text)
        case .uuid:
            let text = input.text(range)
            guard let uuid = UUID(uuidString: text) else { return nil }
            return (uuid, text)
        case .pattern:
            let text = input.substring(range)
            guard let value = convert(text) else { return nil }
            return (value, String(text))
        }
    }

    /// Converts the capture at `range` without keeping its text (the resolver's hot path).
    func convertedValue(in input: PathInput, _ range: Range<Int>) -> (any Sendable)? {
        switch scanner {
        case .digits:
            return Self.decimal(input.bytes, range)
        case .notSlash, .slug, .anyButNewline:
            return input.text(range)
        case .uuid:
            return Self.uuid(input.bytes, range)
        case .pattern:
            return convert(input.substring(range))
        }
    }

    /// A lowercase hyphenated UUID (already checked by the scanner) parsed straight from the bytes.
    private static func uuid(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UUID? {
        guard range.count == 36 else { return nil }
        var raw: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let ok = withUnsafeMutableBytes(of: &raw) { out -> Bool in
            var position = range.lowerBound
            for index in 0..<16 {
                if bytes[position] == 0x2D { position += 1 }
                guard let high = hexValue(bytes[position]), let low = hexValue(bytes[position + 1]) else { return false }
                out[index] = high << 4 | low
                position += 2
            }
            return true
        }
        return ok ? UUID(uuid: raw) : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x61...0x66: return byte - 0x61 + 10
        case 0x41...0x46: return byte - 0x41 + 10
        default: return nil
        }
    }

    /// ASCII digits as an `Int`, or `nil` on overflow.
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var result = 0
        for index in range {
            let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
            let (sum, carry) = shifted.addingReportingOverflow(Int(bytes[index] &- 0x30))
            if overflow || carry { return nil }
            result = sum
        }
        return result
    }

    /// Built-in converters format a value of another type with Python's `str()`, as Django's do; the
    /// regex check in `reverse()` then decides (the string `"42"` reverses `<int:id>`, `"abc"` does not).
    private static func builtinURLText<Converter: PathConverter>(
        _ converter: Converter
    ) -> @Sendable (any Sendable) -> String? {
        { value in
            if let typed = value as? Converter.Value { return try? converter.toURL(typed) }
            return PythonFormatting.str(value)
        }
    }

    /// Custom converters take their own `Value`, or text they can parse with `toValue`.
    private static func customURLText<Converter: PathConverter>(
        _ converter: Converter
    ) -> @Sendable (any Sendable) -> String? {
        { value in
            if let typed = value as? Converter.Value { return try? converter.toURL(typed) }
            guard let text = PythonFormatting.text(value), let parsed = try? converter.toValue(text[...]) else {
                return nil
            }
            return try? converter.toURL(parsed)
        }
    }
}
