import VaporCSQLite

/// An error libsqlite3 reported: its extended result code and its message, e.g. code 2067
/// (`SQLITE_CONSTRAINT_UNIQUE`) and `UNIQUE constraint failed: products.name`.
/// ``QueryInstrumentation`` turns it into a ``DatabaseError`` that names the statement.
struct SQLiteFailure: Error, CustomStringConvertible {
    /// The extended result code.
    let code: Int32
    /// SQLite's message.
    let message: String

    /// A failure with the given code and message.
    init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    /// The failure `code` on `connection`, with the message SQLite recorded for it there.
    init(code: Int32, connection: OpaquePointer?) {
        let recorded = connection.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) }
        self.init(
            code: connection.map { sqlite_nio_sqlite3_extended_errcode($0) } ?? code,
            message: recorded ?? String(cString: sqlite_nio_sqlite3_errstr(code)))
    }

    /// Whether a constraint refused the statement (any `SQLITE_CONSTRAINT_…` code).
    var isConstraintFailure: Bool { code & 0xFF == SQLITE_CONSTRAINT }

    var description: String { message }
}
