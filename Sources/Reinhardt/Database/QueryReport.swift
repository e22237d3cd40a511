import Foundation
import Logging
import ReinhardtDB

/// What one request asked of the database, for debug reporting: how many statements, how long,
/// and which statement shapes repeated (the N+1 pattern — a query per row of a loop).
struct QueryReport {
    let queries: [RecordedQuery]

    /// The statements that did work (transaction control left out).
    private var statements: [RecordedQuery] { queries.filter { !$0.isTransactionControl } }

    /// Statements run at least this often in one request are reported as N+1.
    static let repeatThreshold = 3

    /// `db;dur=1.234;desc="5 queries"`.
    var serverTiming: String {
        let milliseconds = statements.reduce(0.0) { $0 + $1.duration.seconds * 1000 }
        return "db;dur=\(String(format: "%.3f", milliseconds));desc=\"\(statements.count) queries\""
    }

    /// Logs a warning for every statement shape repeated ``repeatThreshold`` times or more.
    func warnAboutRepeats(_ logger: Logger) {
        var counts: [String: Int] = [:]
        for query in statements { counts[query.sql, default: 0] += 1 }
        for (sql, count) in counts.sorted(by: { $0.value > $1.value }) where count >= Self.repeatThreshold {
            logger.warning(
                "N+1 query pattern: the same query ran \(count) times in one request. Fetch the rows in one query (filter with __in, or select related rows) instead of one per item.",
                metadata: ["db.statement": "\(sql)", "db.repeats": "\(count)"])
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
