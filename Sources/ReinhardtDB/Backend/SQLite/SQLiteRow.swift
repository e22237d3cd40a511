import ReinhardtUtils
import VaporCSQLite

/// The current row of an ``SQLitePreparedStatement``, read in place: a model decodes its fields
/// straight from the statement's columns, with no ``Row`` of ``DatabaseValue``s in between, and
/// the standard field types read their column without a ``DatabaseValue`` at all.
///
/// It reads whichever row the statement is on, so one serves every step of a ``RowCursor``. Valid
/// only inside the `collect` closure of ``SQLitePreparedStatement/rows(binding:collecting:)``,
/// which keeps the statement alive (hence the unretained reference).
struct SQLiteRow {
    unowned(unsafe) let statement: SQLitePreparedStatement
    /// The statement's column names, held here so that looking one up retains nothing.
    let columns: [String]

    init(statement: SQLitePreparedStatement) {
        self.statement = statement
        columns = statement.columns
    }

    /// The index of the column called `name`, looked for first at `position`.
    /// - Throws: ``ModelError`` when the row has no such column.
    @inline(__always)
    func column(_ name: String, at position: Int) throws -> Int32 {
        guard let index = columns.index(of: name, expectedAt: position) else {
            throw ModelError.missingColumn(name)
        }
        return Int32(index)
    }

    /// The storage class of column `index` in this row (`SQLITE_INTEGER`, `SQLITE_TEXT`, …).
    @inline(__always)
    func storageClass(at index: Int32) -> Int32 {
        sqlite_nio_sqlite3_column_type(statement.raw, index)
    }

    /// Column `index` as an integer (call when its storage class is `SQLITE_INTEGER`).
    @inline(__always)
    func integer(at index: Int32) -> Int64 {
        sqlite_nio_sqlite3_column_int64(statement.raw, index)
    }

    /// Column `index` as a double (call when its storage class is `SQLITE_FLOAT`).
    @inline(__always)
    func real(at index: Int32) -> Double {
        sqlite_nio_sqlite3_column_double(statement.raw, index)
    }

    /// Column `index` as text.
    @inline(__always)
    func text(at index: Int32) -> String {
        withText(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of column `index`, valid only during the call.
    @inline(__always)
    func withText<T>(at index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        // The text pointer first, then its length, as SQLite's documentation orders the calls.
        let text = sqlite_nio_sqlite3_column_text(statement.raw, index)
        let count = Int(sqlite_nio_sqlite3_column_bytes(statement.raw, index))
        return body(UnsafeBufferPointer(start: text, count: text == nil ? 0 : count))
    }

    /// Column `index` as a ``DatabaseValue`` of its storage class.
    func value(at index: Int32) -> DatabaseValue {
        switch storageClass(at: index) {
        case SQLITE_INTEGER:
            return .integer(integer(at: index))
        case SQLITE_FLOAT:
            return .real(real(at: index))
        case SQLITE_TEXT:
            return .text(text(at: index))
        case SQLITE_BLOB:
            let blob = sqlite_nio_sqlite3_column_blob(statement.raw, index)
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement.raw, index))
            return .blob(blob.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? [])
        default:
            return .null
        }
    }

    // Typed reads by column name, for ``RowReader``: nil when the column holds another storage
    // class (NULL, say), which the caller then converts from its ``DatabaseValue``.

    /// Column `name` (at `position`) when it holds an integer.
    @inline(__always)
    func integer(_ name: String, at position: Int) throws -> Int64? {
        try column(name, at: position, holding: SQLITE_INTEGER).map(integer(at:))
    }

    /// Column `name` (at `position`) when it holds a float.
    @inline(__always)
    func real(_ name: String, at position: Int) throws -> Double? {
        try column(name, at: position, holding: SQLITE_FLOAT).map(real(at:))
    }

    /// Column `name` (at `position`) when it holds text.
    @inline(__always)
    func text(_ name: String, at position: Int) throws -> String? {
        try column(name, at: position, holding: SQLITE_TEXT).map(text(at:))
    }

    /// Column `name` (at `position`) when it holds ISO text, parsed in place without a `String`.
    @inline(__always)
    func dateTime(_ name: String, at position: Int) throws -> DateTimeValue? {
        try column(name, at: position, holding: SQLITE_TEXT).flatMap { index in
            withText(at: index) { DateTimeValue(isoUTF8: $0) }
        }
    }

    /// The index of column `name` when it holds `storageClass` in this row; nil when it holds another.
    @inline(__always)
    private func column(_ name: String, at position: Int, holding storageClass: Int32) throws -> Int32? {
        let index = try column(name, at: position)
        return self.storageClass(at: index) == storageClass ? index : nil
    }

    /// Whether column `name` (at `position`) is NULL.
    @inline(__always)
    func isNull(_ name: String, at position: Int) throws -> Bool {
        try storageClass(at: column(name, at: position)) == SQLITE_NULL
    }

    /// The row as a ``Row`` that outlives the statement's step.
    var materialized: Row {
        var values: [DatabaseValue] = []
        values.reserveCapacity(columns.count)
        for index in columns.indices { values.append(value(at: Int32(index))) }
        return Row(columns: columns, values: values)
    }
}
