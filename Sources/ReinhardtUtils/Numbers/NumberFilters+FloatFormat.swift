extension NumberFilters {
    /// Django's `floatformat` filter: `argument` is the filter argument as text (`nil` when absent,
    /// meaning `-1`): an integer number of decimal places (negative: only when the value is not
    /// whole), optionally suffixed with `g` (group thousands with `,`), `u` (unlocalised), or both.
    /// Unparseable values give `""`; an invalid argument, NaN, infinities and values with more than
    /// 200 digits give the value's `str()` back. Rounding is `ROUND_HALF_UP` on the decimal value
    /// (floats go through their `repr()`).
    public static func floatformat(_ value: NumericText, argument: String?) -> String {
        let inputText = value.pythonString
        guard let decimal = PythonDecimal(inputText) ?? PythonFloat.parse(inputText).map({ PythonDecimal($0) }) else {
            return ""
        }
        guard let options = FloatFormatOptions(argument) else { return inputText }
        guard decimal.isFinite, decimal.digits.count + abs(decimal.exponent) <= 200 else { return inputText }
        let places = options.places
        if decimal.isIntegral && places <= 0 {
            var text = decimal.isSigned && !decimal.isZero ? "-" : ""
            text += decimal.truncatedDigitText ?? "0"
            return NumberFormat.format(text, decimalPositions: 0, grouping: options.grouping)
        }
        let placeCount = places == .min ? Int.max : abs(places)
        let rounded = decimal.quantized(exponent: -placeCount, rounding: PythonDecimal.Rounding.halfUp) ?? decimal
        return NumberFormat.format(fixedPointText(rounded), decimalPositions: placeCount, grouping: options.grouping)
    }

    /// The digits of a quantized value with the point placed (`"-12.50"`, `"3."`), dropping the
    /// sign of zero as `floatformat` does.
    private static func fixedPointText(_ decimal: PythonDecimal) -> String {
        let fractionCount = max(-decimal.exponent, 0)
        var digits = decimal.digitText
        if digits.utf8.count <= fractionCount {
            digits = String(repeating: "0", count: fractionCount + 1 - digits.utf8.count) + digits
        }
        let integerCount = digits.utf8.count - fractionCount
        let sign = decimal.isSigned && !decimal.isZero ? "-" : ""
        return sign + digits.prefix(integerCount) + "." + digits.dropFirst(integerCount)
    }
}

/// The parsed `floatformat` argument.
private struct FloatFormatOptions {
    var places: Int
    var grouping: Bool

    /// Reads the suffixes and the integer; `nil` when Django would return the input unchanged.
    init?(_ argument: String?) {
        guard var text = argument else {
            (places, grouping) = (-1, false)
            return
        }
        // Django raises IndexError for an empty argument; treat it as invalid.
        guard !text.isEmpty else { return nil }
        var forceGrouping = false, localized = true
        if text.hasSuffix("gu") || text.hasSuffix("ug") {
            (forceGrouping, localized) = (true, false)
            text.removeLast(2)
        } else if text.hasSuffix("g") {
            forceGrouping = true
            text.removeLast()
        } else if text.hasSuffix("u") {
            localized = false
            text.removeLast()
        }
        // `arg[:-n] or -1`: a bare suffix means the default.
        guard let parsed = text.isEmpty ? -1 : PythonInt.parse(text) else { return nil }
        places = parsed
        // Unlocalised formatting uses settings.NUMBER_GROUPING, which defaults to 0 (no groups).
        grouping = forceGrouping && localized
    }
}
