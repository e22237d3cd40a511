import Foundation

extension DatabaseError {
    /// Classifies an SQLite failure from its extended result code and its message, e.g.
    /// `UNIQUE constraint failed: products.name` or `CHECK constraint failed: price_positive`.
    init(sqlite error: SQLiteFailure, sql: String?) {
        guard error.isConstraintFailure else {
            self.init(kind: .other, message: error.message, sql: sql)
            return
        }
        let parsed = Self.parseConstraintMessage(error.message)
        let kind = Self.constraintKind(ofCode: error.code) ?? parsed?.kind ?? .other
        self.init(kind: kind, message: error.message, sql: sql)
        guard let parsed, parsed.kind == kind else { return }
        if kind == .checkViolation {
            constraint = parsed.subject.isEmpty ? nil : parsed.subject
        } else {
            (table, columns) = Self.tableAndColumns(parsed.subject)
        }
    }

    /// The kind a constraint failure's extended result code names, when it names one.
    private static func constraintKind(ofCode code: Int32) -> Kind? {
        // The extended code's upper byte; Swift does not import the C macros that spell them.
        switch code >> 8 {
        case 8, 6, 10: return .uniqueViolation  // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY, _ROWID
        case 3: return .foreignKeyViolation  // SQLITE_CONSTRAINT_FOREIGNKEY
        case 5: return .notNullViolation  // SQLITE_CONSTRAINT_NOTNULL
        case 1: return .checkViolation  // SQLITE_CONSTRAINT_CHECK
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
