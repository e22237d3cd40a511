import Foundation
import ReinhardtUtils

/// One of SQLite's five storage classes: what a ``DatabaseValue`` is bound as.
enum SQLiteStorage {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

// Storage follows Django's SQLite backend: booleans as 0/1, decimals as text, dates as ISO text,
// UUIDs as 32 hex digits. Values read back keep their storage class (`.integer`, `.real`,
// `.text`, `.blob`, `.null`); the model's fields decode them.
extension DatabaseValue {
    /// The value as SQLite stores it.
    var sqliteStorage: SQLiteStorage {
        switch self {
        case .null: return .null
        case .integer(let value): return .integer(value)
        case .real(let value): return .real(value)
        case .text(let value), .json(let value): return .text(value)
        case .blob(let bytes): return .blob(bytes)
        case .boolean(let value): return .integer(value ? 1 : 0)
        case .decimal(let value): return .text(value.databaseText)
        case .dateTime(let value): return .text(value.sqliteText)
        case .uuid(let value): return .text(value.djangoHex)
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
