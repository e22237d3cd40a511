import Logging
import PostgresNIO

/// Wraps every statement: times it, logs it at `.debug`, records it in ``QueryLog/current``,
/// and turns driver errors into ``DatabaseError``.
struct QueryInstrumentation: Sendable {
    let logger: Logger

    /// Runs `body` as the statement `sql` with `bindCount` binds.
    func run<T>(_ sql: String, bindCount: Int, _ body: () async throws -> T) async throws -> T {
        let start = ContinuousClock.now
        do {
            let result = try await body()
            finish(sql, bindCount: bindCount, duration: .now - start, error: nil)
            return result
        } catch {
            let mapped = Self.databaseError(error, sql: sql)
            finish(sql, bindCount: bindCount, duration: .now - start, error: mapped)
            throw mapped
        }
    }

    private func finish(_ sql: String, bindCount: Int, duration: Duration, error: (any Error)?) {
        let control = Self.isTransactionControl(sql)
        QueryLog.current?.record(
            RecordedQuery(sql: sql, bindCount: bindCount, duration: duration, isTransactionControl: control,
                          failed: error != nil))
        // The log line and its metadata are only built when debug logging is on.
        guard logger.logLevel <= .debug else { return }
        var metadata: Logger.Metadata = [
            "db.statement": .string(sql), "db.binds": .stringConvertible(bindCount),
            "db.duration": .string(duration.formatted()),
        ]
        if let error { metadata["db.error"] = .string((error as? DatabaseError)?.kind.name ?? "\(type(of: error))") }
        logger.debug("(\(duration.formatted())) \(sql); binds=\(bindCount)", metadata: metadata)
    }

    /// Driver errors as ``DatabaseError`` (already-mapped and foreign errors pass through).
    static func databaseError(_ error: any Error, sql: String) -> any Error {
        switch error {
        case let error as DatabaseError: return error
        case let error as SQLiteFailure: return DatabaseError(sqlite: error, sql: sql)
        case let error as PSQLError: return DatabaseError(postgres: error, sql: sql)
        default: return error
        }
    }

    private static let controlKeywords: Set<String> = ["BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "END"]

    /// Whether the statement only opens, closes or marks a transaction.
    static func isTransactionControl(_ sql: String) -> Bool {
        controlKeywords.contains(SQLAccess.firstKeyword(of: sql))
    }
}

extension Duration {
    /// Seconds with microsecond precision, as Django's SQL log prints them: `0.000123`.
    fileprivate func formatted() -> String {
        let micro = components.seconds * 1_000_000 + components.attoseconds / 1_000_000_000_000
        let fraction = String(micro % 1_000_000)
        return "\(micro / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
