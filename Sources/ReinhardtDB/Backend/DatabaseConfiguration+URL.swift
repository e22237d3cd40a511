import Foundation

extension DatabaseConfiguration {
    /// Parses Django's `DATABASE_URL` convention (dj-database-url):
    ///
    /// - `sqlite:////absolute/path/db.sqlite3` (four slashes: an absolute path),
    ///   `sqlite:///relative/db.sqlite3` (three: relative to the working directory),
    ///   `sqlite://:memory:` or `sqlite://` (in memory);
    /// - `postgres://user:password@host:5432/name` (also `postgresql://`, `pgsql://`); user and
    ///   password may be percent-encoded; `?sslmode=require` turns TLS on.
    ///
    /// Throws ``DatabaseConfigurationError`` saying what to write instead.
    public init(url: String) throws {
        guard let schemeEnd = url.range(of: "://") else {
            throw DatabaseConfigurationError.invalidURL(url, "it has no scheme")
        }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        let rest = String(url[schemeEnd.upperBound...])
        switch scheme {
        case "sqlite", "sqlite3": self = try Self.sqlite(rest: rest, url: url)
        case "postgres", "postgresql", "pgsql": self = try Self.postgres(rest: rest, url: url)
        default:
            throw DatabaseConfigurationError(
                kind: .unsupportedScheme,
                message: "Unsupported database URL scheme '\(scheme)' in '\(Self.redacted(url))'. "
                    + DatabaseConfigurationError.urlExamples)
        }
    }

    private static func sqlite(rest: String, url: String) throws -> DatabaseConfiguration {
        if rest.isEmpty || rest == ":memory:" || rest == "/:memory:" { return .sqliteInMemory }
        guard rest.hasPrefix("/") else {
            throw DatabaseConfigurationError.invalidURL(url, "an SQLite URL has no host; put the path after three slashes")
        }
        let path = percentDecoded(String(rest.dropFirst()).split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        guard !path.isEmpty else { throw DatabaseConfigurationError.invalidURL(url, "the SQLite file path is empty") }
        return .sqlite(path: path)
    }

    private static func postgres(rest: String, url: String) throws -> DatabaseConfiguration {
        let shown = redacted(url)
        let (location, query) = split(rest, at: "?")
        guard let slash = location.firstIndex(of: "/") else {
            throw DatabaseConfigurationError.invalidURL(shown, "it names no database; add /name after the host")
        }
        let database = percentDecoded(location[location.index(after: slash)...])
        guard !database.isEmpty, !database.contains("/") else {
            throw DatabaseConfigurationError.invalidURL(shown, "the database name after the host is missing or contains '/'")
        }
        let authority = location[..<slash]
        let (userInfo, hostPort) = authority.contains("@") ? splitLast(authority, at: "@") : ("", Substring(authority))
        let (user, password) = split(userInfo, at: ":")
        let (host, port) = try hostAndPort(hostPort, url: shown)
        guard !user.isEmpty else {
            throw DatabaseConfigurationError.invalidURL(shown, "it names no user; write user:password@ before the host")
        }
        var configuration = DatabaseConfiguration.postgres(
            host: host, port: port, user: percentDecoded(user), password: password.map { percentDecoded($0) },
            database: database, tls: try requiresTLS(query: query, url: shown))
        configuration.maximumConnections = 10
        return configuration
    }

    /// `host`, `host:port` or `[::1]:port`; the port defaults to 5432.
    private static func hostAndPort(_ text: Substring, url: String) throws -> (String, Int) {
        var host = text
        var portText: Substring?
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() }
        } else if let colon = text.lastIndex(of: ":") {
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty else { throw DatabaseConfigurationError.invalidURL(url, "it names no host") }
        guard let portText else { return (String(host), 5432) }
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw DatabaseConfigurationError.invalidURL(url, "the port '\(portText)' is not a number from 1 to 65535")
        }
        return (String(host), port)
    }

    /// `sslmode=require|verify-ca|verify-full` → true; `disable|allow|prefer` or none → false.
    private static func requiresTLS(query: Substring?, url: String) throws -> Bool {
        for pair in query?.split(separator: "&") ?? [] {
            let (key, value) = split(pair, at: "=")
            guard key == "sslmode" else { continue }
            switch value {
            case "require", "verify-ca", "verify-full": return true
            case "disable", "allow", "prefer", nil: return false
            case let other?:
                throw DatabaseConfigurationError.invalidURL(url, "sslmode '\(other)' is not one of disable, prefer, require")
            }
        }
        return false
    }

    private static func split<S: StringProtocol>(_ text: S, at separator: Character) -> (Substring, Substring?)
    where S.SubSequence == Substring {
        guard let index = text.firstIndex(of: separator) else { return (text[...], nil) }
        return (text[..<index], text[text.index(after: index)...])
    }

    private static func splitLast(_ text: Substring, at separator: Character) -> (Substring, Substring) {
        let index = text.lastIndex(of: separator)!
        return (text[..<index], text[text.index(after: index)...])
    }

    /// Decodes `%XX` escapes (invalid UTF-8 becomes U+FFFD).
    static func percentDecoded<S: StringProtocol>(_ text: S) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The URL with its password replaced by `***`, for messages.
    static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://"), let at = url.range(of: "@", options: .backwards),
            schemeEnd.upperBound < at.lowerBound,
            let colon = url[schemeEnd.upperBound..<at.lowerBound].firstIndex(of: ":")
        else { return url }
        return String(url[..<url.index(after: colon)]) + "***" + String(url[at.lowerBound...])
    }
}
