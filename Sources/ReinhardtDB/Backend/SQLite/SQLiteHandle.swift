import VaporCSQLite

/// One open libsqlite3 connection (the SQLite that sqlite-nio vendors), called directly on the
/// calling task's thread, as Python's `sqlite3` module calls it for Django.
///
/// A statement here is a few microseconds of CPU; handing it to a thread pool and resuming the
/// task afterwards costs two thread wake-ups, which is far more. Reinhardt's views run on Swift's
/// task executor, never on a NIO event loop, so no event loop waits on SQLite. A statement that
/// must wait for another process's write lock waits up to the busy timeout on its thread; within
/// one process, ``SQLiteConnectionPool`` serializes writers so that never happens.
///
/// Compiled statements are kept per SQL text (up to ``statementCacheCapacity``, as Python's
/// `sqlite3` keeps 128), so a query shape is compiled once per connection.
///
/// `@unchecked Sendable`: the handle moves between tasks but is used by one at a time, which the
/// pool's ``ConnectionLeaser`` guarantees; libsqlite3 is opened in serialized mode besides.
final class SQLiteHandle: @unchecked Sendable {
    /// How many compiled statements a connection keeps.
    static let statementCacheCapacity = 128

    private var raw: OpaquePointer?
    private var statements: [String: SQLitePreparedStatement] = [:]

    /// Opens (creating it if needed) the database file at `path`, or a private in-memory database
    /// when `path` is nil, with every result code extended.
    init(path: String?) throws(SQLiteFailure) {
        let flags = SQLITE_OPEN_CREATE | SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE
        var connection: OpaquePointer?
        let code = sqlite_nio_sqlite3_open_v2(path ?? ":memory:", &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let failure = SQLiteFailure(code: code, connection: connection)
            sqlite_nio_sqlite3_close_v2(connection)
            throw failure
        }
        raw = connection
    }

    deinit {
        close()
    }

    /// Runs `sql` with `binds` and returns its rows.
    func query(_ sql: String, _ binds: [DatabaseValue]) throws(SQLiteFailure) -> [Row] {
        let connection = try open()
        return try statement(for: sql, on: connection).rows(binding: binds, connection: connection)
    }

    /// Runs `sql` with `binds` for its effect: the rows it changed, and the new row's id when it
    /// inserted one.
    func execute(_ sql: String, _ binds: [DatabaseValue], keyword: String) throws(SQLiteFailure) -> ExecutionResult {
        let connection = try open()
        try statement(for: sql, on: connection).run(binding: binds, connection: connection)
        guard Self.changesRows.contains(keyword) else { return ExecutionResult(rowsAffected: 0, lastInsertedID: nil) }
        let count = Int(sqlite_nio_sqlite3_changes64(connection))
        let inserted = count > 0 && (keyword == "INSERT" || keyword == "REPLACE")
        return ExecutionResult(
            rowsAffected: count, lastInsertedID: inserted ? sqlite_nio_sqlite3_last_insert_rowid(connection) : nil)
    }

    /// The statements whose changed rows `sqlite3_changes64` counts.
    private static let changesRows: Set<String> = ["INSERT", "UPDATE", "DELETE", "REPLACE"]

    /// Waits up to `milliseconds` for another connection's lock instead of failing at once.
    func setBusyTimeout(milliseconds: Int32) throws(SQLiteFailure) {
        let connection = try open()
        let code = sqlite_nio_sqlite3_busy_timeout(connection, milliseconds)
        guard code == SQLITE_OK else { throw SQLiteFailure(code: code, connection: connection) }
    }

    /// Adds `function` to the SQL this connection understands.
    func install(_ function: SQLiteFunction) throws(SQLiteFailure) {
        let connection = try open()
        let code = sqlite_nio_sqlite3_create_function_v2(
            connection, function.name, function.argumentCount, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil,
            function.implementation, nil, nil, nil)
        guard code == SQLITE_OK else { throw SQLiteFailure(code: code, connection: connection) }
    }

    /// Finalizes the kept statements and closes the connection; later calls fail with `SQLITE_MISUSE`.
    func close() {
        statements.removeAll()
        if let raw { sqlite_nio_sqlite3_close_v2(raw) }
        raw = nil
    }

    private func open() throws(SQLiteFailure) -> OpaquePointer {
        guard let raw else { throw SQLiteFailure(code: SQLITE_MISUSE, message: "the SQLite connection is closed") }
        return raw
    }

    /// The kept statement for `sql`, compiled now if it is new. A full cache is emptied first,
    /// which keeps it bounded without bookkeeping on every hit.
    private func statement(for sql: String, on connection: OpaquePointer) throws(SQLiteFailure) -> SQLitePreparedStatement {
        if let kept = statements[sql] { return kept }
        let compiled = try SQLitePreparedStatement(sql: sql, connection: connection)
        if statements.count >= Self.statementCacheCapacity { statements.removeAll(keepingCapacity: true) }
        statements[sql] = compiled
        return compiled
    }
}
