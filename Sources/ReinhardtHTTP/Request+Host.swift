import ReinhardtUtils
import HTTPTypes

extension Request {
    /// The host the client asked for, checked against ``RequestPolicy/allowedHosts``: Django's `get_host()`.
    ///
    /// Uses `X-Forwarded-Host` only when the policy trusts it, then the `Host` header (or HTTP/2's
    /// `:authority`), then the server's own name.
    /// - Throws: ``SuspiciousOperation`` (`DisallowedHost`, a 400) when the host is not allowed,
    ///   with a message that says what to add to the settings.
    public func host() throws -> String {
        let host = rawHost
        if isPlainAllowedHost(host) || isAllowedHost(host, allowedHosts: policy.allowedHosts) { return host }
        throw SuspiciousOperation(kind: "DisallowedHost", disallowedHostMessage(host))
    }

    /// The common case without allocating: a lower-case `name[:port]` (Django's host syntax minus
    /// IPv6 literals) whose name is listed exactly, or any such host under `*`. Everything else
    /// takes the full check.
    private func isPlainAllowedHost(_ host: String) -> Bool {
        var host = host
        return host.withUTF8 { bytes in
            guard let domain = Self.plainDomain(bytes) else { return false }
            return policy.allowsAnyHost || policy.isExactHost(UnsafeBufferPointer(rebasing: domain))
        }
    }

    /// The name of a plain `name[:port]` host (lower-case letters, digits, `.` and `-`, then
    /// digits after one colon), without a trailing dot; `nil` for anything else.
    private static func plainDomain(_ host: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        var domainEnd = host.endIndex
        for index in host.indices {
            switch host[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "."), UInt8(ascii: "-"):
                if domainEnd != host.endIndex { return nil }
            case UInt8(ascii: ":"):
                if domainEnd != host.endIndex { return nil }
                domainEnd = index
            default:
                return nil
            }
        }
        // `name:` with no port is not plain.
        if domainEnd == host.endIndex - 1 { return nil }
        var domain = host[..<domainEnd]
        if domain.last == UInt8(ascii: ".") { domain = domain.dropLast() }
        return domain.isEmpty ? nil : domain
    }

    /// The host as sent, unchecked.
    var rawHost: String {
        if policy.useXForwardedHost, let forwarded = head.headerFields[.xForwardedHost] {
            return forwarded
        }
        if let authority = head.authority ?? head.headerFields[.hostHeader] {
            return authority
        }
        let port = connection.serverPort
        let defaultPort = isSecure ? 443 : 80
        return port == defaultPort ? connection.serverName : "\(connection.serverName):\(port)"
    }

    private func disallowedHostMessage(_ host: String) -> String {
        let domain = splitDomainPort(host).domain
        guard !domain.isEmpty else {
            return "Invalid HTTP_HOST header: '\(host)'. The domain name provided is not valid according to RFC 1034/1035."
        }
        return "Invalid HTTP_HOST header: '\(host)'. You may need to add '\(domain)' to Settings.allowedHosts."
    }

    /// The port the client connected to: Django's `get_port()`.
    public var port: String {
        if policy.useXForwardedPort, let forwarded = head.headerFields[.xForwardedPort] { return forwarded }
        return String(connection.serverPort)
    }

    /// The path with the query string, escaped for use in a URL: Django's `get_full_path()`.
    public func fullPath(forceAppendSlash: Bool = false) -> String {
        var result = escapeURIPath(path)
        if forceAppendSlash, !result.hasSuffix("/") { result += "/" }
        if !queryString.isEmpty { result += "?" + iriToURI(String(queryString)) }
        return result
    }

    /// `scheme://host`, with the host checked.
    public func schemeAndHost() throws -> String { "\(scheme)://\(try host())" }

    /// The absolute URL of `location` (or of this request when `nil`): Django's `build_absolute_uri()`.
    ///
    /// `"/a/"` becomes `"https://example.com/a/"`; a relative location is resolved against the path.
    public func buildAbsoluteURI(_ location: String? = nil) throws -> String {
        let location = location ?? "//" + fullPath()
        if Self.hasSchemeAndNetloc(location) { return iriToURI(location) }
        let base = try schemeAndHost()
        if location.hasPrefix("//") { return iriToURI(base + location.dropFirst(2)) }
        if location.hasPrefix("/") { return iriToURI(base + Self.removeDotSegments(location)) }
        return iriToURI(base + Self.join(path: path, relative: location))
    }

    private static func hasSchemeAndNetloc(_ location: String) -> Bool {
        guard let colon = location.firstIndex(of: ":") else { return false }
        let scheme = location[..<colon]
        guard let first = scheme.first, first.isLetter,
              scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else { return false }
        let rest = location[location.index(after: colon)...]
        return rest.hasPrefix("//") && rest.count > 2
    }

    /// Resolves a relative reference (`"edit/"`, `"../x"`, `"?page=2"`) against an absolute path (RFC 3986 5.2).
    static func join(path: String, relative: String) -> String {
        if relative.hasPrefix("?") || relative.hasPrefix("#") { return path + relative }
        let directory = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
        return removeDotSegments(directory + relative)
    }

    /// RFC 3986 section 5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            switch segment {
            case ".": if index == segments.count - 1 { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if index == segments.count - 1 { output.append("") }
            default: output.append(segment)
            }
        }
        return output.joined(separator: "/")
    }
}

extension HTTPField.Name {
    /// `X-Forwarded-Host`.
    static let xForwardedHost = HTTPField.Name("X-Forwarded-Host")!
    /// `X-Forwarded-Port`.
    static let xForwardedPort = HTTPField.Name("X-Forwarded-Port")!
}

extension HTTPField.Name {
    /// `Host`, for requests whose head keeps it as a header rather than as the authority.
    static let hostHeader = HTTPField.Name("Host")!
}
