/// One result row: the column names in select order and their values.
public struct Row: Sendable, Hashable {
    /// The column names, in the order the statement selected them.
    public let columns: [String]
    /// The values, parallel to ``columns``.
    public let values: [DatabaseValue]
    /// The rows of models a query joined or prefetched, by the foreign-key column that references
    /// them (`category_id`): what ``ForeignKey`` decodes its ``ForeignKey/object`` from.
    public internal(set) var related: [String: Row] = [:]
    /// The rows of a many-to-many relation's members prefetched for this row, by relation name:
    /// what ``ManyToMany`` decodes its objects from.
    public internal(set) var relatedSets: [String: [Row]] = [:]

    /// A row from parallel column names and values.
    public init(columns: [String], values: [DatabaseValue]) {
        precondition(columns.count == values.count, "Row needs one value per column")
        self.columns = columns
        self.values = values
    }

    /// The value of the first column called `name`, or nil when the row has no such column.
    @inlinable
    public subscript(_ name: String) -> DatabaseValue? {
        columns.firstIndex(of: name).map { values[$0] }
    }

    /// The value of the column called `name`, looked for first at `position` (where a model's
    /// own query puts it), then anywhere; nil when the row has no such column.
    @inlinable
    public subscript(_ name: String, expectedAt position: Int) -> DatabaseValue? {
        columns.index(of: name, expectedAt: position).map { values[$0] }
    }

    /// The value at `index` (0-based, in select order).
    public subscript(_ index: Int) -> DatabaseValue {
        values[index]
    }

    /// The number of columns.
    public var count: Int { values.count }
}
