import Foundation

/// Whether a statement only reads: on SQLite, reads go to reader connections and everything
/// else to the single writer, so writes are serialized.
enum SQLAccess: Sendable {
    /// A statement that cannot change data (`SELECT`, `EXPLAIN`, `VALUES`).
    case read
    /// Anything else, including `WITH …` (it may wrap `INSERT`) and `PRAGMA`.
    case write

    private static let readKeywords: Set<String> = ["SELECT", "EXPLAIN", "VALUES"]

    /// Classifies `sql` by its first keyword.
    init(sql: String) {
        self = Self.readKeywords.contains(Self.firstKeyword(of: sql)) ? .read : .write
    }

    /// The first word of `sql`, upper-cased, skipping whitespace and `--` / `/* */` comments.
    static func firstKeyword(of sql: String) -> String {
        var rest = Substring(sql)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "(" }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*"), let end = rest.range(of: "*/") {
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        return rest.prefix { $0.isLetter }.uppercased()
    }
}
