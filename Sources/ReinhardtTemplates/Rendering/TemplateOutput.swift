/// What a render writes: UTF-8 bytes appended piece by piece, turned into text once at the end.
///
/// Appending to a `String` pays for uniqueness, capacity, count and ASCII-flag bookkeeping on every
/// piece; a page is hundreds of small pieces (text between tags, escaped values), so nodes append to
/// a byte array instead — a capacity check and a copy each.
public struct TemplateOutput: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Empty output with room for `capacity` bytes.
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The output as text.
    ///
    /// The bytes are not validated again: every append copies the UTF-8 of a `String` or an ASCII
    /// entity, so they are valid UTF-8 by construction (validating a page of non-ASCII text costs
    /// more than rendering it).
    public var text: String { String(copying: unsafe UTF8Span(unchecked: bytes.span)) }

    /// The number of bytes written.
    public var count: Int { bytes.count }

    /// Appends `text` as it is.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends another output.
    public mutating func append(_ other: TemplateOutput) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends `text` escaped for HTML exactly as Django's `escape()`: `&<>"'` become entities.
    public mutating func appendEscapedHTML(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            for index in source.indices where Self.isEscaped(source[index]) {
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                Self.appendEntity(for: source[index], to: &bytes)
                runStart = index + 1
            }
            if runStart < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
        }
    }

    /// Whether `byte` is one of `&<>"'`: one bit test in a mask of the ASCII bytes below 64.
    @inline(__always)
    private static func isEscaped(_ byte: UInt8) -> Bool {
        let mask: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27
        return byte < 64 && mask & (1 << UInt64(byte)) != 0
    }

    private static func appendEntity(for byte: UInt8, to bytes: inout [UInt8]) {
        let entity: StaticString
        switch byte {
        case UInt8(ascii: "&"): entity = "&amp;"
        case UInt8(ascii: "<"): entity = "&lt;"
        case UInt8(ascii: ">"): entity = "&gt;"
        case UInt8(ascii: "\""): entity = "&quot;"
        default: entity = "&#x27;"
        }
        bytes.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
    }
}
