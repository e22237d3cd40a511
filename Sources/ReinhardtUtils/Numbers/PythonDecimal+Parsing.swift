extension PythonDecimal {
    /// Python's `Decimal(string)`: surrounding whitespace is stripped, underscores are ignored,
    /// any Unicode decimal digit counts; accepts an optional sign, digits with an optional point,
    /// an optional exponent, and (case-insensitively) `Inf`, `Infinity`, `NaN`, `sNaN` with an
    /// optional payload. Returns `nil` where Python raises `InvalidOperation`.
    public init?(_ string: String) {
        guard let ascii = NumericSyntax.asciiDigits(of: string, droppingUnderscores: true) else { return nil }
        guard let parsed = Self.parse(ascii[...]) else { return nil }
        self = parsed
    }

    /// Python's `Decimal(int)`.
    public init(_ int: Int) {
        let text = String(int.magnitude)
        self.init(isSigned: int < 0, digits: text.utf8.map { $0 &- 48 }, exponent: 0)
    }

    /// Python's `Decimal(repr(double))`, which is what `floatformat` builds from a float:
    /// `Decimal(0.1)` here is `0.1`, not the binary expansion (see ``init(exactly:)``).
    public init(_ double: Double) {
        self = Self.parse(Array(PythonFloat.repr(double).utf8)[...])!
    }

    /// Python's `Decimal(double)`: the exact value of the binary float,
    /// e.g. `0.1000000000000000055511151231257827021181583404541015625`.
    public init(exactly double: Double) {
        if double.isNaN {
            self.init(kind: .nan, isSigned: double.sign == .minus, digits: [], exponent: 0)
        } else if double.isInfinite {
            self.init(kind: .infinity, isSigned: double < 0, digits: [], exponent: 0)
        } else {
            let (digits, exponent) = BinaryExpansion.exactDecimal(of: double.magnitude)
            self.init(isSigned: double.sign == .minus, digits: digits, exponent: exponent)
        }
    }

    /// Parses the ASCII form (whitespace and underscores already removed).
    private static func parse(_ text: ArraySlice<UInt8>) -> PythonDecimal? {
        var rest = text
        var negative = false
        if let first = rest.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            rest = rest.dropFirst()
        }
        if let special = parseSpecial(rest, negative: negative) { return special }
        return parseFinite(rest, negative: negative)
    }

    /// `Inf`, `Infinity`, `NaN…`, `sNaN…` in any case.
    private static func parseSpecial(_ text: ArraySlice<UInt8>, negative: Bool) -> PythonDecimal? {
        let lower = text.map { $0 | 0x20 }
        if lower.elementsEqual("inf".utf8) || lower.elementsEqual("infinity".utf8) {
            return PythonDecimal(kind: .infinity, isSigned: negative, digits: [], exponent: 0)
        }
        let kind: Kind
        let payload: ArraySlice<UInt8>
        if lower.starts(with: "nan".utf8) {
            kind = .nan
            payload = text.dropFirst(3)
        } else if lower.starts(with: "snan".utf8) {
            kind = .signalingNaN
            payload = text.dropFirst(4)
        } else {
            return nil
        }
        guard payload.allSatisfy(NumericSyntax.isASCIIDigit) else { return nil }
        return PythonDecimal(kind: kind, isSigned: negative, digits: payload.map { $0 &- 48 }, exponent: 0)
    }

    /// `digits[.digits][e[±]digits]` with at least one coefficient digit.
    private static func parseFinite(_ text: ArraySlice<UInt8>, negative: Bool) -> PythonDecimal? {
        var digits: [UInt8] = []
        digits.reserveCapacity(text.count)
        var fractionDigits = 0
        var seenPoint = false
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if NumericSyntax.isASCIIDigit(byte) {
                digits.append(byte &- 48)
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                break
            }
            index += 1
        }
        guard !digits.isEmpty else { return nil }
        var exponent = 0
        if index < text.endIndex {
            guard text[index] | 0x20 == UInt8(ascii: "e"),
                let parsed = NumericSyntax.parseExponent(text[(index + 1)...])
            else { return nil }
            exponent = parsed
        }
        return PythonDecimal(isSigned: negative, digits: digits, exponent: exponent - fractionDigits)
    }
}
