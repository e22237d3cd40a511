import Synchronization
import VaporCSQLite

/// One open libsqlite3 connection (the SQLite that sqlite-nio vendors), called directly on the
/// calling task's thread, as Python's `sqlite3` module calls it for Django.
///
/// A statement here is a few microseconds of CPU; handing it to a thread pool and resuming the
/// task afterwards costs two thread wake-ups, which is far more. ``SQLiteConnectionPool`` moves a
/// task off a NIO event loop before its first statement, so no event loop waits on SQLite. A statement that
/// must wait for another process's write lock waits up to the busy timeout on its thread; within
/// one process, ``SQLiteConnectionPool`` serializes writers so that never happens.
///
/// Compiled statements are kept per SQL text (up to ``statementCacheCapacity``, as Python's
/// `sqlite3` keeps 128), so a query shape is compiled once per connection.
///
/// The pool lends a handle to one caller at a time; a lock around each statement keeps even
/// concurrent statements on one handle (`async let` inside a transaction) in turn. So libsqlite3
/// runs in multi-thread mode, without its own mutex around every call (reading a row of 20
/// columns would otherwise lock and unlock 60 times).
final class SQLiteHandle: Sendable {
    /// How many compiled statements a connection keeps.
    static let statementCacheCapacity = 128

    /// The open connection (nil once closed) and its kept statements; `@unchecked Sendable`
    /// because the pointer is only used under ``state``'s lock.
    private struct State: @unchecked Sendable {
        var raw: OpaquePointer?
        var statements: [String: SQLitePreparedStatement] = [:]
    }

    private let state: Mutex<State>

    /// Opens (creating it if needed) the database file at `path`, or a private in-memory database
    /// when `path` is nil, with every result code extended.
    init(path: String?) throws(SQLiteFailure) {
        let flags = SQLITE_OPEN_CREATE | SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var connection: OpaquePointer?
        let code = sqlite_nio_sqlite3_open_v2(path ?? ":memory:", &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let failure = SQLiteFailure(code: code, connection: connection)
            sqlite_nio_sqlite3_close_v2(connection)
            throw failure
        }
        state = Mutex(State(raw: connection))
    }

    deinit {
        close()
    }

    /// Runs `sql` with `binds` and returns its rows.
    func query(_ sql: String, _ binds: [DatabaseValue]) throws -> [Row] {
        try query(sql, binds) { try $0.collect { $0.row } }
    }

    /// Runs `sql` with `binds` and lends `collect` a cursor over its rows, read in place, under the lock.
    func query<Value>(_ sql: String, _ binds: [DatabaseValue], collecting collect: (inout RowCursor) throws -> [Value]) throws -> [Value] {
        try withConnection { connection, statements in
            try Self.statement(for: sql, on: connection, in: &statements).rows(binding: binds, collecting: collect)
        }
    }

    /// Runs `sql` with `binds` for its effect: the rows it changed, and the new row's id when it
    /// inserted one. A statement that changed nothing (DDL, a `SELECT`, a write that matched no
    /// row) reports 0, whatever the previous write left in `sqlite3_changes64`.
    func execute(_ sql: String, _ binds: [DatabaseValue], keyword: String) throws -> ExecutionResult {
        try withConnection { connection, statements in
            let before = sqlite_nio_sqlite3_total_changes64(connection)
            try Self.statement(for: sql, on: connection, in: &statements).run(binding: binds)
            guard sqlite_nio_sqlite3_total_changes64(connection) != before else {
                return ExecutionResult(rowsAffected: 0, lastInsertedID: nil)
            }
            let count = Int(sqlite_nio_sqlite3_changes64(connection))
            let inserted = count > 0 && (keyword == "INSERT" || keyword == "REPLACE")
            return ExecutionResult(
                rowsAffected: count, lastInsertedID: inserted ? sqlite_nio_sqlite3_last_insert_rowid(connection) : nil)
        }
    }

    /// Waits up to `milliseconds` for another connection's lock instead of failing at once.
    func setBusyTimeout(milliseconds: Int32) throws {
        try withConnection { connection, _ in
            let code = sqlite_nio_sqlite3_busy_timeout(connection, milliseconds)
            guard code == SQLITE_OK else { throw SQLiteFailure(code: code, connection: connection) }
        }
    }

    /// Adds `function` to the SQL this connection understands.
    func install(_ function: SQLiteFunction) throws {
        try withConnection { connection, _ in
            let code = sqlite_nio_sqlite3_create_function_v2(
                connection, function.name, function.argumentCount, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil,
                function.implementation, nil, nil, nil)
            guard code == SQLITE_OK else { throw SQLiteFailure(code: code, connection: connection) }
        }
    }

    /// Finalizes the kept statements and closes the connection; later calls fail with `SQLITE_MISUSE`.
    func close() {
        state.withLock { state in
            state.statements.removeAll()
            if let raw = state.raw { sqlite_nio_sqlite3_close_v2(raw) }
            state.raw = nil
        }
    }

    /// Runs `body` with the open connection and its kept statements, one caller at a time.
    private func withConnection<T>(
        _ body: (OpaquePointer, inout [String: SQLitePreparedStatement]) throws -> T
    ) throws -> T {
        try state.withLock { state throws -> T in
            guard let raw = state.raw else {
                throw SQLiteFailure(code: SQLITE_MISUSE, message: "the SQLite connection is closed")
            }
            return try body(raw, &state.statements)
        }
    }

    /// The kept statement for `sql`, compiled now if it is new. A full cache is emptied first,
    /// which keeps it bounded without bookkeeping on every hit.
    private static func statement(
        for sql: String, on connection: OpaquePointer, in statements: inout [String: SQLitePreparedStatement]
    ) throws(SQLiteFailure) -> SQLitePreparedStatement {
        if let kept = statements[sql] { return kept }
        let compiled = try SQLitePreparedStatement(sql: sql, connection: connection)
        if statements.count >= statementCacheCapacity { statements.removeAll(keepingCapacity: true) }
        statements[sql] = compiled
        return compiled
    }
}
