// TEMPORARY: minimal stand-ins until the Django-exact helpers land; deleted then.
public import Foundation

public struct TooManyFieldsError: Error, Sendable { public let limit: Int; public let fieldCount: Int }
public struct QueryDict: Sendable, Sequence {
    var entries: [(key: String, values: [String])] = []
    public init() {}
    public init(parsing bytes: some Collection<UInt8>, maxFields: Int? = 1000) throws(TooManyFieldsError) {
        let s = String(decoding: bytes, as: UTF8.self)
        for pair in s.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            append(kv.count > 1 ? String(kv[1]) : "", for: String(kv[0]))
        }
    }
    public subscript(key: String) -> String? { entries.first { $0.key == key }?.values.last }
    public func values(for key: String) -> [String] { entries.first { $0.key == key }?.values ?? [] }
    public mutating func append(_ value: String, for key: String) {
        if let i = entries.firstIndex(where: { $0.key == key }) { entries[i].values.append(value) } else { entries.append((key, [value])) }
    }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public func makeIterator() -> IndexingIterator<[(key: String, values: [String])]> { entries.makeIterator() }
    public func urlencode(safe: String = "") -> String { "" }
}
public func parseCookies(_ header: String) -> [(name: String, value: String)] { [] }
public struct Cookie: Sendable, Equatable {
    public enum SameSite: String, Sendable { case lax = "Lax", strict = "Strict", none = "None" }
    public var name: String; public var value: String
    public var httpOnly: Bool
    public init(name: String, value: String = "", httpOnly: Bool = false) { self.name = name; self.value = value; self.httpOnly = httpOnly }
    public func setCookieHeaderValue(now: Date = Date()) throws(CookieError) -> String { "\(name)=\(value); Path=/" }
    public static func deletion(name: String, path: String, domain: String?, sameSite: SameSite?) -> Cookie { Cookie(name: name, value: "") }
}
public func escapeHTML(_ s: String) -> String { s }
public func escapeURIPath(_ s: String) -> String { s }
public func iriToURI(_ s: String) -> String { s }
public func urlHasAllowedHostAndScheme(_ url: String, allowedHosts: Set<String>, requireHTTPS: Bool) -> Bool { url.hasPrefix("/") && !url.hasPrefix("//") }
public func validateHost(_ host: String, allowedHosts: [String]) -> Bool { allowedHosts.contains("*") || allowedHosts.contains(host) }
public func splitDomainPort(_ host: String) -> (domain: String, port: String) { let p = host.split(separator: ":"); return (String(p.first ?? ""), p.count > 1 ? String(p[1]) : "") }
public func httpDate(_ date: Date) -> String { "" }
public func parseHTTPDate(_ text: String, now: Date = Date()) -> Date? { nil }
public func quoteETag(_ etag: String) -> String { "\"\(etag)\"" }
public func parseETags(_ header: String) -> [String] { [header] }
public struct CookieError: Error {}
