import ReinhardtUtils
internal import Foundation

/// The scheme and network location of a URL as Python's `urllib.parse.urlsplit()` finds them —
/// including its quirks — for ``urlHasAllowedHostAndScheme(_:allowedHosts:requireHTTPS:)``.
///
/// `nil` from ``init(_:)`` stands for the `ValueError` Python raises (bad brackets, an invalid
/// IPv6 literal, a netloc that NFKC-normalizes to URL delimiters). Every delimiter is ASCII, so the
/// split works on UTF-8 bytes.
struct PythonURLSplit {
    /// The lower-cased scheme, or empty.
    var scheme = ""
    /// The network location (userinfo, host and port), or empty.
    var netloc = ""

    private static let schemeBytes = ByteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.")
    private static let letters = ByteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    /// Splits `url` as Python does: strip leading C0 controls and spaces, drop tab/CR/LF, take a
    /// scheme before the first `:` when it starts with an ASCII letter and has only scheme
    /// characters, then a netloc after `//` up to the first `/`, `?` or `#`.
    init?(_ url: String) {
        var rest = url.utf8.drop { $0 <= 0x20 }.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }[...]
        if let colon = rest.firstIndex(of: UInt8(ascii: ":")), colon > 0, Self.letters.contains(rest[0]),
            rest[..<colon].allSatisfy(Self.schemeBytes.contains)
        {
            scheme = String(decoding: rest[..<colon].map(Self.lowercasedASCII), as: UTF8.self)
            rest = rest[(colon + 1)...]
        }
        guard rest.starts(with: "//".utf8) else { return }
        let start = rest.startIndex + 2
        let end = rest[start...].firstIndex(where: Self.endsNetloc) ?? rest.endIndex
        let netlocBytes = rest[start..<end]
        guard Self.hasValidBrackets(netlocBytes), Self.survivesNFKC(netlocBytes) else { return nil }
        netloc = String(decoding: netlocBytes, as: UTF8.self)
    }

    /// Python's bracket checks: `[` and `]` both or neither, and the first bracketed part an IPv6
    /// address or an IPvFuture literal.
    private static func hasValidBrackets(_ netloc: ArraySlice<UInt8>) -> Bool {
        let open = netloc.firstIndex(of: UInt8(ascii: "["))
        let hasClose = netloc.contains(UInt8(ascii: "]"))
        guard (open != nil) == hasClose else { return false }
        guard let open else { return true }
        let host = netloc[(open + 1)...].prefix { $0 != UInt8(ascii: "]") }
        return IPAddressSyntax.isValidBracketedHost(String(decoding: host, as: UTF8.self))
    }

    /// Python's `_checknetloc`: a non-ASCII netloc must not gain `/ ? # @ :` under NFKC.
    private static func survivesNFKC(_ netloc: ArraySlice<UInt8>) -> Bool {
        guard netloc.contains(where: { $0 >= 0x80 }) else { return true }
        let stripped = String(decoding: netloc.filter { !isIgnoredByNFKCCheck($0) }, as: UTF8.self)
        let normalized = stripped.precomposedStringWithCompatibilityMapping
        if ExactText.equal(stripped, normalized) { return true }
        return !normalized.utf8.contains { $0 == UInt8(ascii: "/") || isIgnoredByNFKCCheck($0) }
    }

    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
    }

    /// The bytes that end a netloc.
    private static func endsNetloc(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
    }

    /// The characters `_checknetloc` removes before normalizing (and then looks for, with `/`).
    private static func isIgnoredByNFKCCheck(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "@") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "?")
    }
}
