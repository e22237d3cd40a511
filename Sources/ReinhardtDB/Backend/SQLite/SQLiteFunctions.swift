import VaporCSQLite

/// An SQL function implemented in Swift, installed on a connection with ``SQLiteHandle/install(_:)``.
struct SQLiteFunction: Sendable {
    /// libsqlite3's calling convention for a scalar function: the call's context and its arguments.
    typealias Implementation = @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void

    /// The name SQL calls it by.
    let name: String
    /// How many arguments it takes.
    let argumentCount: Int32
    /// The function itself; it sets its result on the context.
    let implementation: Implementation
}

/// The SQL functions Django adds to every SQLite connection that lookups need.
enum SQLiteFunctions {
    /// Every function, to install on each new connection.
    static let all = [regexp]

    /// `REGEXP`, which SQLite parses but does not define: `value REGEXP pattern` calls
    /// `regexp(pattern, value)`, true when the pattern matches anywhere in the value's text (Python's
    /// `re.search` on `str(value)`); NULL when either is NULL. A pattern that does not compile is an
    /// SQL error naming it.
    static let regexp = SQLiteFunction(name: "regexp", argumentCount: 2) { context, count, arguments in
        guard let context, let arguments, count == 2 else { return }
        guard sqlite_nio_sqlite3_value_type(arguments[0]) == SQLITE_TEXT,
              sqlite_nio_sqlite3_value_type(arguments[1]) != SQLITE_NULL
        else { return sqlite_nio_sqlite3_result_null(context) }
        let pattern = text(of: arguments[0])
        guard let regex = try? Regex(pattern) else {
            return sqlite_nio_sqlite3_result_error(context, "invalid regular expression: \(pattern)", -1)
        }
        sqlite_nio_sqlite3_result_int(context, text(of: arguments[1]).contains(regex) ? 1 : 0)
    }

    /// An argument as text: numbers spelled as Python's `str()` spells them, text and blobs as
    /// their UTF-8.
    private static func text(of value: OpaquePointer?) -> String {
        switch sqlite_nio_sqlite3_value_type(value) {
        case SQLITE_INTEGER:
            return String(sqlite_nio_sqlite3_value_int64(value))
        case SQLITE_FLOAT:
            return String(sqlite_nio_sqlite3_value_double(value))
        default:
            let bytes = sqlite_nio_sqlite3_value_blob(value)
            let count = Int(sqlite_nio_sqlite3_value_bytes(value))
            return String(decoding: UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : count), as: UTF8.self)
        }
    }
}
