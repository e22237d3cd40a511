/// One statement as ``QueryLog`` saw it (Django's `connection.queries` entries).
public struct RecordedQuery: Sendable, Hashable {
    /// The SQL text as sent.
    public let sql: String
    /// How many values were bound.
    public let bindCount: Int
    /// Wall-clock time from sending the statement to having its result.
    public let duration: Duration
    /// Whether the statement is `BEGIN`, `COMMIT`, `ROLLBACK`, `SAVEPOINT` or `RELEASE`,
    /// for counts that should ignore transaction bookkeeping.
    public let isTransactionControl: Bool
    /// Whether the statement failed.
    public let failed: Bool

    /// A record with the given fields.
    public init(sql: String, bindCount: Int, duration: Duration, isTransactionControl: Bool = false, failed: Bool = false) {
        self.sql = sql
        self.bindCount = bindCount
        self.duration = duration
        self.isTransactionControl = isTransactionControl
        self.failed = failed
    }
}
