/// Django's `smart_urlquote()` (5.2): re-quotes a URL that may or may not already be quoted, so
/// each part is percent-encoded exactly once.
///
/// The host is percent-encoded as UTF-8 like the other parts (Django 5.2 defers IDNA to the user
/// agent, #36013); query pairs are decoded twice and re-encoded with `urlencode()`.
package enum SmartURLQuote {
    /// `RFC3986_SUBDELIMS + RFC3986_GENDELIMS + "~"`.
    private static let safe = ByteSet("!$&'()*+,;=:/?#[]@~")

    /// `smart_urlquote(url)`.
    package static func quote(_ url: String) -> String {
        guard let parts = URLSplitParts(url) else { return unquoteQuote(url.utf8[...]) }
        var output = ""
        output.reserveCapacity(url.utf8.count + 16)
        let netloc = unquoteQuote(parts.netloc)
        let path = unquoteQuote(parts.path)
        if !netloc.isEmpty || (!parts.scheme.isEmpty && usesNetloc(parts.scheme) && !path.utf8.starts(with: "//".utf8)) {
            output += "//" + netloc
            if !path.isEmpty && !path.utf8.starts(with: "/".utf8) { output += "/" }
        }
        output += path
        if !parts.scheme.isEmpty { output = String(decoding: parts.scheme, as: UTF8.self) + ":" + output }
        if !parts.query.isEmpty {
            let query = requote(query: parts.query)
            if !query.isEmpty { output += "?" + query }
        }
        let fragment = unquoteQuote(parts.fragment)
        if !fragment.isEmpty { output += "#" + fragment }
        return output
    }

    /// `quote(unquote(segment), safe=...)`.
    private static func unquoteQuote<Bytes: Collection<UInt8>>(_ segment: Bytes) -> String {
        PercentCoding.quote(unquote(segment, plusAsSpace: false), safe: safe)
    }

    /// Python's `unquote()` (or `unquote_plus()`), with `"replace"` for bad UTF-8.
    private static func unquote<Bytes: Collection<UInt8>>(_ bytes: Bytes, plusAsSpace: Bool) -> String {
        let decoded = bytes.withContiguousStorageIfAvailable { PercentCoding.decode($0, plusAsSpace: plusAsSpace) }
        return decoded ?? Array(bytes).withUnsafeBufferPointer { PercentCoding.decode($0, plusAsSpace: plusAsSpace) }
    }

    /// `urlencode([(unquote(k), unquote(v)) for k, v in parse_qsl(query, keep_blank_values=True)])`.
    private static func requote(query: ArraySlice<UInt8>) -> String {
        var pairs: [String] = []
        for field in query.split(separator: UInt8(ascii: "&")) {
            let equals = field.firstIndex(of: UInt8(ascii: "="))
            let name = unquote(field[..<(equals ?? field.endIndex)], plusAsSpace: true)
            let value = equals.map { unquote(field[field.index(after: $0)...], plusAsSpace: true) } ?? ""
            let encodedName = PercentCoding.quote(unquote(name.utf8, plusAsSpace: false), safe: ByteSet(), spaceAsPlus: true)
            let encodedValue = PercentCoding.quote(unquote(value.utf8, plusAsSpace: false), safe: ByteSet(), spaceAsPlus: true)
            pairs.append(encodedName + "=" + encodedValue)
        }
        return pairs.joined(separator: "&")
    }

    /// Whether `scheme` is in Python's `urllib.parse.uses_netloc`.
    private static func usesNetloc(_ scheme: [UInt8]) -> Bool {
        netlocSchemes.contains(String(decoding: scheme, as: UTF8.self))
    }

    private static let netlocSchemes: Set<String> = [
        "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews",
        "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws",
        "wss", "itms-services",
    ]
}

/// Python 3.11's `urllib.parse.urlsplit()` over UTF-8 bytes; `nil` where it raises `ValueError`
/// (unbalanced or invalid bracketed host, or a host with characters that NFKC-normalize to
/// `/?#@:`).
struct URLSplitParts {
    var scheme: [UInt8] = []
    var netloc: ArraySlice<UInt8> = []
    var path: ArraySlice<UInt8> = []
    var query: ArraySlice<UInt8> = []
    var fragment: ArraySlice<UInt8> = []

    init?(_ url: String) {
        var bytes = Array(url.utf8.drop { $0 <= 0x20 })
        bytes.removeAll { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
        var rest = bytes[...]
        if let colon = rest.firstIndex(of: UInt8(ascii: ":")), colon > rest.startIndex,
            Self.isASCIILetter(rest[rest.startIndex]), rest[..<colon].allSatisfy(Self.isSchemeByte)
        {
            scheme = rest[..<colon].map { Self.isASCIILetter($0) ? $0 | 0x20 : $0 }
            rest = rest[(colon + 1)...]
        }
        if rest.starts(with: "//".utf8) {
            let hostStart = rest.startIndex + 2
            let hostEnd = rest[hostStart...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? rest.endIndex
            netloc = rest[hostStart..<hostEnd]
            rest = rest[hostEnd...]
            guard Self.bracketsAreValid(netloc) else { return nil }
        }
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
            fragment = rest[(hash + 1)...]
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
            query = rest[(question + 1)...]
            rest = rest[..<question]
        }
        path = rest
        guard Self.netlocSurvivesNFKC(netloc) else { return nil }
    }

    /// The `[`/`]` checks: both or neither, and what follows the first `[` (up to `]`) must be an
    /// IPv6 address or `v<hex>.<anything>`.
    private static func bracketsAreValid(_ netloc: ArraySlice<UInt8>) -> Bool {
        let open = netloc.firstIndex(of: UInt8(ascii: "["))
        let hasClose = netloc.contains(UInt8(ascii: "]"))
        guard let open, hasClose else { return open == nil && !hasClose }
        let afterOpen = netloc[(open + 1)...]
        let host = afterOpen[..<(afterOpen.firstIndex(of: UInt8(ascii: "]")) ?? afterOpen.endIndex)]
        if host.first == UInt8(ascii: "v") { return isIPvFuture(host.dropFirst()) }
        let text = Substring(decoding: host, as: UTF8.self)
        return !PythonIPAddress.isIPv4(text) && PythonIPAddress.isIPv6(text)
    }

    /// `[a-fA-F0-9]+\..+` (after the `v`).
    private static func isIPvFuture(_ bytes: ArraySlice<UInt8>) -> Bool {
        let hexEnd = bytes.firstIndex { PercentCoding.hexValue($0) == nil } ?? bytes.endIndex
        guard hexEnd > bytes.startIndex, hexEnd < bytes.endIndex, bytes[hexEnd] == UInt8(ascii: ".") else { return false }
        return hexEnd + 1 < bytes.endIndex
    }

    /// Python's `_checknetloc`: a non-ASCII host must not contain a character whose NFKC form holds
    /// one of `/?#@:` (such as U+2100 ℀ → `a/c`, or the full-width forms).
    private static func netlocSurvivesNFKC(_ netloc: ArraySlice<UInt8>) -> Bool {
        guard netloc.contains(where: { $0 >= 0x80 }) else { return true }
        return !String(decoding: netloc, as: UTF8.self).unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x2047...0x2049, 0x2100, 0x2101, 0x2105, 0x2106, 0x2A74, 0xFE13, 0xFE16, 0xFE55, 0xFE56, 0xFE5F,
                0xFE6B, 0xFF03, 0xFF0F, 0xFF1A, 0xFF1F, 0xFF20:
                return true
            default:
                return false
            }
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Python's `scheme_chars`: ASCII letters, digits, `+-.`.
    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
