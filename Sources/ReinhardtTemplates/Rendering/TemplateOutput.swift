import ReinhardtUtils

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
        ReinhardtUtils.appendEscapedHTML(text, to: &bytes)
    }
}
