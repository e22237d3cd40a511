import SQLiteNIO

/// A pooled SQLite connection. SQLiteNIO runs every libsqlite3 call on NIO's thread pool, so no
/// event loop is ever blocked.
struct SQLiteDatabaseConnection: DatabaseConnection {
    let connection: SQLiteConnection
    let instrumentation: QueryInstrumentation

    var dialect: SQLDialect { .sqlite }

    func query(_ sql: String, _ binds: [DatabaseValue]) async throws -> [Row] {
        try await instrumentation.run(sql, bindCount: binds.count) {
            Row.rows(fromSQLite: try await connection.query(sql, binds.map(\.sqliteData)))
        }
    }

    func execute(_ sql: String, _ binds: [DatabaseValue]) async throws -> ExecutionResult {
        try await instrumentation.run(sql, bindCount: binds.count) {
            let keyword = SQLAccess.firstKeyword(of: sql)
            // An UPDATE or DELETE counts its rows itself (one statement, not a second changes() query).
            if keyword == "UPDATE" || keyword == "DELETE", !Self.mentionsReturning(sql) {
                let rows = try await connection.query(sql + " RETURNING 1", binds.map(\.sqliteData))
                return ExecutionResult(rowsAffected: rows.count, lastInsertedID: nil)
            }
            _ = try await connection.query(sql, binds.map(\.sqliteData))
            return try await changes(after: keyword)
        }
    }

    /// Whether `sql` contains the word `RETURNING` in any case, without copying the statement.
    static func mentionsReturning(_ sql: String) -> Bool {
        var matched = 0
        for byte in sql.utf8 {
            let lower = byte | 0x20
            if lower == returningWord[matched] {
                matched += 1
                if matched == returningWord.count { return true }
            } else {
                matched = lower == returningWord[0] ? 1 : 0
            }
        }
        return false
    }

    private static let returningWord = Array("returning".utf8)

    /// `changes()` and, after an `INSERT`/`REPLACE` that stored rows, `last_insert_rowid()`.
    /// Safe because the connection is leased to one caller at a time.
    private func changes(after keyword: String) async throws -> ExecutionResult {
        let row = try await connection.query("SELECT changes(), last_insert_rowid()", []).first
        let count = row?.columns.first?.data.integer ?? 0
        let inserted = count > 0 && (keyword == "INSERT" || keyword == "REPLACE")
        let rowID = inserted ? row?.columns.last?.data.integer.map(Int64.init) : nil
        return ExecutionResult(rowsAffected: Int(count), lastInsertedID: rowID)
    }
}
