/// The percent-encoding `reverse()` applies, byte for byte as Python's `urllib.parse.quote` and
/// `quote_plus` with the safe sets Django passes.
enum PercentEncoding {
    /// Bytes `reverse()` leaves alone in a path: Python's always-safe letters, digits and `_.-~`, plus
    /// RFC 3986 sub-delims and `/~:@` (Django's `RFC3986_SUBDELIMS + "/~:@"`), as a lookup table.
    private static let pathSafe: [Bool] = (0...255).map { byte in
        isAlwaysSafe(UInt8(byte)) || "!$&'()*+,;=/~:@".utf8.contains(UInt8(byte))
    }

    /// Python's `quote(text, safe="!$&'()*+,;=/~:@")`: UTF-8, uppercase hex.
    static func quote(_ text: String) -> String {
        if text.utf8.allSatisfy(isPathSafe) { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if pathSafe[Int(byte)] {
                output.append(byte)
            } else {
                appendEscape(byte, to: &output)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Python's `quote_plus(text)`: like ``quote(_:safe:)`` with nothing extra safe, and spaces as `+`.
    static func quotePlus(_ text: String) -> String {
        var output: [UInt8] = []
        for byte in text.utf8 {
            if isAlwaysSafe(byte) {
                output.append(byte)
            } else if byte == 0x20 {
                output.append(UInt8(ascii: "+"))
            } else {
                appendEscape(byte, to: &output)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Django's `escape_leading_slashes`: `//host` would be read as a host, so it becomes `/%2Fhost`.
    static func escapeLeadingSlashes(_ url: String) -> String {
        url.hasPrefix("//") ? "/%2F" + url.dropFirst(2) : url
    }

    /// Django's `urlencode(query, doseq=True)` for pairs: `key=value&…` with `quote_plus`.
    static func queryString(_ pairs: [(String, String)]) -> String {
        pairs.map { quotePlus($0.0) + "=" + quotePlus($0.1) }.joined(separator: "&")
    }

    /// The same set as `pathSafe`, without the table (no lazy global on the common path).
    private static func isPathSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "~"), UInt8(ascii: "!"),
             UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="),
             UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "@"):
            return true
        default: return false
        }
    }

    private static func isAlwaysSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "%"))
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0x0F)])
    }
}

/// Percent-encodes a path the way `reverse()` does (Python's `quote` with RFC 3986 sub-delims and
/// `/~:@` kept), then escapes a leading `//` as `/%2F`.
/// - Parameter path: A decoded path such as `"/files/a b/ü.txt"`.
/// - Returns: The encoded path, e.g. `"/files/a%20b/%C3%BC.txt"`.
public func percentEncodePathForReverse(_ path: String) -> String {
    PercentEncoding.escapeLeadingSlashes(PercentEncoding.quote(path))
}
