/// The address checks Python's `urlsplit()` applies to a bracketed host (`_check_bracketed_host`),
/// following `ipaddress.ip_address()` of the Python the fixtures come from (3.11).
enum IPAddressSyntax {
    /// Whether `host` (the text between `[` and `]`) is accepted: an IPvFuture literal
    /// (`v` + hex digits + `.` + something) or an IPv6 address — not an IPv4 address.
    static func isValidBracketedHost(_ host: String) -> Bool {
        let scalars = Array(host.unicodeScalars)
        if scalars.first == "v" { return isIPvFuture(scalars) }
        if isIPv4(host[...]) { return false }
        return isIPv6(host)
    }

    /// `\Av[a-fA-F0-9]+\..+\Z`.
    private static func isIPvFuture(_ scalars: [Unicode.Scalar]) -> Bool {
        let hex = scalars.dropFirst().prefix(while: isHexDigit)
        let afterHex = 1 + hex.count
        return !hex.isEmpty && afterHex < scalars.count && scalars[afterHex] == "." && afterHex + 1 < scalars.count
            && !scalars[(afterHex + 1)...].contains("\n")
    }

    /// Python's `IPv4Address(text)`: four dot-separated decimal octets, 0–255, no leading zeros.
    static func isIPv4(_ text: Substring) -> Bool {
        let octets = ExactText.split(text, at: UInt8(ascii: "."))
        return octets.count == 4 && octets.allSatisfy(isIPv4Octet)
    }

    private static func isIPv4Octet(_ octet: Substring) -> Bool {
        let bytes = Array(octet.utf8)
        guard !bytes.isEmpty, bytes.count <= 3, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        if bytes.count > 1 && bytes[0] == 0x30 { return false }
        return Int(octet)! <= 255
    }

    /// Python's `IPv6Address(text)`: an optional `%scope`, then up to eight hextets with at most one
    /// `::`, the last two possibly written as an IPv4 address.
    static func isIPv6(_ text: String) -> Bool {
        guard !text.utf8.contains(UInt8(ascii: "/")) else { return false }
        let pieces = ExactText.split(text[...], at: UInt8(ascii: "%"))
        if pieces.count > 1 {
            // `addr%scope`: the scope must be non-empty and hold no further `%`.
            guard pieces.count == 2, !pieces[1].isEmpty else { return false }
        }
        return isIPv6Body(pieces[0])
    }

    /// The hextet rules of `IPv6Address._ip_int_from_string`.
    private static func isIPv6Body(_ text: Substring) -> Bool {
        guard !text.isEmpty else { return false }
        var parts = ExactText.split(text, at: UInt8(ascii: ":"))
        guard parts.count >= 3 else { return false }
        if ExactText.contains(parts.last!, UInt8(ascii: ".")) {
            guard isIPv4(parts.removeLast()) else { return false }
            parts.append(contentsOf: ["0", "0"])
        }
        guard parts.count <= 9, hasValidElision(parts) else { return false }
        return parts.allSatisfy { part in
            part.isEmpty || (part.unicodeScalars.count <= 4 && part.unicodeScalars.allSatisfy(isHexDigit))
        }
    }

    /// At most one `::`, the right number of hextets around it, and no lone leading or trailing `:`.
    private static func hasValidElision(_ parts: [Substring]) -> Bool {
        let inner = parts.indices.dropFirst().dropLast().filter { parts[$0].isEmpty }
        guard inner.count <= 1 else { return false }
        guard let skip = inner.first else {
            return parts.count == 8 && !parts.first!.isEmpty && !parts.last!.isEmpty
        }
        var high = skip
        var low = parts.count - skip - 1
        if parts.first!.isEmpty {
            high -= 1
            if high != 0 { return false }
        }
        if parts.last!.isEmpty {
            low -= 1
            if low != 0 { return false }
        }
        return 8 - (high + low) >= 1
    }

    private static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "a"..."f", "A"..."F": return true
        default: return false
        }
    }
}
