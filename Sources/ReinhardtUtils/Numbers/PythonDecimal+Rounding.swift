extension PythonDecimal {
    /// The rounding modes of Python's `decimal` module that Django and the formatters use.
    public enum Rounding: Sendable, Hashable {
        /// `ROUND_HALF_UP`: ties away from zero.
        case halfUp
        /// `ROUND_HALF_EVEN`: ties to the even neighbour (banker's rounding).
        case halfEven
        /// `ROUND_DOWN`: towards zero (truncation).
        case down
    }

    /// Python's `d.quantize(Decimal(1).scaleb(exponent), rounding)` with enough precision for the
    /// result: the value rounded (or zero-extended) to exactly `exponent`. NaNs are returned
    /// unchanged; `nil` for infinities, where Python raises `InvalidOperation`.
    public func quantized(exponent target: Int, rounding: Rounding) -> PythonDecimal? {
        switch kind {
        case .nan, .signalingNaN: return self
        case .infinity: return nil
        case .finite: break
        }
        if target <= exponent {
            let padded = digits + repeatElement(0, count: exponent - target)
            return PythonDecimal(isSigned: isSigned, digits: padded, exponent: target)
        }
        let kept = digits.count - (target - exponent)
        var result = kept > 0 ? Array(digits[..<kept]) : [0]
        if roundsAway(keptCount: kept, rounding: rounding) { Self.increment(&result) }
        return PythonDecimal(isSigned: isSigned, digits: result, exponent: target)
    }

    /// Whether dropping every digit from index `keptCount` on rounds the kept part away from zero.
    private func roundsAway(keptCount: Int, rounding: Rounding) -> Bool {
        guard keptCount >= 0, rounding != .down else { return false }
        guard keptCount < digits.count else { return false }
        let first = digits[keptCount]
        if first != 5 || rounding == .halfUp { return first >= 5 }
        if digits[(keptCount + 1)...].contains(where: { $0 != 0 }) { return true }
        let lastKept = keptCount > 0 ? digits[keptCount - 1] : 0
        return lastKept % 2 == 1
    }

    /// Adds one unit in the last place to a digit array.
    private static func increment(_ digits: inout [UInt8]) {
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] < 9 {
                digits[index] += 1
                return
            }
            digits[index] = 0
            index -= 1
        }
        digits.insert(1, at: 0)
    }

    /// The value rounded to `count` (≥ 1) significant digits with `rounding`, keeping exactly
    /// `count` digits (a carry such as 9.99 → 10.0 moves the exponent up instead).
    package func rounded(significantDigits count: Int, rounding: Rounding) -> PythonDecimal {
        guard kind == .finite else { return self }
        guard let first = quantized(exponent: adjusted - count + 1, rounding: rounding) else { return self }
        if first.digits.count <= count { return first }
        return first.quantized(exponent: first.exponent + 1, rounding: .down) ?? first
    }

    /// Python's `int(d)` as decimal digits (no sign), e.g. `1E+3` → `"1000"`, `-3.7` → `"3"`;
    /// `nil` for NaNs and infinities, where Python raises.
    package var truncatedDigitText: String? {
        guard kind == .finite, let whole = quantized(exponent: max(exponent, 0), rounding: .down) else { return nil }
        var text = whole.digitText
        if whole.exponent > 0 && !whole.isZero { text += String(repeating: "0", count: whole.exponent) }
        return text
    }

    /// Python's `int(d)` (truncation towards zero) when it fits in an `Int`; `nil` for NaNs,
    /// infinities and values out of range.
    public var truncatedInt: Int? {
        guard let text = truncatedDigitText else { return nil }
        if isSigned {
            return Int("-" + text)
        }
        return Int(text)
    }

    /// Python's `float(d)`: the nearest `Double` (±infinity when out of range, NaN for NaNs;
    /// Python raises for `sNaN`).
    public var doubleValue: Double {
        switch kind {
        case .nan, .signalingNaN: return isSigned ? -Double.nan : .nan
        case .infinity: return isSigned ? -.infinity : .infinity
        case .finite:
            let magnitude = Double(digitText + "e" + String(exponent)) ?? .nan
            return isSigned ? -magnitude : magnitude
        }
    }
}
