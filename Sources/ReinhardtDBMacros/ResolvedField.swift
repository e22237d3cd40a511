/// A model field ready to be generated: its kind, `FieldSchema` options and column.
struct ResolvedField {
    /// The property it stores.
    let property: StoredProperty
    /// The `FieldKind` expression (`.char(maxLength: 100)`).
    let kind: String
    /// The `FieldSchema` options after the kind, in `FieldSchema.init` order (label, expression).
    let options: [(label: String, value: String)]
    /// The column the row is decoded from.
    let column: String
    /// Whether this is the primary key.
    let isPrimaryKey: Bool

    /// `FieldSchema("name", .kind, options…)`.
    var schemaExpression: String {
        let arguments = ["\"\(property.name)\"", kind] + options.map { "\($0.label): \($0.value)" }
        return "FieldSchema(\(arguments.joined(separator: ", ")))"
    }
}
