public import Foundation
public import ReinhardtUtils

/// One value sent to or read from a database: the union of what SQLite and PostgreSQL store.
///
/// Values read back from SQLite come as the five SQLite storage classes (`null`, `integer`, `real`,
/// `text`, `blob`), because SQLite keeps booleans as 0/1 and decimals, dates and UUIDs as text, as
/// Django does. Use the typed accessors (``boolValue``, ``decimalValue``, ``dateTimeValue``,
/// ``uuidValue`` …) to read a column the same way on every backend.
///
/// Decimals and dates are stored out of line, so a value is 17 bytes rather than a date's nearly
/// hundred: rows of values are copied and destroyed on every fetch.
public enum DatabaseValue: Sendable, Hashable {
    /// SQL `NULL`.
    case null
    /// A 64-bit integer (`bigint`, SQLite `INTEGER`).
    case integer(Int64)
    /// A double-precision float (`double precision`, SQLite `REAL`).
    case real(Double)
    /// Unicode text.
    case text(String)
    /// Raw bytes (`bytea`, SQLite `BLOB`).
    case blob([UInt8])
    /// A boolean; stored by SQLite as the integer 0 or 1.
    case boolean(Bool)
    /// An exact decimal that keeps its exponent (`1.50` stays `1.50`); stored by SQLite as text.
    indirect case decimal(PythonDecimal)
    /// A date, time or datetime (the value's `kind` says which); stored by SQLite as ISO text.
    ///
    /// PostgreSQL binds aware datetimes as `timestamptz` and naive ones as `timestamp`. SQLite,
    /// like Django with `USE_TZ`, stores aware datetimes converted to UTC without the offset.
    indirect case dateTime(DateTimeValue)
    /// A UUID; stored by SQLite as 32 lower-case hex digits, as Django's `UUIDField` does.
    case uuid(UUID)
    /// JSON document text (`jsonb` on PostgreSQL, text on SQLite).
    case json(String)
}
