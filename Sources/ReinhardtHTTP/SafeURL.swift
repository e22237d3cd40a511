import ReinhardtUtils
/// Whether redirecting to `url` is safe: it stays on one of `allowedHosts` and uses a safe scheme.
/// Exactly Django's `url_has_allowed_host_and_scheme()`, the open-redirect check behind `?next=`.
///
/// A relative URL (`/account/`) is safe. An absolute or scheme-relative URL is safe only when its
/// network location is, verbatim, one of `allowedHosts` (include the port if the URL has one) and
/// its scheme is `http` or `https` (only `https` with `requireHTTPS`). Rejected, as in Django: the
/// empty string; URLs starting with `///` or longer than 2048 characters; a scheme without a host
/// (`http:///evil.com`); URLs starting with a control or format character; malformed brackets or
/// IPv6 literals; and any URL that becomes unsafe when `\` is read as `/`, as browsers read it.
///
/// ```swift
/// urlHasAllowedHostAndScheme("/next/", allowedHosts: ["example.com"])                  // true
/// urlHasAllowedHostAndScheme("https://example.com/", allowedHosts: ["example.com"])    // true
/// urlHasAllowedHostAndScheme("//evil.com", allowedHosts: ["example.com"])              // false
/// urlHasAllowedHostAndScheme(#"/\evil.com"#, allowedHosts: ["example.com"])            // false
/// ```
///
/// - Note: `true` does not make a URL well-formed; pass untrusted paths through ``iriToURI(_:)``.
/// - Parameters:
///   - url: The candidate URL; `nil` is not safe.
///   - allowedHosts: The hosts (with port where needed) a URL may point to.
///   - requireHTTPS: Whether only `https` is acceptable.
/// - Returns: Whether the URL is safe to redirect to.
public func urlHasAllowedHostAndScheme(_ url: String?, allowedHosts: Set<String>, requireHTTPS: Bool = false) -> Bool {
    guard let url else { return false }
    let stripped = PythonText.strip(url)
    guard !stripped.isEmpty else { return false }
    let check = SafeURLCheck(allowedHosts: allowedHosts, requireHTTPS: requireHTTPS)
    return check.allows(stripped) && check.allows(ExactText.replacing(UInt8(ascii: "\\"), with: UInt8(ascii: "/"), in: stripped))
}

/// One pass of Django's `_url_has_allowed_host_and_scheme`.
private struct SafeURLCheck {
    /// Django's `MAX_URL_LENGTH`.
    static let maxLength = 2048

    let allowedHosts: Set<String>
    let requireHTTPS: Bool

    /// Whether a stripped, non-empty URL passes.
    func allows(_ url: String) -> Bool {
        guard !url.utf8.starts(with: "///".utf8), Self.scalarCount(url) <= Self.maxLength,
            let parts = PythonURLSplit(url)
        else { return false }
        if parts.netloc.isEmpty && !parts.scheme.isEmpty { return false }
        if Self.isControlOrOther(url.unicodeScalars.first!) { return false }
        var scheme = parts.scheme
        if scheme.isEmpty && !parts.netloc.isEmpty { scheme = "http" }
        return (parts.netloc.isEmpty || isAllowed(parts.netloc)) && (scheme.isEmpty || isValid(scheme: scheme))
    }

    /// Whether the netloc is in `allowedHosts`, comparing Unicode scalars as Python does.
    private func isAllowed(_ netloc: String) -> Bool {
        guard let match = allowedHosts.firstIndex(of: netloc) else { return false }
        return ExactText.equal(allowedHosts[match], netloc)
    }

    /// The length in code points, as Python's `len()`: the UTF-8 bytes that start a scalar.
    static func scalarCount(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private func isValid(scheme: String) -> Bool {
        scheme == "https" || (!requireHTTPS && scheme == "http")
    }

    /// Python's `unicodedata.category(c)[0] == "C"`: control, format, surrogate, private use or
    /// unassigned.
    static func isControlOrOther(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }
}
