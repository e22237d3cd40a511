/// Exact decimal expansion of binary floating-point values, the basis of Python's
/// `Decimal(float)`, `%f`/`%e`/`%g` and `round(float, n)` (all correctly rounded).
package enum BinaryExpansion {
    /// The exact value of a finite, non-negative `double` as coefficient digits and a decimal
    /// exponent, reduced as Python's `Decimal(float)` does (`0.5` → `[5], -1`; `0.0` → `[0], 0`).
    package static func exactDecimal(of double: Double) -> (digits: [UInt8], exponent: Int) {
        guard double != 0 else { return ([0], 0) }
        var significand = double.significandBitPattern
        var binaryExponent = Int(double.exponentBitPattern)
        if binaryExponent == 0 {
            binaryExponent = 1
        } else {
            significand |= 1 << 52
        }
        binaryExponent -= 1075
        while binaryExponent < 0 && significand & 1 == 0 {
            significand >>= 1
            binaryExponent += 1
        }
        var number = LimbNumber(significand)
        if binaryExponent >= 0 {
            number.multiply(byPowerOfTwo: binaryExponent)
            return (number.decimalDigits(), 0)
        }
        number.multiply(byPowerOfFive: -binaryExponent)
        return (number.decimalDigits(), binaryExponent)
    }
}

/// A minimal unsigned big integer (little-endian 32-bit limbs) for exact expansions.
private struct LimbNumber {
    private var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        trim()
    }

    private mutating func trim() {
        while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
    }

    /// self *= factor (factor < 2^32).
    private mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for index in limbs.indices {
            let product = UInt64(limbs[index]) * UInt64(factor) + carry
            limbs[index] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
    }

    mutating func multiply(byPowerOfFive power: Int) {
        var remaining = power
        while remaining >= 13 {
            multiply(by: 1_220_703_125)
            remaining -= 13
        }
        var factor: UInt32 = 1
        for _ in 0..<remaining { factor *= 5 }
        multiply(by: factor)
    }

    mutating func multiply(byPowerOfTwo power: Int) {
        let wholeLimbs = power / 32, bits = power % 32
        if bits > 0 { multiply(by: 1 << UInt32(bits)) }
        limbs.insert(contentsOf: repeatElement(0, count: wholeLimbs), at: 0)
    }

    /// Divides by 10^9 in place and returns the remainder.
    private mutating func divideByBillion() -> UInt32 {
        var remainder: UInt64 = 0
        for index in limbs.indices.reversed() {
            let current = remainder << 32 | UInt64(limbs[index])
            limbs[index] = UInt32(current / 1_000_000_000)
            remainder = current % 1_000_000_000
        }
        trim()
        return UInt32(remainder)
    }

    /// The decimal digits, most significant first.
    func decimalDigits() -> [UInt8] {
        var copy = self
        var chunks: [UInt32] = []
        repeat { chunks.append(copy.divideByBillion()) } while copy.limbs != [0]
        var digits: [UInt8] = []
        digits.reserveCapacity(chunks.count * 9)
        for (position, chunk) in chunks.reversed().enumerated() {
            var chunkDigits = [UInt8](repeating: 0, count: 9)
            var value = chunk
            for slot in (0..<9).reversed() {
                chunkDigits[slot] = UInt8(value % 10)
                value /= 10
            }
            digits += position == 0 ? Array(chunkDigits.drop(while: { $0 == 0 })) : chunkDigits
        }
        return digits.isEmpty ? [0] : digits
    }
}
