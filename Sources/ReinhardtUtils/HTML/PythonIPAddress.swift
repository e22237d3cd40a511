/// Whether text parses as an address to Python's `ipaddress` module, which Django's email
/// validator (for `[1.2.3.4]` domains) and `urlsplit` (for bracketed hosts) rely on.
package enum PythonIPAddress {
    /// Whether `ipaddress.IPv4Address(text)` succeeds: four dot-separated decimal octets of one
    /// to three ASCII digits, no leading zeros, each at most 255.
    package static func isIPv4(_ text: Substring) -> Bool {
        let octets = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy(isOctet)
    }

    private static func isOctet(_ octet: Substring.UTF8View.SubSequence) -> Bool {
        guard (1...3).contains(octet.count), octet.allSatisfy(isASCIIDigit) else { return false }
        if octet.count > 1 && octet.first == UInt8(ascii: "0") { return false }
        return octet.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } <= 255
    }

    /// Whether `ipaddress.IPv6Address(text)` succeeds, including a `%scope` suffix and an
    /// embedded IPv4 tail (`::ffff:1.2.3.4`).
    package static func isIPv6(_ text: Substring) -> Bool {
        guard !text.utf8.contains(UInt8(ascii: "/")) else { return false }
        var address = text
        if let percent = text.firstIndex(of: "%") {
            let scope = text[text.index(after: percent)...]
            guard !scope.isEmpty, !scope.contains("%") else { return false }
            address = text[..<percent]
        }
        return hextetCountIsValid(address)
    }

    /// Python's `IPv6Address._ip_int_from_string` checks, minus computing the value.
    private static func hextetCountIsValid(_ address: Substring) -> Bool {
        guard !address.isEmpty else { return false }
        var parts = address.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return false }
        if parts[parts.count - 1].contains(".") {
            guard isIPv4(parts.removeLast()) else { return false }
            parts.append("0")
            parts.append("0")
        }
        guard parts.count <= 9 else { return false }
        guard let (high, low) = hextetRanges(parts) else { return false }
        return parts[high].allSatisfy(isHextet) && parts[low].allSatisfy(isHextet)
    }

    /// The index ranges of the written hextets before and after a `::`, or `nil` when the layout
    /// of empty parts is invalid.
    private static func hextetRanges(_ parts: [Substring]) -> (Range<Int>, Range<Int>)? {
        var skip: Int?
        for index in 1..<(parts.count - 1) where parts[index].isEmpty {
            guard skip == nil else { return nil }
            skip = index
        }
        guard let skip else {
            return parts.count == 8 ? (0..<8, 8..<8) : nil
        }
        var high = 0..<skip
        var low = (skip + 1)..<parts.count
        if parts[0].isEmpty {
            guard skip == 1 else { return nil }
            high = 0..<0
        }
        if parts[parts.count - 1].isEmpty {
            guard skip == parts.count - 2 else { return nil }
            low = parts.count..<parts.count
        }
        return 8 - (high.count + low.count) >= 1 ? (high, low) : nil
    }

    private static func isHextet(_ hextet: Substring) -> Bool {
        (1...4).contains(hextet.utf8.count) && hextet.utf8.allSatisfy { PercentCoding.hexValue($0) != nil }
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
