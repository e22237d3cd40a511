import ReinhardtUtils

/// The columns of one result row, as a model's ``Model/init(reading:)`` reads them: a ``Row``, or
/// a statement's current row read in place, which lets a query set decode its models without
/// building a ``Row`` of ``DatabaseValue``s first (on SQLite).
///
/// The `decode` methods turn a column into a field's Swift type. `RowReader` is one concrete type,
/// not a protocol, so that they are specialized for each field's type where a model calls them.
public struct RowReader {
    private enum Columns {
        case row(Row)
        case sqlite(SQLiteRow)
    }

    private let columns: Columns
    /// The statement row that typed reads take their columns from in place: the SQLite row,
    /// unless decimals are quantized (then every read goes through ``value(_:at:)``). Kept apart
    /// from ``columns`` so that a typed read, once per column, copies no enum payload.
    private let inPlace: SQLiteRow?
    /// The model's fields when its decimals must be quantized to their places as they are read
    /// (see ``FieldValues/quantized(_:for:)``); nil otherwise.
    private let decimalFields: [FieldSchema]?

    /// Reads `row`.
    public init(_ row: Row) {
        columns = .row(row)
        inPlace = nil
        decimalFields = nil
    }

    /// Reads the current row of an SQLite statement in place.
    init(_ row: SQLiteRow) {
        columns = .sqlite(row)
        inPlace = row
        decimalFields = nil
    }

    private init(_ columns: Columns, decimalFields: [FieldSchema]) {
        self.columns = columns
        inPlace = nil
        self.decimalFields = decimalFields
    }

    /// The same row, its decimal columns quantized to the places of `schema`'s fields as read.
    func quantizingDecimals(of schema: ModelSchema) -> RowReader {
        RowReader(columns, decimalFields: schema.fields)
    }

    /// The row as a ``Row`` that outlives the statement's step.
    var row: Row {
        switch columns {
        case .row(let row): row
        case .sqlite(let row): row.materialized
        }
    }

    /// The value of the column called `name`, looked for first at `position` (where a model's own
    /// query puts the field; -1 when unknown), then anywhere.
    /// - Throws: ``ModelError`` naming the column when the row has none of that name.
    public func value(_ name: String, at position: Int) throws -> DatabaseValue {
        let value: DatabaseValue
        switch columns {
        case .row(let row):
            guard let found = row[name, expectedAt: position] else { throw ModelError.missingColumn(name) }
            value = found
        case .sqlite(let row):
            value = try row.value(at: row.column(name, at: position))
        }
        guard let decimalFields else { return value }
        return quantized(value, column: name, at: position, among: decimalFields)
    }

    private func quantized(_ value: DatabaseValue, column: String, at position: Int, among fields: [FieldSchema]) -> DatabaseValue {
        let field = position >= 0 && position < fields.count && fields[position].column == column
            ? fields[position] : fields.first { $0.column == column }
        return field.flatMap { FieldValues.quantized(value, for: $0) } ?? value
    }

    /// Column `name` converted from its ``DatabaseValue``, as every type can be read.
    /// - Throws: ``ModelError`` naming the column when it is missing or holds another type.
    func converted<T: DatabaseValueConvertible>(_ name: String, at position: Int) throws -> T {
        let value = try value(name, at: position)
        guard let decoded = T(databaseValue: value) else {
            throw ModelError.wrongType(column: name, expected: "\(T.self)", found: value)
        }
        return decoded
    }

    // Typed reads, which the standard field types use: in place on SQLite when the column holds
    // the expected storage class, with no ``DatabaseValue`` made; converted otherwise.

    /// Column `name` as an integer.
    @inline(__always)
    func integer(_ name: String, at position: Int) throws -> Int64 {
        try read(name, at: position) { try $0.integer(name, at: position) }
    }

    /// Column `name` as a double.
    @inline(__always)
    func real(_ name: String, at position: Int) throws -> Double {
        try read(name, at: position) { try $0.real(name, at: position) }
    }

    /// Column `name` as text.
    @inline(__always)
    func text(_ name: String, at position: Int) throws -> String {
        try read(name, at: position) { try $0.text(name, at: position) }
    }

    /// Column `name` as a date, time or datetime.
    @inline(__always)
    func dateTime(_ name: String, at position: Int) throws -> DateTimeValue {
        try read(name, at: position) { try $0.dateTime(name, at: position) }
    }

    /// Column `name` read in place by `inPlaceRead` when it can, else converted.
    @inline(__always)
    private func read<T: DatabaseValueConvertible>(
        _ name: String, at position: Int, inPlace inPlaceRead: (SQLiteRow) throws -> T?
    ) throws -> T {
        if let row = inPlace, let value = try inPlaceRead(row) { return value }
        return try converted(name, at: position)
    }

    /// Whether column `name` is NULL.
    @usableFromInline
    func isNull(_ name: String, at position: Int) throws -> Bool {
        if let row = inPlace { return try row.isNull(name, at: position) }
        return try value(name, at: position).isNull
    }

    /// The row of the model that the foreign key in column `name` references, when the query
    /// joined (`selectRelated`) or prefetched it.
    func relatedRow(_ name: String) -> Row? {
        guard case .row(let row) = columns else { return nil }
        return row.related[name]
    }

    /// The member rows of the many-to-many relation `name`, when the query prefetched them.
    func relatedRows(_ name: String) -> [Row]? {
        guard case .row(let row) = columns else { return nil }
        return row.relatedSets[name]
    }
}

extension Array where Element == String {
    /// The index of the column called `name` in these column names, looked for first at
    /// `position` (where a model's own query puts it), then anywhere.
    @usableFromInline @inline(__always)
    func index(of name: String, expectedAt position: Int) -> Int? {
        if position >= 0, position < count, self[position] == name { return position }
        return firstIndex(of: name)
    }
}
