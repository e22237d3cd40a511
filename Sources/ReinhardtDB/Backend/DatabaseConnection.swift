/// One database connection (or an open transaction on one): what the ORM sends SQL through.
///
/// SQL uses the connection's ``dialect`` for placeholders (`?` on SQLite, `$1` on PostgreSQL).
/// Every statement is logged at `.debug` and recorded in the current ``QueryLog``; failures
/// throw ``DatabaseError``.
public protocol DatabaseConnection: Sendable {
    /// The SQL spelling this connection expects.
    var dialect: SQLDialect { get }

    /// Runs a statement and returns its rows (a `SELECT`, or any statement with `RETURNING`).
    func query(_ sql: String, _ binds: [DatabaseValue]) async throws -> [Row]

    /// Runs a statement and lends `collect` a cursor over its rows, which decodes them as they are
    /// read. A backend that can read a row in place (SQLite) builds no ``Row`` for it; the others
    /// walk their ``Row``s.
    func query<Value>(
        _ sql: String, _ binds: [DatabaseValue], collecting collect: (inout RowCursor) throws -> [Value]
    ) async throws -> [Value]

    /// Runs a statement for its effect and returns the rows it affected.
    @discardableResult
    func execute(_ sql: String, _ binds: [DatabaseValue]) async throws -> ExecutionResult
}

extension DatabaseConnection {
    /// Walks the statement's ``Row``s.
    public func query<Value>(
        _ sql: String, _ binds: [DatabaseValue], collecting collect: (inout RowCursor) throws -> [Value]
    ) async throws -> [Value] {
        var cursor = RowCursor(rows: try await query(sql, binds))
        return try collect(&cursor)
    }

    /// Runs a statement and decodes each row with `decode` as it is read.
    public func query<Value>(
        _ sql: String, _ binds: [DatabaseValue], decoding decode: (RowReader) throws -> Value
    ) async throws -> [Value] {
        try await query(sql, binds) { try $0.collect { try decode($0) } }
    }

    /// Runs a statement without binds and returns its rows.
    public func query(_ sql: String) async throws -> [Row] {
        try await query(sql, [])
    }

    /// Runs a statement without binds for its effect.
    @discardableResult
    public func execute(_ sql: String) async throws -> ExecutionResult {
        try await execute(sql, [])
    }
}
