public import Foundation
public import ReinhardtUtils

/// A Swift type a model field can hold: converts to and from ``DatabaseValue`` the same way on
/// every backend.
public protocol DatabaseValueConvertible: Sendable {
    /// The value to store.
    var databaseValue: DatabaseValue { get }
    /// The Swift value of a stored value, or nil when it does not fit.
    init?(databaseValue: DatabaseValue)
    /// The value of the column `name` of `row`, which a model's own query selects at `position`.
    /// The default converts the column's ``DatabaseValue`` with ``init(databaseValue:)``; the
    /// standard types read the column in place where the backend can (SQLite).
    /// - Throws: ``ModelError`` naming the column when it is missing or holds another type.
    init(column name: String, at position: Int, of row: borrowing RowReader) throws
}

extension DatabaseValueConvertible {
    /// Converts the column's ``DatabaseValue``.
    public init(column name: String, at position: Int, of row: borrowing RowReader) throws {
        self = try row.converted(name, at: position)
    }
}

extension String: DatabaseValueConvertible {
    /// Text.
    public var databaseValue: DatabaseValue { .text(self) }
    /// From text.
    public init?(databaseValue: DatabaseValue) {
        guard let text = databaseValue.stringValue else { return nil }
        self = text
    }
    /// Text, read in place where the backend can.
    public init(column name: String, at position: Int, of row: borrowing RowReader) throws {
        self = try row.text(name, at: position)
    }
}

extension Int: DatabaseValueConvertible {
    /// An integer.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    /// From an integer.
    public init?(databaseValue: DatabaseValue) {
        guard let number = databaseValue.int64Value else { return nil }
        self = Int(number)
    }
    /// An integer, read in place where the backend can.
    public init(column name: String, at position: Int, of row: borrowing RowReader) throws {
        self = Int(try row.integer(name, at: position))
    }
}

extension Int64: DatabaseValueConvertible {
    /// An integer.
    public var databaseValue: DatabaseValue { .integer(self) }
    /// From an integer.
    public init?(databaseValue: DatabaseValue) {
        guard let number = databaseValue.int64Value else { return nil }
        self = number
    }
    /// An integer, read in place where the backend can.
    public init(column name: String, at position: Int, of row: borrowing RowReader) throws {
        self = try row.integer(name, at: position)
    }
}

extension Double: DatabaseValueConvertible {
    /// A float.
    public var databaseValue: DatabaseValue { .real(self) }
    /// From a number.
    public init?(databaseValue: DatabaseValue) {
        guard let number = databaseValue.doubleValue else { return nil }
        self = number
    }
    /// A float, read in place where the backend can.
    public init(column name: String, at position: Int, of row: borrowing RowReader) throws {
        self = try row.real(name, at: position)
    }
}

extension Bool: DatabaseValueConvertible {
    /// A boolean.
    public var databaseValue: DatabaseValue { .boolean(self) }
    /// From a boolean (or SQLite's 0/1).
    public init?(databaseValue: DatabaseValue) {
        guard let flag = databaseValue.boolValue else { return nil }
        self = flag
    }
    /// SQLite's 0 or 1 read in place; a boolean otherwise.
    public init(column name: String, at position: Int, of row: borrowing RowReader) throws {
        switch try? row.integer(name, at: position) {
        case 0: self = false
        case 1: self = true
        default: self = try row.converted(name, at: position)
        }
    }
}

extension PythonDecimal: DatabaseValueConvertible {
    /// A decimal.
    public var databaseValue: DatabaseValue { .decimal(self) }
    /// From a decimal or number.
    public init?(databaseValue: DatabaseValue) {
        guard let number = databaseValue.decimalValue else { return nil }
        self = number
    }
}

extension DateTimeValue: DatabaseValueConvertible {
    /// A date, time or datetime.
    public var databaseValue: DatabaseValue { .dateTime(self) }
    /// From a stored date, time or datetime.
    public init?(databaseValue: DatabaseValue) {
        guard let value = databaseValue.dateTimeValue else { return nil }
        self = value
    }
    /// ISO text parsed in place where the backend can.
    public init(column name: String, at position: Int, of row: borrowing RowReader) throws {
        self = try row.dateTime(name, at: position)
    }
}

extension UUID: DatabaseValueConvertible {
    /// A UUID.
    public var databaseValue: DatabaseValue { .uuid(self) }
    /// From a stored UUID.
    public init?(databaseValue: DatabaseValue) {
        guard let value = databaseValue.uuidValue else { return nil }
        self = value
    }
}

extension DatabaseValue: DatabaseValueConvertible {
    /// The value itself.
    public var databaseValue: DatabaseValue { self }
    /// The value itself.
    public init?(databaseValue: DatabaseValue) { self = databaseValue }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    /// The value, or NULL.
    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
    /// NULL becomes nil; anything else must convert.
    public init?(databaseValue: DatabaseValue) {
        if databaseValue.isNull {
            self = .none
        } else {
            guard let value = Wrapped(databaseValue: databaseValue) else { return nil }
            self = .some(value)
        }
    }
    /// NULL becomes nil; anything else is read as `Wrapped`. Inlinable, so that a model's
    /// optional fields read their columns through `Wrapped`'s reader directly rather than through
    /// the conditional conformance's witness table, looked up per row.
    @inlinable
    public init(column name: String, at position: Int, of row: borrowing RowReader) throws {
        self = try row.isNull(name, at: position) ? nil : Wrapped(column: name, at: position, of: row)
    }
}

extension RowReader {
    /// The column `name` as `T`; `position` is where the column usually is (the field's index),
    /// checked first.
    /// - Throws: ``ModelError`` naming the column when it is missing or holds another type.
    @inlinable
    public func decode<T: DatabaseValueConvertible>(_ name: String, at position: Int = -1, as type: T.Type = T.self) throws -> T {
        try T(column: name, at: position, of: self)
    }
}

extension Row {
    /// The column `name` as `T`, for rows of raw queries: `try row.decode("total", as: Int.self)`.
    /// - Throws: ``ModelError`` naming the column when it is missing or holds another type.
    public func decode<T: DatabaseValueConvertible>(_ name: String, at position: Int = -1, as type: T.Type = T.self) throws -> T {
        try RowReader(self).decode(name, at: position, as: type)
    }
}
