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

/// Appends `text` to `output` escaped exactly as ``escapeHTML(_:)``, without building an
/// intermediate string: the template engine's output path.
public func appendEscapedHTML(_ text: String, to output: inout String) {
    let utf8 = text.utf8
    let handled: Void? = utf8.withContiguousStorageIfAvailable { bytes in
        var index = 0
        while index < bytes.count, !HTMLEscaper.isEscaped(bytes[index]) { index += 1 }
        guard index < bytes.count else { return output.append(text) }
        var runStart = 0
        while index < bytes.count {
            if HTMLEscaper.isEscaped(bytes[index]) {
                if runStart != index { output.append(contentsOf: text[utf8Index(runStart, in: utf8)..<utf8Index(index, in: utf8)]) }
                output.append(HTMLEscaper.entity(bytes[index]))
                runStart = index + 1
            }
            index += 1
        }
        if runStart != bytes.count { output.append(contentsOf: text[utf8Index(runStart, in: utf8)...]) }
    }
    if handled == nil { output.append(escapeHTML(text)) }
}

/// The index `offset` bytes into `utf8` (constant time on native strings).
@inline(__always)
private func utf8Index(_ offset: Int, in utf8: String.UTF8View) -> String.Index {
    utf8.index(utf8.startIndex, offsetBy: offset)
}

extension HTMLEscaper {
    /// Whether `byte` is one of `&<>"'`: one bit test in a mask of the ASCII bytes below 64.
    @inline(__always)
    static func isEscaped(_ byte: UInt8) -> Bool {
        let mask: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27
        return byte < 64 && mask & (1 << UInt64(byte)) != 0
    }

    /// The entity for an escaped byte.
    static func entity(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        default: return "&#x27;"
        }
    }
}
