/// Python's `decimal.Decimal` as far as templates and an ORM need it: an exact decimal number
/// (sign, coefficient digits, exponent) or one of the special values NaN, sNaN and ±Infinity.
///
/// Equality and ordering are numeric, as in Python (`1.0 == 1.00`, `-0 == 0`); `description` is
/// Python's `str(Decimal)`. Unlike Python, NaNs compare equal to themselves so that the type
/// stays a lawful `Hashable`; ordering comparisons involving a NaN are `false`, as for `Double`.
public struct PythonDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What kind of value a ``PythonDecimal`` holds.
    public enum Kind: Sendable, Hashable {
        /// A finite number.
        case finite
        /// `Infinity` (with ``PythonDecimal/isSigned``, `-Infinity`).
        case infinity
        /// A quiet `NaN`.
        case nan
        /// A signalling `sNaN`.
        case signalingNaN
    }

    /// The kind of value.
    public let kind: Kind
    /// Whether the sign bit is set (true for `-0`, `-Infinity` and `-NaN` too).
    public let isSigned: Bool
    /// Coefficient digits (each 0...9), most significant first, without leading zeros; `[0]` for
    /// zero. For NaNs this is the diagnostic payload (empty when there is none); empty for infinities.
    public let digits: [UInt8]
    /// The power of ten the coefficient is scaled by (0 for special values).
    public let exponent: Int

    /// Creates a value from its parts, as Python's `Decimal((sign, digits, exponent))`; leading
    /// zeros of `digits` are dropped. `digits` must only hold values 0...9.
    public init(isSigned: Bool, digits: [UInt8], exponent: Int) {
        self.init(kind: .finite, isSigned: isSigned, digits: digits, exponent: exponent)
    }

    /// Creates a value of any kind, normalising the coefficient.
    package init(kind: Kind, isSigned: Bool, digits: [UInt8], exponent: Int) {
        self.kind = kind
        self.isSigned = isSigned
        let firstNonZero = digits.firstIndex(where: { $0 != 0 })
        switch kind {
        case .finite:
            self.digits = firstNonZero.map { Array(digits[$0...]) } ?? [0]
            self.exponent = exponent
        case .nan, .signalingNaN:
            self.digits = firstNonZero.map { Array(digits[$0...]) } ?? []
            self.exponent = 0
        case .infinity:
            self.digits = []
            self.exponent = 0
        }
    }

    /// A quiet NaN.
    public static let nan = PythonDecimal(kind: .nan, isSigned: false, digits: [], exponent: 0)
    /// Positive infinity.
    public static let infinity = PythonDecimal(kind: .infinity, isSigned: false, digits: [], exponent: 0)

    /// Whether this is a finite number.
    public var isFinite: Bool { kind == .finite }
    /// Whether this is a quiet or signalling NaN.
    public var isNaN: Bool { kind == .nan || kind == .signalingNaN }
    /// Whether this is ±Infinity.
    public var isInfinite: Bool { kind == .infinity }
    /// Whether this is a finite zero (of either sign and any exponent).
    public var isZero: Bool { kind == .finite && digits == [0] }

    /// Python's `adjusted()`: the exponent of the most significant digit (0 for special values).
    public var adjusted: Int { kind == .finite ? exponent + digits.count - 1 : 0 }

    /// Whether the value is a finite integer (`d == d.to_integral_value()` in Python).
    public var isIntegral: Bool {
        guard kind == .finite else { return false }
        if exponent >= 0 || isZero { return true }
        let fractionDigits = -exponent
        guard fractionDigits < digits.count else { return false }
        return digits[(digits.count - fractionDigits)...].allSatisfy { $0 == 0 }
    }

    /// The value with the sign flipped (`-d` without context rounding).
    public var negated: PythonDecimal {
        PythonDecimal(kind: kind, isSigned: !isSigned, digits: digits, exponent: exponent)
    }

    /// The absolute value (`abs(d)` without context rounding).
    public var magnitude: PythonDecimal {
        PythonDecimal(kind: kind, isSigned: false, digits: digits, exponent: exponent)
    }
}
