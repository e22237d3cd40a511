extension PythonDecimal {
    /// Python's `str(Decimal)`: plain notation when the exponent is ≤ 0 and the adjusted exponent
    /// is ≥ -6, scientific otherwise (`1E+2`, `1E-7`, `0.000001`, `-0`, `Infinity`, `NaN123`).
    public var description: String {
        var output: [UInt8] = isSigned ? [UInt8(ascii: "-")] : []
        switch kind {
        case .infinity: output += Array("Infinity".utf8)
        case .nan: output += Array("NaN".utf8); appendDigits(digits[...], to: &output)
        case .signalingNaN: output += Array("sNaN".utf8); appendDigits(digits[...], to: &output)
        case .finite: appendScientificString(to: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The finite part of `str(Decimal)`.
    private func appendScientificString(to output: inout [UInt8]) {
        let leftDigits = exponent + digits.count
        let dotPlace = exponent <= 0 && leftDigits > -6 ? leftDigits : 1
        appendCoefficient(dotPlace: dotPlace, to: &output)
        if leftDigits != dotPlace {
            output.append(UInt8(ascii: "E"))
            let shown = leftDigits - dotPlace
            output.append(UInt8(ascii: shown < 0 ? "-" : "+"))
            output += Array(String(shown.magnitude).utf8)
        }
    }

    /// Writes the coefficient with the decimal point after `dotPlace` digits.
    private func appendCoefficient(dotPlace: Int, to output: inout [UInt8]) {
        if dotPlace <= 0 {
            output += [UInt8(ascii: "0"), UInt8(ascii: ".")]
            output += repeatElement(UInt8(ascii: "0"), count: -dotPlace)
            appendDigits(digits[...], to: &output)
        } else if dotPlace >= digits.count {
            appendDigits(digits[...], to: &output)
            output += repeatElement(UInt8(ascii: "0"), count: dotPlace - digits.count)
        } else {
            appendDigits(digits[..<dotPlace], to: &output)
            output.append(UInt8(ascii: "."))
            appendDigits(digits[dotPlace...], to: &output)
        }
    }

    /// Python's `"{:f}".format(d)`: always plain notation (`1E+2` → `100`, `1E-7` → `0.0000001`).
    public var fixedPointDescription: String {
        guard kind == .finite else { return description }
        var output: [UInt8] = isSigned ? [UInt8(ascii: "-")] : []
        if isZero && exponent > 0 {
            output.append(UInt8(ascii: "0"))
        } else {
            appendCoefficient(dotPlace: digits.count + exponent, to: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The coefficient digits as ASCII text, e.g. `"12345"`.
    package var digitText: String {
        var output: [UInt8] = []
        appendDigits(digits[...], to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func appendDigits(_ slice: ArraySlice<UInt8>, to output: inout [UInt8]) {
        for digit in slice { output.append(digit &+ 48) }
    }
}

extension PythonDecimal {
    /// Numeric equality as Python's `==`, except that identical NaNs are equal (see the type docs).
    public static func == (lhs: PythonDecimal, rhs: PythonDecimal) -> Bool {
        if lhs.isNaN || rhs.isNaN {
            return lhs.kind == rhs.kind && lhs.isSigned == rhs.isSigned && lhs.digits == rhs.digits
        }
        return compare(lhs, rhs) == 0
    }

    /// Numeric ordering as Python's `<`; `false` when either side is a NaN.
    public static func < (lhs: PythonDecimal, rhs: PythonDecimal) -> Bool {
        if lhs.isNaN || rhs.isNaN { return false }
        return compare(lhs, rhs) < 0
    }

    /// Hashes the numeric value, so that `1.0` and `1.00` hash alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        if isZero { return }
        hasher.combine(isSigned)
        let significant = digits.lastIndex(where: { $0 != 0 }).map { digits[...$0] } ?? digits[...]
        hasher.combine(significant.count)
        for digit in significant { hasher.combine(digit) }
        if kind == .finite { hasher.combine(exponent + digits.count) }
    }

    /// -1, 0 or 1 comparing two non-NaN values.
    private static func compare(_ lhs: PythonDecimal, _ rhs: PythonDecimal) -> Int {
        let lhsSign = lhs.signum, rhsSign = rhs.signum
        if lhsSign != rhsSign { return lhsSign < rhsSign ? -1 : 1 }
        if lhsSign == 0 { return 0 }
        let magnitudeOrder = compareMagnitudes(lhs, rhs)
        return lhsSign > 0 ? magnitudeOrder : -magnitudeOrder
    }

    /// -1, 0 or 1 for a negative, zero or positive (non-NaN) value.
    private var signum: Int {
        if isZero { return 0 }
        return isSigned ? -1 : 1
    }

    /// Compares |lhs| and |rhs| for two non-zero values of the same sign.
    private static func compareMagnitudes(_ lhs: PythonDecimal, _ rhs: PythonDecimal) -> Int {
        switch (lhs.kind == .infinity, rhs.kind == .infinity) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false): break
        }
        if lhs.adjusted != rhs.adjusted { return lhs.adjusted < rhs.adjusted ? -1 : 1 }
        let length = max(lhs.digits.count, rhs.digits.count)
        for index in 0..<length {
            let left = index < lhs.digits.count ? lhs.digits[index] : 0
            let right = index < rhs.digits.count ? rhs.digits[index] : 0
            if left != right { return left < right ? -1 : 1 }
        }
        return 0
    }
}
