import Foundation
import SQLiteNIO

extension DatabaseError {
    /// Classifies an SQLite failure from its extended result code and its message, e.g.
    /// `UNIQUE constraint failed: products.name` or `CHECK constraint failed: price_positive`.
    init(sqlite error: SQLiteError, sql: String?) {
        let parsed = Self.parseConstraintMessage(error.message)
        let kind = Self.kind(of: error.reason) ?? parsed?.kind ?? .other
        self.init(kind: kind, message: error.message, sql: sql)
        guard let parsed, parsed.kind == kind else { return }
        if kind == .checkViolation {
            constraint = parsed.subject.isEmpty ? nil : parsed.subject
        } else {
            (table, columns) = Self.tableAndColumns(parsed.subject)
        }
    }

    private static func kind(of reason: SQLiteError.Reason) -> Kind? {
        switch reason {
        case .constraintUniqueFailed, .constraintPrimaryKeyFailed, .constraintUniqueRowIDFailed: return .uniqueViolation
        case .constraintForeignKeyFailed: return .foreignKeyViolation
        case .constraintNotNullFailed: return .notNullViolation
        case .constraintCheckFailed: return .checkViolation
        default: return nil
        }
    }

    private static let prefixes: [(String, Kind)] = [
        ("UNIQUE constraint failed", .uniqueViolation),
        ("FOREIGN KEY constraint failed", .foreignKeyViolation),
        ("NOT NULL constraint failed", .notNullViolation),
        ("CHECK constraint failed", .checkViolation),
    ]

    /// The kind and the text after `: ` of a constraint message.
    private static func parseConstraintMessage(_ message: String) -> (kind: Kind, subject: String)? {
        for (prefix, kind) in prefixes {
            guard let range = message.range(of: prefix) else { continue }
            var subject = message[range.upperBound...]
            if subject.hasPrefix(":") { subject = subject.dropFirst() }
            return (kind, subject.trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// `products.name, products.sku` → ("products", ["name", "sku"]).
    private static func tableAndColumns(_ subject: String) -> (String?, [String]) {
        var table: String?
        var columns: [String] = []
        for item in subject.split(separator: ",") {
            let parts = item.trimmingCharacters(in: .whitespaces).split(separator: ".", maxSplits: 1)
            guard parts.count == 2 else { continue }
            table = String(parts[0])
            columns.append(String(parts[1]))
        }
        return (table, columns)
    }
}
