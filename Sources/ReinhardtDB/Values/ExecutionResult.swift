/// What a data-changing statement reports.
public struct ExecutionResult: Sendable, Hashable {
    /// Rows inserted, updated or deleted by the statement (0 for DDL).
    public let rowsAffected: Int
    /// SQLite's rowid of the row an `INSERT` created; always nil on PostgreSQL, where callers
    /// add `RETURNING id` and use ``DatabaseConnection/query(_:_:)`` instead.
    public let lastInsertedID: Int64?

    /// A result with the given counts.
    public init(rowsAffected: Int, lastInsertedID: Int64? = nil) {
        self.rowsAffected = rowsAffected
        self.lastInsertedID = lastInsertedID
    }
}
