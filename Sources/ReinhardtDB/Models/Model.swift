/// A model: a Swift value stored as one row of its table (Django's `models.Model`).
///
/// The `@Model` macro writes the conformance from the declaration; it can also be written by
/// hand, as below. No `Mirror` is involved: rows decode through ``init(reading:)`` and values
/// encode through ``databaseValues``, both straight-line code.
///
/// ```swift
/// struct Product: Model {
///     var id: Int64?
///     var name: String
///     static let schema = ModelSchema(appLabel: "shop", name: "Product", fields: [
///         FieldSchema("id", .bigAutoField, primaryKey: true),
///         FieldSchema("name", .char(maxLength: 100)),
///     ])
///     init(reading row: RowReader) throws { id = try row.decode("id", at: 0); name = try row.decode("name", at: 1) }
///     var databaseValues: [DatabaseValue] { [id.databaseValue, name.databaseValue] }
///     mutating func setPrimaryKey(_ value: DatabaseValue) { id = value.int64Value }
/// }
/// ```
public protocol Model: Sendable {
    /// The table and fields.
    static var schema: ModelSchema { get }

    /// Decodes a row selected with this model's columns: a ``Row``, or a statement's current row
    /// read in place. Each field reads its column by name, at the field's index in ``schema``
    /// (where the model's own queries select it). The row is borrowed, so decoding a model does
    /// not copy the reader; an implementation written as `init(reading row: RowReader)` conforms too.
    init(reading row: borrowing RowReader) throws

    /// Decodes every row of `cursor` with ``init(reading:)``. The `@Model` macro writes this
    /// member into the model's own module, so that the loop over the rows is compiled for the
    /// model there: each row is decoded and stored without going through a generic closure.
    static func decodeRows(_ cursor: inout RowCursor) throws -> [Self]

    /// The value of every field, in ``ModelSchema/fields`` order.
    var databaseValues: [DatabaseValue] { get }

    /// Stores the primary key the database generated on insert.
    mutating func setPrimaryKey(_ value: DatabaseValue)

    /// The field a key path names (`\.price` → `"price"`), for type-checked lookups; the `@Model`
    /// macro writes it.
    static func fieldName(for keyPath: PartialKeyPath<Self>) -> String?
}

extension Model {
    /// Decodes a ``Row`` selected with this model's columns (from ``Database/query(_:_:)``, say).
    public init(row: Row) throws {
        try self.init(reading: RowReader(row))
    }

    /// Decodes the rows with ``init(reading:)``, through generic code (the `@Model` macro writes
    /// a specialized copy).
    public static func decodeRows(_ cursor: inout RowCursor) throws -> [Self] {
        try cursor.collect { try Self(reading: $0) }
    }

    /// No key paths are known (hand-written models can provide them).
    public static func fieldName(for keyPath: PartialKeyPath<Self>) -> String? { nil }

    /// Django's `Model.objects`: the query set of every row.
    public static var objects: QuerySet<Self> { QuerySet() }

    /// The primary key's value (`.null` before the first save of an auto key).
    public var primaryKeyValue: DatabaseValue {
        let index = Self.schema.fields.firstIndex(where: \.isPrimaryKey) ?? 0
        return databaseValues[index]
    }
}
