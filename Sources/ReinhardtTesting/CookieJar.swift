import Foundation

/// The cookies a test client keeps between requests, as a browser would (by name; expired and
/// `Max-Age=0` cookies are removed).
struct CookieJar: Sendable {
    private(set) var cookies: [String: String] = [:]

    /// The `Cookie` header to send, or `nil` when the jar is empty.
    var header: String? {
        cookies.isEmpty ? nil : cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    /// Applies the response's `Set-Cookie` headers.
    mutating func update(from setCookieHeaders: [String]) {
        for header in setCookieHeaders {
            let attributes = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let pair = attributes.first, let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals])
            let value = String(pair[pair.index(after: equals)...])
            if Self.isExpired(attributes.dropFirst()) {
                cookies[name] = nil
            } else {
                cookies[name] = value
            }
        }
    }

    mutating func set(_ name: String, _ value: String) { cookies[name] = value }

    private static func isExpired(_ attributes: ArraySlice<String>) -> Bool {
        for attribute in attributes {
            let lower = attribute.lowercased()
            if lower == "max-age=0" { return true }
            if lower.hasPrefix("expires="), lower.contains("1970") { return true }
        }
        return false
    }
}
