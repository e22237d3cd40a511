public import Foundation
import ReinhardtUtils

/// The narrower numbers and raw bytes `@Model` infers kinds for (`Int32`, `Int16`, `Float`, `[UInt8]`).
extension Int32: DatabaseValueConvertible {
    /// An integer.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    /// From an integer that fits in 32 bits.
    public init?(databaseValue: DatabaseValue) {
        guard let number = databaseValue.int64Value, let value = Int32(exactly: number) else { return nil }
        self = value
    }
}

extension Int16: DatabaseValueConvertible {
    /// An integer.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    /// From an integer that fits in 16 bits.
    public init?(databaseValue: DatabaseValue) {
        guard let number = databaseValue.int64Value, let value = Int16(exactly: number) else { return nil }
        self = value
    }
}

extension Float: DatabaseValueConvertible {
    /// A float.
    public var databaseValue: DatabaseValue { .real(Double(self)) }
    /// From a number.
    public init?(databaseValue: DatabaseValue) {
        guard let number = databaseValue.doubleValue else { return nil }
        self = Float(number)
    }
}

extension Array: DatabaseValueConvertible where Element == UInt8 {
    /// Raw bytes.
    public var databaseValue: DatabaseValue { .blob(self) }
    /// From stored bytes.
    public init?(databaseValue: DatabaseValue) {
        guard let bytes = databaseValue.bytesValue else { return nil }
        self = bytes
    }
}

extension Decimal: DatabaseValueConvertible {
    /// A decimal with the same digits.
    public var databaseValue: DatabaseValue {
        PythonDecimal(description).map { .decimal($0) } ?? .text(description)
    }
    /// From a stored decimal or number.
    public init?(databaseValue: DatabaseValue) {
        guard let number = databaseValue.decimalValue, let decimal = Decimal(string: number.description) else { return nil }
        self = decimal
    }
}
