import VaporCSQLite

/// One compiled statement of an ``SQLiteHandle``, kept between uses: binding, stepping and reading
/// its rows call libsqlite3 directly on the caller's thread.
///
/// Not thread-safe on its own: its handle uses it under its lock.
final class SQLitePreparedStatement {
    /// The compiled statement; ``SQLiteRow`` reads the current row's columns from it.
    let raw: OpaquePointer
    /// The connection it was compiled on, whose error messages describe its failures.
    private let connection: OpaquePointer
    /// The result's column names, shared by every ``Row`` the statement produces.
    private(set) var columns: [String]
    /// How often SQLite had recompiled the statement (after a schema change) when ``columns`` was read.
    private var columnsRecompilation: Int32

    /// Compiles the first statement of `sql` on `connection`.
    init(sql: String, connection: OpaquePointer) throws(SQLiteFailure) {
        var statement: OpaquePointer?
        let code = sqlite_nio_sqlite3_prepare_v3(
            connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw SQLiteFailure(code: code, connection: connection)
        }
        raw = statement
        self.connection = connection
        columns = Self.columnNames(of: statement)
        columnsRecompilation = Self.recompilations(of: statement)
    }

    deinit {
        sqlite_nio_sqlite3_finalize(raw)
    }

    /// Runs the statement with `binds` and lends `collect` a cursor that steps it, reading each
    /// row in place; the statement is reset afterwards, so it holds no lock between uses.
    func rows<Value>(binding binds: [DatabaseValue], collecting collect: (inout RowCursor) throws -> [Value]) throws -> [Value] {
        defer { reset() }
        try bind(binds)
        var cursor = RowCursor(statement: self)
        return try collect(&cursor)
    }

    /// Reads the column names again when SQLite recompiled the statement during its first step,
    /// as it does after a schema change (a `SELECT *` then has the table's new columns).
    func refreshColumnsIfRecompiled() {
        let recompilations = Self.recompilations(of: raw)
        guard recompilations != columnsRecompilation else { return }
        columns = Self.columnNames(of: raw)
        columnsRecompilation = recompilations
    }

    private static func columnNames(of statement: OpaquePointer) -> [String] {
        (0..<sqlite_nio_sqlite3_column_count(statement)).map { index in
            sqlite_nio_sqlite3_column_name(statement, index).map { String(cString: $0) } ?? ""
        }
    }

    private static func recompilations(of statement: OpaquePointer) -> Int32 {
        sqlite_nio_sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_REPREPARE, 0)
    }

    /// Runs the statement with `binds` to its end, discarding any rows it returns.
    func run(binding binds: [DatabaseValue]) throws(SQLiteFailure) {
        defer { reset() }
        try bind(binds)
        while try step() {}
    }

    /// Advances to the next row: true on a row, false when done.
    func step() throws(SQLiteFailure) -> Bool {
        switch sqlite_nio_sqlite3_step(raw) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw SQLiteFailure(code: code, connection: connection)
        }
    }

    /// Clears the bindings and rewinds, releasing the statement's read or write lock.
    private func reset() {
        sqlite_nio_sqlite3_reset(raw)
        sqlite_nio_sqlite3_clear_bindings(raw)
    }

    private func bind(_ binds: [DatabaseValue]) throws(SQLiteFailure) {
        let expected = Int(sqlite_nio_sqlite3_bind_parameter_count(raw))
        guard binds.count == expected else {
            throw SQLiteFailure(
                code: SQLITE_RANGE,
                message: "the statement takes \(expected) value(s) for its placeholders, but \(binds.count) were given")
        }
        for (offset, value) in binds.enumerated() {
            let code = bind(value.sqliteStorage, at: Int32(offset + 1))
            guard code == SQLITE_OK else { throw SQLiteFailure(code: code, connection: connection) }
        }
    }

    private func bind(_ value: SQLiteStorage, at index: Int32) -> Int32 {
        switch value {
        case .null:
            return sqlite_nio_sqlite3_bind_null(raw, index)
        case .integer(let number):
            return sqlite_nio_sqlite3_bind_int64(raw, index, number)
        case .real(let number):
            return sqlite_nio_sqlite3_bind_double(raw, index, number)
        case .text(var text):
            return text.withUTF8 { bytes in
                sqlite_nio_sqlite3_bind_text64(
                    raw, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                    UInt64(bytes.count), transient, UInt8(SQLITE_UTF8))
            }
        case .blob(let bytes):
            return bytes.withUnsafeBytes { buffer in
                sqlite_nio_sqlite3_bind_blob64(raw, index, buffer.baseAddress, UInt64(buffer.count), transient)
            }
        }
    }
}

/// SQLite's `SQLITE_TRANSIENT`: libsqlite3 copies a bound text or blob before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
