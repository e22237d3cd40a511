/// Escapes text for HTML, exactly as Django's `escape()` (Python's `html.escape(quote=True)`):
/// `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`, `"` → `&quot;`, `'` → `&#x27;`.
///
/// Always escapes, even text that is already escaped (`&amp;` becomes `&amp;amp;`).
///
/// - Parameter text: Any text.
/// - Returns: Text safe inside HTML elements and quoted attribute values.
public func escapeHTML(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes -> String? in
        var extra = 0
        for byte in bytes { extra &+= HTMLEscaper.extraLength(byte) }
        guard extra > 0 else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
            HTMLEscaper.escape(bytes, into: output)
        }
    } ?? text
}

/// Appends the UTF-8 of `text` to `output` escaped exactly as ``escapeHTML(_:)``: the form for
/// writers that build bytes, such as the template engine's output. Unescaped runs are copied whole.
public func appendEscapedHTML(_ text: String, to output: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
        var runStart = 0
        for index in bytes.indices {
            guard let entity = HTMLEscaper.entity(for: bytes[index]) else { continue }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            runStart = index + 1
        }
        if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }
}

/// The byte-level work behind ``escapeHTML(_:)``: one pass to size the output, one to fill it.
private enum HTMLEscaper {
    /// The entity replacing `byte`, or nil when the byte is kept. `&<>"'` are all below 64, so
    /// one bit test in a mask rules out every other byte.
    @inline(__always)
    static func entity(for byte: UInt8) -> StaticString? {
        let escaped: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27
        guard byte < 64, escaped & (1 << UInt64(byte)) != 0 else { return nil }
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        default: return "&#x27;"
        }
    }

    /// How many bytes longer the entity for `byte` is than the byte itself (0 if it is kept).
    @inline(__always)
    static func extraLength(_ byte: UInt8) -> Int {
        entity(for: byte).map { $0.utf8CodeUnitCount - 1 } ?? 0
    }

    /// Writes the escaped bytes; `output` is exactly as long as needed. Returns the length.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        for byte in bytes {
            guard let entity = entity(for: byte) else {
                output[written] = byte
                written += 1
                continue
            }
            for entityByte in UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount) {
                output[written] = entityByte
                written += 1
            }
        }
        return written
    }
}
