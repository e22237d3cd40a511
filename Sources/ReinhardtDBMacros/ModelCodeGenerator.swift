import SwiftSyntax

/// Writes the members of a model's `Model` conformance: `schema`, `init(reading:)`, `decodeRows(_:)`,
/// `databaseValues`, `setPrimaryKey(_:)` and `fieldName(for:)`.
struct ModelCodeGenerator {
    /// The struct's name.
    let typeName: String
    /// The `@Model` arguments.
    let arguments: ModelArguments
    /// The fields, in declaration order.
    let fields: [ResolvedField]
    /// The `ManyToMany<T>` properties: relations with a join table, not columns.
    let relations: [StoredProperty]
    /// `"public "`, `"package "` or `""`: the struct's access level, repeated on each member.
    let access: String

    /// Every member, separated by blank lines.
    var members: String {
        [schema, rowInitializer, rowsDecoder, databaseValues, setPrimaryKey, fieldName].joined(separator: "\n\n")
    }

    private var schema: String {
        var lines = ["appLabel: \(arguments.app?.description ?? "\"\"")", "name: \"\(typeName)\""]
        if let table = arguments.table { lines.append("tableName: \(table)") }
        let fieldLines = fields.map { "        \($0.schemaExpression)," }.joined(separator: "\n")
        lines.append("fields: [\n\(fieldLines)\n    ]")
        if let ordering = arguments.ordering { lines.append("ordering: \(ordering)") }
        if let indexes = arguments.indexes { lines.append("indexes: \(indexes)") }
        if let constraints = arguments.constraints { lines.append("constraints: \(constraints)") }
        if !relations.isEmpty {
            let items = relations.map { "ManyToManySchema(\"\($0.name)\", to: \($0.fieldType.manyToManyTarget!.trimmedDescription).self)" }
            lines.append("manyToMany: [\(items.joined(separator: ", "))]")
        }
        let body = lines.map { "    \($0)" }.joined(separator: ",\n")
        return "\(access)static let schema = ModelSchema(\n\(body)\n)"
    }

    /// `init(reading:)`: every column is decoded into a local first and the properties are set
    /// once nothing can throw any more. Assigning each property as it is decoded makes the
    /// compiler build the model aside and copy it out (retaining every reference in it), per row.
    private var rowInitializer: String {
        let columns = fields.enumerated().map { index, field in
            (field.property, "row.decode(\"\(field.column)\", at: \(index))")
        }
        let decoded = columns + relations.map { ($0, "row.decode(\"\($0.name)\")") }
        let reads = decoded.map { property, read in
            "    let \(Self.local(property)): \(property.type.trimmedDescription) = try \(read)"
        }
        let assignments = decoded.map { property, _ in "    self.\(property.swiftName) = \(Self.local(property))" }
        let body = (reads + assignments).joined(separator: "\n")
        return "\(access)init(reading row: borrowing RowReader) throws {\n\(body)\n}"
    }

    /// The local a property's decoded value is held in: `_` and the field name, which no other
    /// local and not the `row` parameter can be called.
    private static func local(_ property: StoredProperty) -> String {
        "_\(property.name)"
    }

    /// `decodeRows(_:)`: the same code as `Model`'s default, written here so that the row loop is
    /// compiled for this model (the default runs generic).
    private var rowsDecoder: String {
        "\(access)static func decodeRows(_ cursor: inout RowCursor) throws -> [Self] {\n    try cursor.collect {\n        try Self(reading: $0)\n    }\n}"
    }

    private var databaseValues: String {
        let lines = fields.map { "        self.\($0.property.swiftName).databaseValue," }
        return "\(access)var databaseValues: [DatabaseValue] {\n    [\n\(lines.joined(separator: "\n"))\n    ]\n}"
    }

    private var setPrimaryKey: String {
        let body: String
        if let key = fields.first(where: \.isPrimaryKey) {
            let type = key.property.fieldType
            let swiftName = key.property.swiftName
            if type.isOptional {
                body = "    self.\(swiftName) = \(type.wrapped.trimmedDescription)(databaseValue: value)"
            } else {
                body = "    if let key = \(type.wrapped.trimmedDescription)(databaseValue: value) {\n        self.\(swiftName) = key\n    }"
            }
        } else {
            body = ""
        }
        return "\(access)mutating func setPrimaryKey(_ value: DatabaseValue) {\n\(body)\n}"
    }

    private var fieldName: String {
        let cases = fields.map { "    case \\Self.\($0.property.swiftName): \"\($0.property.name)\"" }
            + relations.map { "    case \\Self.\($0.swiftName): \"\($0.name)\"" }
        let body = (cases + ["    default: nil"]).joined(separator: "\n")
        return "\(access)static func fieldName(for keyPath: PartialKeyPath<Self>) -> String? {\n    switch keyPath {\n\(body)\n    }\n}"
    }
}
