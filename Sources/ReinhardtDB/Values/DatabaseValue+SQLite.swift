import Foundation
import NIOCore
import ReinhardtUtils
import SQLiteNIO

// Conversion to and from SQLite's five storage classes, following Django's SQLite backend:
// booleans as 0/1, decimals as text, dates as ISO text, UUIDs as 32 hex digits.
extension DatabaseValue {
    /// The value as SQLite stores it.
    var sqliteData: SQLiteData {
        switch self {
        case .null: return .null
        case .integer(let value): return .integer(SQLiteInt64(value))
        case .real(let value): return .float(value)
        case .text(let value), .json(let value): return .text(value)
        case .blob(let bytes): return .blob(ByteBuffer(bytes: bytes))
        case .boolean(let value): return .integer(value ? 1 : 0)
        case .decimal(let value): return .text(value.databaseText)
        case .dateTime(let value): return .text(value.sqliteText)
        case .uuid(let value): return .text(value.djangoHex)
        }
    }

    /// A value read from SQLite.
    init(sqliteData: SQLiteData) {
        switch sqliteData {
        case .null: self = .null
        case .integer(let value): self = .integer(Int64(value))
        case .float(let value): self = .real(value)
        case .text(let value): self = .text(value)
        case .blob(let buffer): self = .blob(Array(buffer.readableBytesView))
        }
    }
}

extension PythonDecimal {
    /// Plain notation for finite values (`1E+2` → `100`, `1.50` stays `1.50`), which both
    /// backends parse; `NaN`, `Infinity` and `-Infinity` otherwise.
    var databaseText: String {
        isFinite ? fixedPointDescription : description
    }
}

extension DateTimeValue {
    /// Django's SQLite text: `2024-01-02`, `10:30:00.000123`, or `2024-01-02 10:30:00.000123`
    /// with aware datetimes converted to naive UTC.
    var sqliteText: String {
        guard kind == .dateTime else { return isoFormat }
        var naive = isAware ? converted(toUTCOffset: 0) : self
        naive.utcOffset = nil
        naive.timeZoneName = nil
        return naive.isoFormat(separator: " ")
    }
}

extension UUID {
    /// Python's `uuid.hex`: 32 lower-case hex digits, as Django stores UUIDs in SQLite.
    var djangoHex: String {
        uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }
}

extension Row {
    /// The rows of one SQLite result, sharing one array of column names (every row of a statement
    /// has the same columns), each with its values converted.
    static func rows(fromSQLite sqliteRows: [SQLiteRow]) -> [Row] {
        var names: [String]?
        var rows: [Row] = []
        rows.reserveCapacity(sqliteRows.count)
        for sqliteRow in sqliteRows {
            let columns = sqliteRow.columns
            if names == nil { names = columns.map(\.name) }
            var values: [DatabaseValue] = []
            values.reserveCapacity(columns.count)
            for column in columns { values.append(DatabaseValue(sqliteData: column.data)) }
            rows.append(Row(columns: names!, values: values))
        }
        return rows
    }
}
