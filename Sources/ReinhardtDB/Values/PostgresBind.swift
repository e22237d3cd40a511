import Foundation
import NIOCore
import PostgresNIO
import ReinhardtUtils

/// One bound parameter in PostgreSQL's wire format, with the type OID the server should assume.
///
/// Text is sent with no type (OID 0), as psycopg 3 does, so the server infers it from context
/// and a string can fill a `date`, `jsonb` or enum column; every other kind names its native type.
struct PostgresBind: PostgresDynamicTypeEncodable {
    /// The type OID sent in the Parse message (0 lets the server infer it).
    let psqlType: PostgresDataType
    /// Whether ``bytes`` are in text or binary format.
    let psqlFormat: PostgresFormat
    /// The encoded value.
    let bytes: [UInt8]

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer,
        context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeBytes(bytes)
    }

    /// The bind for a non-null value; nil for `.null`.
    init?(_ value: DatabaseValue) {
        switch value {
        case .null: return nil
        case .integer(let int): self = .binary(.int8, Self.bigEndianBytes(int))
        case .real(let double): self = .binary(.float8, Self.bigEndianBytes(double.bitPattern))
        case .text(let text): self = .text(PostgresDataType(0), text)
        case .blob(let bytes): self = .binary(.bytea, bytes)
        case .boolean(let bool): self = .binary(.bool, [bool ? 1 : 0])
        case .decimal(let decimal): self = .text(.numeric, decimal.databaseText)
        case .dateTime(let value): self = .text(Self.dataType(of: value), value.isoFormat)
        case .uuid(let uuid): self = .binary(.uuid, Self.bytes(of: uuid))
        case .json(let json): self = .text(.jsonb, json)
        }
    }

    private init(psqlType: PostgresDataType, psqlFormat: PostgresFormat, bytes: [UInt8]) {
        self.psqlType = psqlType
        self.psqlFormat = psqlFormat
        self.bytes = bytes
    }

    private static func binary(_ type: PostgresDataType, _ bytes: [UInt8]) -> PostgresBind {
        PostgresBind(psqlType: type, psqlFormat: .binary, bytes: bytes)
    }

    private static func text(_ type: PostgresDataType, _ text: String) -> PostgresBind {
        PostgresBind(psqlType: type, psqlFormat: .text, bytes: Array(text.utf8))
    }

    /// `date`, `time`/`timetz`, or `timestamp`/`timestamptz` by kind and awareness.
    private static func dataType(of value: DateTimeValue) -> PostgresDataType {
        switch value.kind {
        case .date: return .date
        case .time: return value.isAware ? .timetz : .time
        case .dateTime: return value.isAware ? .timestamptz : .timestamp
        }
    }

    private static func bigEndianBytes<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }

    private static func bytes(of uuid: UUID) -> [UInt8] {
        withUnsafeBytes(of: uuid.uuid) { Array($0) }
    }
}

extension PostgresBindings {
    /// Appends every value, binding `.null` as an untyped NULL.
    init(_ values: [DatabaseValue]) {
        self.init(capacity: values.count)
        for value in values {
            if let bind = PostgresBind(value) {
                append(bind)
            } else {
                appendNull()
            }
        }
    }
}
