public import Foundation
public import ReinhardtUtils

/// A Swift type a model field can hold: converts to and from ``DatabaseValue`` the same way on
/// every backend.
public protocol DatabaseValueConvertible: Sendable {
    /// The value to store.
    var databaseValue: DatabaseValue { get }
    /// The Swift value of a stored value, or nil when it does not fit.
    init?(databaseValue: DatabaseValue)
}

extension String: DatabaseValueConvertible {
    /// Text.
    public var databaseValue: DatabaseValue { .text(self) }
    /// From text.
    public init?(databaseValue: DatabaseValue) {
        guard let text = databaseValue.stringValue else { return nil }
        self = text
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
}

extension Int64: DatabaseValueConvertible {
    /// An integer.
    public var databaseValue: DatabaseValue { .integer(self) }
    /// From an integer.
    public init?(databaseValue: DatabaseValue) {
        guard let number = databaseValue.int64Value else { return nil }
        self = number
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
}

extension Bool: DatabaseValueConvertible {
    /// A boolean.
    public var databaseValue: DatabaseValue { .boolean(self) }
    /// From a boolean (or SQLite's 0/1).
    public init?(databaseValue: DatabaseValue) {
        guard let flag = databaseValue.boolValue else { return nil }
        self = flag
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
}

extension Row {
    /// The column `name` as `T`; `position` is where the column usually is (the field's index),
    /// checked first.
    /// - Throws: ``ModelError`` naming the column when it is missing or holds another type.
    @inlinable
    public func decode<T: DatabaseValueConvertible>(_ name: String, at position: Int = -1, as type: T.Type = T.self) throws -> T {
        guard let value = self[name, expectedAt: position] else { throw ModelError.missingColumn(name) }
        guard let decoded = T(databaseValue: value) else { throw ModelError.wrongType(column: name, expected: "\(T.self)", found: value) }
        return decoded
    }
}
