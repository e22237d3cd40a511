import ReinhardtUtils
/// Turns the path as it came on the wire into Django's `path_info`: percent-escapes are decoded to
/// bytes, the bytes are read as UTF-8, and any byte sequence that is not valid UTF-8 is
/// percent-encoded again (Django's `repercent_broken_unicode`), so `/caf%C3%A9/` becomes `/café/`
/// and `/%FF/` stays `/%FF/`. Escapes that are not two hex digits are left as they are.
enum PathDecoding {
    /// Decodes `raw` (the path without its query string).
    static func decode(_ raw: Substring) -> String {
        let utf8 = raw.utf8
        guard ExactText.contains(raw, UInt8(ascii: "%")) else { return String(raw) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%"), let decoded = hexPair(utf8, after: index) {
                bytes.append(decoded)
                index = utf8.index(index, offsetBy: 3)
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return repercentBrokenUnicode(bytes)
    }

    /// The byte encoded by the two hex digits after a `%`, if they are hex digits.
    static func hexPair(_ utf8: Substring.UTF8View, after percent: Substring.UTF8View.Index) -> UInt8? {
        let first = utf8.index(after: percent)
        guard first < utf8.endIndex else { return nil }
        let second = utf8.index(after: first)
        guard second < utf8.endIndex, let high = PercentCoding.hexValue(utf8[first]), let low = PercentCoding.hexValue(utf8[second]) else { return nil }
        return high << 4 | low
    }

    /// Reads `bytes` as UTF-8, percent-encoding every byte that is part of an invalid sequence.
    static func repercentBrokenUnicode(_ bytes: [UInt8]) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3)
        var start = 0
        while start < bytes.count {
            let length = validSequenceLength(bytes, at: start)
            if length > 0 {
                output.append(contentsOf: bytes[start..<start + length])
                start += length
            } else {
                PercentCoding.appendEscaped(bytes[start], to: &output)
                start += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The length of the valid UTF-8 scalar starting at `start`, or 0 if the byte starts no valid scalar.
    private static func validSequenceLength(_ bytes: [UInt8], at start: Int) -> Int {
        let lead = bytes[start]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard start + length <= bytes.count else { return 0 }
        return String(validating: bytes[start..<start + length], as: UTF8.self) == nil ? 0 : length
    }
}
