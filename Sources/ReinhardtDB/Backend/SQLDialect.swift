import Foundation

/// How one backend spells SQL: identifier quoting, parameter placeholders and capabilities.
public struct SQLDialect: Sendable, Hashable {
    /// Django's `connection.vendor`: `"sqlite"` or `"postgresql"`.
    public let name: String
    /// Whether `INSERT … RETURNING` works (SQLite ≥ 3.35 and PostgreSQL).
    public let supportsReturning: Bool
    /// Whether placeholders are numbered (`$1`) rather than positional (`?`).
    private let numberedPlaceholders: Bool

    /// SQLite: `?` placeholders.
    public static let sqlite = SQLDialect(name: "sqlite", supportsReturning: true, numberedPlaceholders: false)
    /// PostgreSQL: `$1`, `$2` … placeholders.
    public static let postgresql = SQLDialect(name: "postgresql", supportsReturning: true, numberedPlaceholders: true)

    /// Quotes an identifier for both backends: `name` → `"name"`, with embedded quotes doubled.
    public func quote(_ identifier: String) -> String {
        guard identifier.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + identifier + "\"" }
        return "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The placeholder for the bind at 1-based `index`: `?` on SQLite, `$index` on PostgreSQL.
    public func placeholder(_ index: Int) -> String {
        numberedPlaceholders ? "$\(index)" : "?"
    }

    /// The statement that opens an outermost transaction. SQLite takes the write lock at once
    /// (`BEGIN IMMEDIATE`), since transactions run on the single writer connection.
    var beginStatement: String {
        numberedPlaceholders ? "BEGIN" : "BEGIN IMMEDIATE"
    }
}
