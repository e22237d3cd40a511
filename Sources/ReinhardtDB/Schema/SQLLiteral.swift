import Foundation
import ReinhardtUtils

/// A constant written into DDL (a column default, a value copied into a rebuilt table), where
/// statements cannot take bound parameters. Text is quoted with doubled quotes, so any value is
/// safe to write.
enum SQLLiteral {
    static func render(_ value: DatabaseValue, dialect: SQLDialect) -> String {
        switch value {
        case .null: return "NULL"
        case .integer(let number): return String(number)
        case .real(let number): return number.isFinite ? String(number) : "NULL"
        case .boolean(let flag): return dialect == .postgresql ? (flag ? "true" : "false") : (flag ? "1" : "0")
        case .decimal(let number): return quote(number.description)
        case .text(let text), .json(let text): return quote(text)
        case .dateTime(let date): return quote(date.isoFormat)
        case .uuid(let uuid):
            let text = uuid.uuidString.lowercased()
            return quote(dialect == .postgresql ? text : text.replacingOccurrences(of: "-", with: ""))
        case .blob(let bytes):
            let hex = bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
            return dialect == .postgresql ? "'\\x\(hex)'::bytea" : "X'\(hex)'"
        }
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
