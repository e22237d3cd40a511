/// Percent-encoding and -decoding over UTF-8 bytes, mirroring Python's `urllib.parse.quote`,
/// `quote_plus` and `unquote` (with `errors="replace"`), which Django's helpers build on.
package enum PercentCoding {
    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// The value of an ASCII hex digit, or `nil`.
    @inline(__always)
    package static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte &- UInt8(ascii: "A") &+ 10
        default: return nil
        }
    }

    /// Appends `%XX` (upper-case hex, as Python writes it) for `byte`.
    @inline(__always)
    package static func appendEscaped(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "%"))
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0x0F)])
    }

    /// Python's `quote(string, safe)` (or `quote_plus` when `spaceAsPlus`): every UTF-8 byte that is
    /// neither always safe nor in `safe` becomes `%XX`.
    package static func quote(_ string: String, safe: ByteSet, spaceAsPlus: Bool = false) -> String {
        let keep = safe.union(.alwaysSafe)
        var string = string
        return string.withUTF8 { bytes -> String? in
            var escapes = 0
            for byte in bytes where !keep.contains(byte) && !(spaceAsPlus && byte == UInt8(ascii: " ")) {
                escapes += 1
            }
            let plusses = spaceAsPlus ? bytes.count { $0 == UInt8(ascii: " ") && !keep.contains($0) } : 0
            guard escapes + plusses > 0 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + 2 * escapes) { output in
                quote(bytes, keep: keep, spaceAsPlus: spaceAsPlus, into: output)
            }
        } ?? string
    }

    /// Writes the quoted bytes into `output` (exactly long enough); returns the length.
    private static func quote(
        _ bytes: UnsafeBufferPointer<UInt8>, keep: ByteSet, spaceAsPlus: Bool, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var written = 0
        for byte in bytes {
            if keep.contains(byte) {
                output[written] = byte
                written += 1
            } else if spaceAsPlus && byte == UInt8(ascii: " ") {
                output[written] = UInt8(ascii: "+")
                written += 1
            } else {
                output[written] = UInt8(ascii: "%")
                output[written + 1] = hexDigits[Int(byte >> 4)]
                output[written + 2] = hexDigits[Int(byte & 0x0F)]
                written += 3
            }
        }
        return written
    }

    /// Python's `unquote(string.replace("+", " "))` (when `plusAsSpace`) or `unquote(string)` over a
    /// slice of valid UTF-8: decoded bytes that do not form valid UTF-8 become U+FFFD, one per
    /// maximal invalid subpart, exactly as Python's `"replace"` error handler does.
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, plusAsSpace: Bool) -> String {
        var needsWork = false
        for byte in bytes where byte == UInt8(ascii: "%") || (plusAsSpace && byte == UInt8(ascii: "+")) {
            needsWork = true
            break
        }
        guard needsWork else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            decode(bytes, plusAsSpace: plusAsSpace, into: output)
        }
    }

    /// Decodes into `output` (at least `bytes.count` long) and returns the number of bytes written.
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, plusAsSpace: Bool, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var written = 0
        var index = 0
        let count = bytes.count
        while index < count {
            var byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                byte = high << 4 | low
                index += 2
            } else if plusAsSpace && byte == UInt8(ascii: "+") {
                byte = UInt8(ascii: " ")
            }
            output[written] = byte
            written += 1
            index += 1
        }
        return written
    }
}
