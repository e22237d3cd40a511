import Foundation
import NIOCore
import PostgresNIO
import ReinhardtUtils

/// Reads PostgreSQL result cells (binary format, as PostgresNIO requests them) into values.
enum PostgresCellDecoder {
    /// Microseconds from 1970-01-01 to PostgreSQL's epoch, 2000-01-01.
    private static let epochOffset = 946_684_800 * 1_000_000

    /// The value of one cell; types without a native case come back as UTF-8 text, else bytes.
    static func value(of cell: PostgresCell) -> DatabaseValue {
        guard let buffer = cell.bytes else { return .null }
        if cell.format == .text {
            return .text(string(buffer))
        }
        var reader = buffer
        return binaryValue(type: cell.dataType, buffer: &reader) ?? fallback(buffer)
    }

    private static func binaryValue(type: PostgresDataType, buffer: inout ByteBuffer) -> DatabaseValue? {
        switch type {
        case .bool: return buffer.readInteger(as: UInt8.self).map { .boolean($0 != 0) }
        case .int2: return buffer.readInteger(as: Int16.self).map { .integer(Int64($0)) }
        case .int4: return buffer.readInteger(as: Int32.self).map { .integer(Int64($0)) }
        case .oid: return buffer.readInteger(as: UInt32.self).map { .integer(Int64($0)) }
        case .int8: return buffer.readInteger(as: Int64.self).map { .integer($0) }
        case .float4: return buffer.readInteger(as: UInt32.self).map { .real(Double(Float(bitPattern: $0))) }
        case .float8: return buffer.readInteger(as: UInt64.self).map { .real(Double(bitPattern: $0)) }
        case .numeric: return numeric(&buffer).flatMap(PythonDecimal.init).map { .decimal($0) }
        case .text, .varchar, .bpchar, .name, .char: return .text(string(buffer))
        case .bytea: return .blob(Array(buffer.readableBytesView))
        case .json: return .json(string(buffer))
        case .jsonb: return buffer.readInteger(as: UInt8.self) == 1 ? .json(string(buffer)) : nil
        case .uuid: return buffer.readBytes(length: 16).map { .uuid(uuid($0)) }
        default: return temporalValue(type: type, buffer: &buffer)
        }
    }

    private static func temporalValue(type: PostgresDataType, buffer: inout ByteBuffer) -> DatabaseValue? {
        switch type {
        case .date:
            guard let days = buffer.readInteger(as: Int32.self) else { return nil }
            let value = wall(Int(days) * 86_400_000_000, utcOffset: nil)
            return .dateTime(DateTimeValue(year: value.year, month: value.month, day: value.day))
        case .time:
            return buffer.readInteger(as: Int64.self).map { .dateTime(time(microseconds: $0, utcOffset: nil)) }
        case .timetz:
            guard let micro = buffer.readInteger(as: Int64.self), let west = buffer.readInteger(as: Int32.self)
            else { return nil }
            return .dateTime(time(microseconds: micro, utcOffset: -Int(west)))
        case .timestamp, .timestamptz:
            guard let micro = buffer.readInteger(as: Int64.self) else { return nil }
            if micro == .max { return .text("infinity") }
            if micro == .min { return .text("-infinity") }
            return .dateTime(wall(Int(micro), utcOffset: type == .timestamptz ? 0 : nil))
        default:
            return nil
        }
    }

    /// A datetime `micro` microseconds after 2000-01-01 (UTC when `utcOffset` is 0).
    private static func wall(_ micro: Int, utcOffset: Int?) -> DateTimeValue {
        DateTimeValue(
            wallMicroseconds: micro + epochOffset, utcOffset: utcOffset,
            timeZoneName: utcOffset.map(DateTimeValue.fixedOffsetName))
    }

    private static func time(microseconds: Int64, utcOffset: Int?) -> DateTimeValue {
        let micro = Int(microseconds)
        let seconds = micro / 1_000_000
        return DateTimeValue(
            hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60, microsecond: micro % 1_000_000,
            utcOffset: utcOffset, timeZoneName: utcOffset.map(DateTimeValue.fixedOffsetName))
    }

    /// PostgreSQL's binary `numeric` as plain decimal text that keeps its scale (`1.50`).
    private static func numeric(_ buffer: inout ByteBuffer) -> String? {
        guard let count = buffer.readInteger(as: Int16.self), let weight = buffer.readInteger(as: Int16.self),
            let sign = buffer.readInteger(as: UInt16.self), let scale = buffer.readInteger(as: Int16.self)
        else { return nil }
        switch sign {
        case 0xC000: return "NaN"
        case 0xD000: return "Infinity"
        case 0xF000: return "-Infinity"
        default: break
        }
        var groups: [Int] = []
        for _ in 0..<Int(count) {
            guard let group = buffer.readInteger(as: Int16.self) else { return nil }
            groups.append(Int(group))
        }
        let text = numericText(groups: groups, weight: Int(weight), scale: Int(scale))
        return sign == 0x4000 ? "-" + text : text
    }

    /// Base-10000 digit groups to text: group `i` is worth 10000^(weight - i).
    private static func numericText(groups: [Int], weight: Int, scale: Int) -> String {
        func group(_ index: Int) -> Int { index >= 0 && index < groups.count ? groups[index] : 0 }
        func padded(_ value: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: 4 - digits.count) + digits
        }
        var integer = weight < 0 ? "0" : String(group(0))
        if weight >= 1 {
            for index in 1...weight { integer += padded(group(index)) }
        }
        guard scale > 0 else { return integer }
        var fraction = ""
        var index = weight + 1
        while fraction.count < scale {
            fraction += padded(group(index))
            index += 1
        }
        return integer + "." + fraction.prefix(scale)
    }

    private static func string(_ buffer: ByteBuffer) -> String {
        String(decoding: buffer.readableBytesView, as: UTF8.self)
    }

    private static func uuid(_ b: [UInt8]) -> UUID {
        UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }

    /// Enums and other text-like types are UTF-8; anything else is handed over as raw bytes.
    private static func fallback(_ buffer: ByteBuffer) -> DatabaseValue {
        let bytes = Array(buffer.readableBytesView)
        if let text = String(validating: bytes, as: UTF8.self) { return .text(text) }
        return .blob(bytes)
    }
}

extension Row {
    /// The rows of one PostgreSQL result, sharing one array of column names (every row of a
    /// statement has the same columns), each with its cells decoded.
    static func rows(fromPostgres postgresRows: [PostgresRow]) -> [Row] {
        var names: [String]?
        var rows: [Row] = []
        rows.reserveCapacity(postgresRows.count)
        for postgresRow in postgresRows {
            var values: [DatabaseValue] = []
            values.reserveCapacity(names?.count ?? 8)
            for cell in postgresRow { values.append(PostgresCellDecoder.value(of: cell)) }
            if names == nil { names = postgresRow.map(\.columnName) }
            rows.append(Row(columns: names!, values: values))
        }
        return rows
    }
}
