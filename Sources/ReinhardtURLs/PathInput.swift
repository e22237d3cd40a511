/// A path being matched: its UTF-8 bytes addressed by integer offsets, plus the `String` they came from,
/// so captured pieces can be handed out as `Substring`s without copying.
///
/// Matching compares code points (UTF-8 bytes), never Swift `Character`s: Django compares routes code
/// point by code point, so `"cafe\u{301}"` must not match the route `café`.
struct PathInput {
    /// The matched text.
    let string: String
    /// Its UTF-8 bytes; valid only inside ``with(_:_:)``.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The number of UTF-8 bytes.
    var count: Int { bytes.count }

    /// Runs `body` with the path's contiguous UTF-8 bytes.
    static func with<Result>(_ string: String, _ body: (PathInput) -> Result) -> Result {
        var native = string
        native.makeContiguousUTF8()
        let text = native
        return text.utf8.withContiguousStorageIfAvailable { body(PathInput(string: text, bytes: $0)) }!
    }

    /// The `String.Index` of a byte offset (O(1) for native strings).
    func index(_ offset: Int) -> String.Index {
        string.utf8.index(string.utf8.startIndex, offsetBy: offset)
    }

    /// The byte offset of a `String.Index`.
    func offset(of index: String.Index) -> Int {
        string.utf8.distance(from: string.utf8.startIndex, to: index)
    }

    /// The text between two byte offsets.
    func substring(_ range: Range<Int>) -> Substring {
        string[index(range.lowerBound)..<index(range.upperBound)]
    }

    /// The text between two byte offsets, as a new `String`.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether `offset` starts a code point (or is the end).
    func isScalarBoundary(_ offset: Int) -> Bool {
        offset >= bytes.count || bytes[offset] & 0xC0 != 0x80
    }

    /// Whether `literal` occurs at `offset`.
    func hasLiteral(_ literal: [UInt8], at offset: Int) -> Bool {
        guard offset + literal.count <= bytes.count else { return false }
        var index = 0
        while index < literal.count {
            if bytes[offset + index] != literal[index] { return false }
            index += 1
        }
        return true
    }
}
