public import Foundation
public import ReinhardtUtils

// Typed reads that work on both backends: each accepts the native case and the representation
// SQLite stores it as (Django's `from_db_value` converters do the same job).
extension DatabaseValue {
    /// Whether the value is SQL `NULL`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as an integer: integers, booleans (0/1), integral reals and integer text.
    public var int64Value: Int64? {
        switch self {
        case .integer(let value): return value
        case .boolean(let value): return value ? 1 : 0
        case .real(let value): return Int64(exactly: value)
        case .text(let value): return Int64(value)
        case .decimal(let value): return value.isIntegral ? value.truncatedInt.map(Int64.init) : nil
        default: return nil
        }
    }

    /// The value as a double: reals, integers, decimals and numeric text.
    public var doubleValue: Double? {
        switch self {
        case .real(let value): return value
        case .integer(let value): return Double(value)
        case .decimal(let value): return value.doubleValue
        case .text(let value): return Double(value)
        default: return nil
        }
    }

    /// The value as text: `.text` and `.json` only (other kinds are not silently stringified).
    public var stringValue: String? {
        switch self {
        case .text(let value), .json(let value): return value
        default: return nil
        }
    }

    /// The value as bytes: `.blob` only.
    public var bytesValue: [UInt8]? {
        if case .blob(let value) = self { return value }
        return nil
    }

    /// The value as a boolean: `.boolean`, or the integers 0 and 1 SQLite stores.
    public var boolValue: Bool? {
        switch self {
        case .boolean(let value): return value
        case .integer(0): return false
        case .integer(1): return true
        default: return nil
        }
    }

    /// The value as an exact decimal: `.decimal`, decimal text (SQLite), integers, or reals
    /// (through their shortest repr, as Django's SQLite converter does).
    public var decimalValue: PythonDecimal? {
        switch self {
        case .decimal(let value): return value
        case .text(let value): return PythonDecimal(value)
        case .integer(let value): return PythonDecimal(Int(value))
        case .real(let value): return PythonDecimal(value)
        default: return nil
        }
    }

    /// The value as a date, time or datetime: `.dateTime`, or ISO text as SQLite stores it
    /// (`2024-01-02`, `10:30:00.000123`, `2024-01-02 10:30:00.000123`).
    public var dateTimeValue: DateTimeValue? {
        switch self {
        case .dateTime(let value): return value
        case .text(let value): return DateTimeValue(iso: value)
        default: return nil
        }
    }

    /// The value as a UUID: `.uuid`, 32 hex digits (Django's SQLite form), dashed text, or 16 bytes.
    public var uuidValue: UUID? {
        switch self {
        case .uuid(let value): return value
        case .text(let value): return Self.parseUUID(value)
        case .blob(let bytes) where bytes.count == 16:
            return UUID(uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        default: return nil
        }
    }

    /// The value as JSON document text: `.json`, or `.text` as SQLite stores it.
    public var jsonValue: String? {
        switch self {
        case .json(let value), .text(let value): return value
        default: return nil
        }
    }

    /// Parses dashed or undashed (32 hex digits) UUID text.
    private static func parseUUID(_ text: String) -> UUID? {
        guard text.utf8.count == 32 else { return UUID(uuidString: text) }
        let hex = Array(text)
        let dashed = String(hex[0..<8]) + "-" + String(hex[8..<12]) + "-" + String(hex[12..<16]) + "-"
            + String(hex[16..<20]) + "-" + String(hex[20..<32])
        return UUID(uuidString: dashed)
    }
}
