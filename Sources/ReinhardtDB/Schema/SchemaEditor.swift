/// Writes the DDL for models (Django's `BaseDatabaseSchemaEditor`): tables with their columns,
/// constraints and indexes, in each backend's dialect. Migrations drive it.
public struct SchemaEditor: Sendable {
    /// The database the statements run on.
    public let database: Database
    /// Where foreign keys find the model they reference: the migration state while migrating,
    /// the registered models otherwise.
    let relatedSchema: @Sendable (String) -> ModelSchema?

    /// An editor for `database`, resolving foreign keys through the registered models.
    public init(_ database: Database) {
        self.init(database, relatedSchema: { ModelRegistry.shared.schema(named: $0) })
    }

    /// An editor resolving foreign keys through `relatedSchema`.
    init(_ database: Database, relatedSchema: @escaping @Sendable (String) -> ModelSchema?) {
        self.database = database
        self.relatedSchema = relatedSchema
    }

    /// Creates the table and indexes for `schema`, in one transaction.
    public func createTable(_ schema: ModelSchema) async throws {
        let statements = createTableStatements(schema)
        try await database.transaction { transaction in
            for statement in statements { _ = try await transaction.execute(statement, []) }
        }
    }

    /// Drops the table for `schema`.
    public func dropTable(_ schema: ModelSchema) async throws {
        _ = try await database.execute("DROP TABLE \(quote(schema.tableName))")
    }

    /// `CREATE TABLE` followed by `CREATE INDEX` statements.
    public func createTableStatements(_ schema: ModelSchema) -> [String] {
        let columns = schema.fields.map(columnDefinition)
        let create = "CREATE TABLE \(quote(schema.tableName)) (\(columns.joined(separator: ", ")))"
        let fieldIndexes = schema.fields.filter { $0.hasIndex && !$0.isUnique }.map { fieldIndexStatement(schema, $0) }
        let metaIndexes = schema.indexes.map { index in
            let columns = index.fields.map { name -> String in
                let descending = name.hasPrefix("-")
                let column = schema.field(named: descending ? String(name.dropFirst()) : name)?.column ?? name
                return quote(column) + (descending ? " DESC" : "")
            }
            return "CREATE \(index.isUnique ? "UNIQUE " : "")INDEX \(quote(index.name)) ON \(quote(schema.tableName)) (\(columns.joined(separator: ", ")))"
        }
        return [create] + fieldIndexes + metaIndexes
    }

    /// A column's definition: name, type, NULL-ness, key, uniqueness, checks and references.
    func columnDefinition(_ field: FieldSchema) -> String {
        let dialect = database.dialect
        var parts = [quote(field.column), ColumnTypes.type(for: field.kind, dialect: dialect)]
        if field.isPrimaryKey {
            parts.append(ColumnTypes.primaryKeySuffix(for: field.kind, dialect: dialect))
        } else {
            parts.append(field.isNullable ? "NULL" : "NOT NULL")
            if field.isUnique { parts.append("UNIQUE") }
        }
        if field.kind == .positiveInteger { parts.append("CHECK (\(quote(field.column)) >= 0)") }
        if field.kind == .json, dialect == .sqlite {
            parts.append("CHECK ((JSON_VALID(\(quote(field.column))) OR \(quote(field.column)) IS NULL))")
        }
        if case .foreignKey(let target, let onDelete) = field.kind, let related = relatedSchema(target) {
            let action = onDelete == .restrict ? " ON DELETE RESTRICT" : ""
            parts.append("REFERENCES \(quote(related.tableName)) (\(quote(related.primaryKey.column)))\(action) DEFERRABLE INITIALLY DEFERRED")
        }
        return parts.joined(separator: " ")
    }
}
