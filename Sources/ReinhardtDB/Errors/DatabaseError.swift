/// A statement the database refused, classified so callers can react to constraint failures
/// (Django's `IntegrityError` family) without parsing driver messages.
///
/// ```swift
/// do { try await db.execute("INSERT INTO products (name) VALUES (?)", ["Tea"]) }
/// catch let error as DatabaseError where error.kind == .uniqueViolation { … }
/// ```
public struct DatabaseError: Error, Sendable, CustomStringConvertible {
    /// What went wrong; new kinds may be added, so `switch` with a `default`.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        /// The kind's name, e.g. `uniqueViolation`.
        public let name: String

        private init(_ name: String) { self.name = name }

        /// A `UNIQUE` or `PRIMARY KEY` constraint rejected a duplicate.
        public static let uniqueViolation = Kind("uniqueViolation")
        /// A `FOREIGN KEY` constraint found no referenced row (or a referencing row remains).
        public static let foreignKeyViolation = Kind("foreignKeyViolation")
        /// A `NOT NULL` column was given `NULL`.
        public static let notNullViolation = Kind("notNullViolation")
        /// A `CHECK` constraint evaluated to false.
        public static let checkViolation = Kind("checkViolation")
        /// The server could not be reached or the connection was lost.
        public static let connectionFailed = Kind("connectionFailed")
        /// Anything else: syntax errors, missing tables, type mismatches …
        public static let other = Kind("other")

        /// The kind's name.
        public var description: String { name }
    }

    /// What went wrong.
    public var kind: Kind
    /// The driver's own message, e.g. `UNIQUE constraint failed: products.name`.
    public var message: String
    /// The table the constraint belongs to, when the driver says.
    public var table: String?
    /// The columns involved, when the driver says (SQLite lists them; PostgreSQL names them in
    /// its `Key (…)=(…)` detail or its column field).
    public var columns: [String]
    /// The constraint's name, when the driver says (PostgreSQL always; SQLite for `CHECK`).
    public var constraint: String?
    /// PostgreSQL's detail line, e.g. `Key (name)=(Tea) already exists.`
    public var detail: String?
    /// PostgreSQL's five-character SQLSTATE, e.g. `23505`; nil on SQLite.
    public var sqlState: String?
    /// The statement that failed.
    public var sql: String?

    /// An error with the given fields.
    public init(
        kind: Kind, message: String, table: String? = nil, columns: [String] = [], constraint: String? = nil,
        detail: String? = nil, sqlState: String? = nil, sql: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.table = table
        self.columns = columns
        self.constraint = constraint
        self.detail = detail
        self.sqlState = sqlState
        self.sql = sql
    }

    /// The first of ``columns``, for single-column constraints.
    public var column: String? { columns.first }

    /// The kind, the driver's message, what to do about it, and the SQL.
    public var description: String {
        var text = "\(kind): \(message)"
        if let detail { text += " (\(detail))" }
        text += ". " + advice
        if let sql { text += " SQL: \(sql)" }
        return text
    }

    /// One sentence saying how to fix the kind of failure.
    private var advice: String {
        let target = table.map { table in columns.isEmpty ? table : "\(table).\(columns.joined(separator: ", "))" }
        let place = target.map { " on \($0)" } ?? ""
        switch kind {
        case .uniqueViolation: return "Use a value not already stored\(place), or update the existing row."
        case .foreignKeyViolation: return "Reference a row that exists\(place), or delete the referencing rows first."
        case .notNullViolation: return "Provide a value\(place), or allow NULL in the schema."
        case .checkViolation: return "Change the value so the constraint\(constraint.map { " \($0)" } ?? "") holds."
        case .connectionFailed: return "Check that the database server is running and the connection settings are right."
        default: return "Check the SQL and its bound values."
        }
    }
}
