/// Splits a `Host` header value into a lower-cased domain and a port, exactly as Django's
/// `split_domain_port()`.
///
/// The host must be a DNS-like name (ASCII letters, digits, `.` and `-`) or a bracketed IPv6
/// literal, optionally followed by `:port`; a trailing dot is removed from the domain. When the
/// host is malformed, both parts are empty.
///
/// ```swift
/// splitDomainPort("Example.COM:8000")  // ("example.com", "8000")
/// splitDomainPort("[::1]:80")          // ("[::1]", "80")
/// splitDomainPort("bad host")          // ("", "")
/// ```
///
/// - Parameter host: The `Host` header value.
/// - Returns: The domain (empty if invalid) and the port (empty if none).
public func splitDomainPort(_ host: String) -> (domain: String, port: String) {
    let lowered = Array(host.lowercased().utf8)
    guard let (domainEnd, portStart) = HostSyntax.match(lowered) else { return ("", "") }
    var domain = lowered[..<domainEnd]
    if domain.last == UInt8(ascii: ".") { domain = domain.dropLast() }
    let port = portStart.map { lowered[$0...] } ?? []
    return (String(decoding: domain, as: UTF8.self), String(decoding: port, as: UTF8.self))
}

/// Whether `host` matches one of `allowedHosts`, exactly as Django's `validate_host()`.
///
/// A pattern `*` matches anything; a pattern starting with `.` matches that domain and every
/// subdomain (`.example.com` matches `example.com` and `www.example.com`); any other pattern must
/// match exactly. Patterns are lower-cased; the host is expected to be lower-cased already, without
/// its port, as ``splitDomainPort(_:)`` returns it.
///
/// - Parameters:
///   - host: The domain from ``splitDomainPort(_:)``.
///   - allowedHosts: The allowed hosts (`Settings.allowedHosts`, Django's `ALLOWED_HOSTS`).
/// - Returns: Whether the host is allowed.
public func validateHost(_ host: String, allowedHosts: [String]) -> Bool {
    allowedHosts.contains { pattern in pattern == "*" || isSameDomain(host, pattern: pattern) }
}

/// Django's `is_same_domain()`: an exact match, or a match of a leading-dot pattern.
func isSameDomain(_ host: String, pattern: String) -> Bool {
    guard !pattern.isEmpty else { return false }
    let pattern = pattern.lowercased()
    if pattern.utf8.first == UInt8(ascii: ".") {
        if ExactText.hasSuffix(host, pattern) || ExactText.equal(host, String(Substring(pattern.utf8.dropFirst()))) { return true }
    }
    return ExactText.equal(pattern, host)
}

/// Django's `host_validation_re`: `^([a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(?::([0-9]+))?$`,
/// matched against the whole (lower-cased) host.
enum HostSyntax {
    /// The end of the domain and the start of the port digits (if any), or `nil` for no match.
    static func match(_ host: [UInt8]) -> (domainEnd: Int, portStart: Int?)? {
        guard let first = host.first else { return nil }
        let domainEnd: Int
        if first == UInt8(ascii: "[") {
            guard let close = host.firstIndex(of: UInt8(ascii: "]")), isIPv6Literal(host[1..<close]) else { return nil }
            domainEnd = close + 1
        } else {
            domainEnd = host.firstIndex { !isDomainByte($0) } ?? host.count
            guard domainEnd > 0 else { return nil }
        }
        if domainEnd == host.count { return (domainEnd, nil) }
        let port = host[(domainEnd + 1)...]
        guard host[domainEnd] == UInt8(ascii: ":"), !port.isEmpty, port.allSatisfy(isDigit) else { return nil }
        return (domainEnd, domainEnd + 1)
    }

    /// `[a-f0-9]*:[a-f0-9.:]+`: only those characters, the first that is not a hex digit is a `:`,
    /// and something follows it.
    private static func isIPv6Literal(_ body: ArraySlice<UInt8>) -> Bool {
        guard body.allSatisfy({ isHexDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }),
            let firstOther = body.firstIndex(where: { !isHexDigit($0) })
        else { return false }
        return body[firstOther] == UInt8(ascii: ":") && firstOther + 1 < body.endIndex
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || isDigit(byte)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

/// Whether a raw `Host` header value is acceptable, as Django's `HttpRequest.get_host()` decides:
/// it must split into a non-empty domain (``splitDomainPort(_:)``) that ``validateHost(_:allowedHosts:)``
/// accepts. Django then answers a rejected host with `DisallowedHost` (400), naming the value to
/// add to `Settings.allowedHosts`.
///
/// ```swift
/// isAllowedHost("Example.com:8000", allowedHosts: ["example.com"])   // true
/// isAllowedHost("evil.com", allowedHosts: ["example.com"])           // false
/// isAllowedHost("", allowedHosts: ["*"])                             // false
/// ```
///
/// - Parameters:
///   - host: The `Host` header value as received (any case, with port).
///   - allowedHosts: The allowed host patterns.
/// - Returns: Whether the request may be served.
public func isAllowedHost(_ host: String, allowedHosts: [String]) -> Bool {
    let domain = splitDomainPort(host).domain
    return !domain.isEmpty && validateHost(domain, allowedHosts: allowedHosts)
}
