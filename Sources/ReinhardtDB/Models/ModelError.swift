/// A problem with a model, a query or a row: Django's `FieldError`, `DoesNotExist`,
/// `MultipleObjectsReturned` and friends, each naming what to fix.
public struct ModelError: Error, Sendable, CustomStringConvertible {
    /// Which problem this is.
    public struct Kind: Hashable, Sendable {
        let name: String
        /// A lookup named a field the model does not have (Django's `FieldError`).
        public static let unknownField = Kind(name: "unknownField")
        /// A lookup the field does not support.
        public static let unknownLookup = Kind(name: "unknownLookup")
        /// `get()` found no row (Django's `DoesNotExist`).
        public static let doesNotExist = Kind(name: "doesNotExist")
        /// `get()` found several rows (Django's `MultipleObjectsReturned`).
        public static let multipleObjectsReturned = Kind(name: "multipleObjectsReturned")
        /// A value that does not fit the column, refused before any SQL.
        public static let invalidValue = Kind(name: "invalidValue")
        /// A row that cannot be decoded into the model.
        public static let decoding = Kind(name: "decoding")
        /// A delete refused because protected rows reference the rows (Django's `ProtectedError`).
        public static let protected = Kind(name: "protected")
        /// No database to run the query on.
        public static let noDatabase = Kind(name: "noDatabase")
    }

    /// Which problem.
    public var kind: Kind
    /// What went wrong and how to fix it.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }

    @usableFromInline
    static func missingColumn(_ name: String) -> ModelError {
        ModelError(.decoding, "The row has no column '\(name)'. Select the model's own columns, or fix the column name.")
    }

    @usableFromInline
    static func wrongType(column: String, expected: String, found: DatabaseValue) -> ModelError {
        ModelError(.decoding, "Column '\(column)' holds \(found), which is not a \(expected). Check the field's type against the table.")
    }
}
