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

/// The byte-level work behind ``escapeHTML(_:)``: one pass to size the output, one to fill it.
private enum HTMLEscaper {
    /// How many bytes longer the entity for `byte` is than the byte itself (0 if it is kept).
    @inline(__always)
    static func extraLength(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "&"): return 4
        case UInt8(ascii: "<"), UInt8(ascii: ">"): return 3
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return 5
        default: return 0
        }
    }

    /// Writes the escaped bytes; `output` is exactly as long as needed. Returns the length.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): write("&amp;", to: output, at: &written)
            case UInt8(ascii: "<"): write("&lt;", to: output, at: &written)
            case UInt8(ascii: ">"): write("&gt;", to: output, at: &written)
            case UInt8(ascii: "\""): write("&quot;", to: output, at: &written)
            case UInt8(ascii: "'"): write("&#x27;", to: output, at: &written)
            default:
                output[written] = byte
                written += 1
            }
        }
        return written
    }

    @inline(__always)
    private static func write(_ entity: StaticString, to output: UnsafeMutableBufferPointer<UInt8>, at written: inout Int) {
        let source = UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount)
        for byte in source {
            output[written] = byte
            written += 1
        }
    }
}
