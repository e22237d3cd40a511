/// The part of `django.utils.numberformat.format` (via `formats.number_format`) that the numeric
/// filters need, for the `en` locale with `USE_THOUSAND_SEPARATOR = False`: decimal separator
/// `.`, and groups of three joined by `,` only when grouping is forced.
package enum NumberFormat {
    /// Formats a number given as text (`"-1234.5"`): the fraction is cut or zero-padded to
    /// `decimalPositions` digits and, with `grouping`, the integer part is split in threes by `,`.
    package static func format(_ number: String, decimalPositions: Int?, grouping: Bool) -> String {
        var bytes = Array(number.utf8)[...]
        var output: [UInt8] = []
        if bytes.first == UInt8(ascii: "-") {
            output.append(UInt8(ascii: "-"))
            bytes = bytes.dropFirst()
        }
        var integerPart = bytes
        var fractionPart: ArraySlice<UInt8> = []
        if let point = bytes.firstIndex(of: UInt8(ascii: ".")) {
            integerPart = bytes[..<point]
            fractionPart = bytes[(point + 1)...]
            if let decimalPositions { fractionPart = fractionPart.prefix(decimalPositions) }
        }
        appendInteger(integerPart, grouping: grouping, to: &output)
        let padding = max((decimalPositions ?? 0) - fractionPart.count, 0)
        if !fractionPart.isEmpty || padding > 0 {
            output.append(UInt8(ascii: "."))
            output += fractionPart
            output += repeatElement(UInt8(ascii: "0"), count: padding)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Copies the integer digits, inserting `,` between groups of three when `grouping`.
    private static func appendInteger(_ digits: ArraySlice<UInt8>, grouping: Bool, to output: inout [UInt8]) {
        guard grouping else {
            output += digits
            return
        }
        let scalars = Array(String(decoding: digits, as: UTF8.self).unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if index > 0 && (scalars.count - index) % 3 == 0 { output.append(UInt8(ascii: ",")) }
            output += Array(String(scalar).utf8)
        }
    }

    /// Formats a float as `number_format(float, decimalPositions)` does without grouping: its
    /// `repr()`, except that values whose repr has an exponent go through `Decimal` (plain
    /// notation, or `{:e}` notation beyond 200 digits).
    package static func format(_ double: Double, decimalPositions: Int) -> String {
        let text = PythonFloat.repr(double)
        guard text.utf8.contains(UInt8(ascii: "e")), var decimal = PythonDecimal(text) else {
            return format(text, decimalPositions: decimalPositions, grouping: false)
        }
        let cutoff = PythonDecimal(isSigned: false, digits: [1], exponent: -decimalPositions)
        if decimal.magnitude < cutoff { decimal = PythonDecimal(0) }
        guard decimal.digits.count + abs(decimal.exponent) > 200 else {
            return format(decimal.fixedPointDescription, decimalPositions: decimalPositions, grouping: false)
        }
        let (coefficient, exponent) = scientificParts(decimal)
        return format(coefficient, decimalPositions: decimalPositions, grouping: false) + "e" + exponent
    }

    /// Python's `"{:e}".format(decimal)` split at the `e`, e.g. `("-1.5", "+300")`.
    private static func scientificParts(_ decimal: PythonDecimal) -> (coefficient: String, exponent: String) {
        let digitText = decimal.digitText
        var coefficient = decimal.isSigned ? "-" : ""
        coefficient += String(digitText.prefix(1))
        if digitText.utf8.count > 1 { coefficient += "." + digitText.dropFirst() }
        let exponent = decimal.adjusted
        return (coefficient, (exponent < 0 ? "-" : "+") + String(exponent.magnitude))
    }
}
