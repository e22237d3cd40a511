import SwiftSyntax

/// Writes the members of a model's `Model` conformance: `schema`, `init(reading:)`, `databaseValues`,
/// `setPrimaryKey(_:)` and `fieldName(for:)`.
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
        [schema, rowInitializer, databaseValues, setPrimaryKey, fieldName].joined(separator: "\n\n")
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

    private var rowInitializer: String {
        let lines = fields.enumerated().map { index, field in
            "    self.\(field.property.swiftName) = try row.decode(\"\(field.column)\", at: \(index))"
        }
            + relations.map { "    self.\($0.swiftName) = try row.decode(\"\($0.name)\")" }
        return "\(access)init(reading row: RowReader) throws {\n\(lines.joined(separator: "\n"))\n}"
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
