/// A set of byte values, stored as a 256-bit bitmap, for the character classes the helpers test on
/// hot paths (which bytes `quote()` leaves alone, which bytes a cookie value may carry unquoted).
package struct ByteSet: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// An empty set.
    package init() {}

    /// A set holding the UTF-8 bytes of the ASCII characters in `ascii`; non-ASCII characters are
    /// ignored, as Python's `quote()` ignores them in its `safe` argument.
    package init(_ ascii: String) {
        for byte in ascii.utf8 where byte < 0x80 { insert(byte) }
    }

    /// Adds one byte value.
    package mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    /// Whether `byte` is in the set.
    @inline(__always)
    package func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    /// The union of two sets.
    package func union(_ other: ByteSet) -> ByteSet {
        var result = self
        result.words.0 |= other.words.0
        result.words.1 |= other.words.1
        result.words.2 |= other.words.2
        result.words.3 |= other.words.3
        return result
    }

    /// The bytes Python's `urllib.parse.quote()` never escapes: ASCII letters, digits and `_.-~`.
    package static let alwaysSafe = ByteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
}
