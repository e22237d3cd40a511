extension NumberFilters {
    /// Django's `filesizeformat` filter: `"13\u{a0}KB"`, `"4.1\u{a0}MB"`, `"1\u{a0}byte"`,
    /// `"-102\u{a0}bytes"`. The value is truncated with Python's `int()` first; values `int()`
    /// rejects (text such as `"1.5"`, NaN) give `"0\u{a0}bytes"`. Django raises `OverflowError`
    /// for infinite floats and decimals and for integers beyond the float range (about 1e308);
    /// this returns `"0\u{a0}bytes"` for them as well.
    public static func filesizeformat(_ value: NumericText) -> String {
        guard let size = FileSize(value) else { return "0\u{a0}bytes" }
        let text: String
        if size.magnitude < 1024 {
            let count = Int(size.magnitude)
            text = "\(count)\u{a0}\(count == 1 ? "byte" : "bytes")"
        } else {
            let units: [(String, Double)] = [("KB", 0x1p10), ("MB", 0x1p20), ("GB", 0x1p30), ("TB", 0x1p40)]
            let (unit, scale) = units.last(where: { size.magnitude >= $0.1 && size.magnitude < $0.1 * 1024 }) ?? ("PB", 0x1p50)
            let rounded = PythonFloat.round(size.magnitude / scale, digits: 1)
            text = NumberFormat.format(rounded, decimalPositions: 1) + "\u{a0}" + unit
        }
        return size.isNegative ? "-" + text : text
    }
}

/// The integer `int(value)` as its sign and its magnitude rounded to a float (exact below 2^53,
/// which covers every unit threshold).
private struct FileSize {
    var isNegative: Bool
    var magnitude: Double

    init?(_ value: NumericText) {
        switch value {
        case .int(let int):
            (isNegative, magnitude) = (int < 0, Double(int.magnitude))
        case .double(let double):
            guard double.isFinite else { return nil }
            let whole = double.rounded(.towardZero)
            (isNegative, magnitude) = (whole < 0, whole.magnitude)
        case .decimal(let decimal):
            // Beyond ~1e308 Python raises OverflowError dividing by the unit; avoid expanding huge exponents.
            guard decimal.adjusted < 400, let digits = decimal.truncatedDigitText, let whole = Double(digits), whole.isFinite else {
                return nil
            }
            (isNegative, magnitude) = (decimal.isSigned && whole != 0, whole)
        case .text(let text):
            guard var digits = PythonInt.digitText(text) else { return nil }
            let negative = digits.first == UInt8(ascii: "-")
            if negative || digits.first == UInt8(ascii: "+") { digits.removeFirst() }
            guard let whole = Double(String(decoding: digits, as: UTF8.self)), whole.isFinite else { return nil }
            (isNegative, magnitude) = (negative && whole != 0, whole)
        }
    }
}
