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

    /// Creates the table and indexes for `schema` and the join tables of its many-to-many
    /// relations (whose targets' tables must exist), in one transaction.
    public func createTable(_ schema: ModelSchema) async throws {
        let throughs = schema.manyToMany.map(schema.throughSchema)
        let statements = try ([schema] + throughs).flatMap(createTableStatements)
        try await database.transaction { transaction in
            for statement in statements { _ = try await transaction.execute(statement, []) }
        }
    }

    /// Drops the table for `schema` and the join tables of its many-to-many relations.
    public func dropTable(_ schema: ModelSchema) async throws {
        for through in schema.manyToMany.map(schema.throughSchema) {
            _ = try await database.execute("DROP TABLE \(quote(through.tableName))")
        }
        _ = try await database.execute("DROP TABLE \(quote(schema.tableName))")
    }

    /// `CREATE TABLE` (with check constraints) followed by `CREATE INDEX` statements (unique
    /// constraints are unique indexes).
    /// - Throws: ``ModelError`` when a constraint names an unknown field or crosses a relation.
    public func createTableStatements(_ schema: ModelSchema) throws -> [String] {
        let checks = try schema.constraints.compactMap { constraint -> String? in
            guard case .check(let name, let condition) = constraint else { return nil }
            return "CONSTRAINT \(quote(name)) CHECK (\(try constraintSQL(condition, schema)))"
        }
        let columns = schema.fields.map(columnDefinition) + checks
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
        let uniqueConstraints = try schema.constraints.compactMap { try uniqueIndexStatement($0, schema) }
        return [create] + fieldIndexes + metaIndexes + uniqueConstraints
    }

    /// `CREATE UNIQUE INDEX name ON table (columns) [WHERE condition]` for a unique constraint.
    func uniqueIndexStatement(_ constraint: ConstraintSchema, _ schema: ModelSchema) throws -> String? {
        guard case .unique(let name, let fields, let condition) = constraint else { return nil }
        let columns = try fields.map { name -> String in
            guard let field = schema.field(named: name) else {
                throw ModelError(.unknownField, "Constraint '\(constraint.name)' names '\(name)', which is not a field of \(schema.name).")
            }
            return quote(field.column)
        }
        let predicate = try condition.map { " WHERE " + (try constraintSQL($0, schema)) } ?? ""
        return "CREATE UNIQUE INDEX \(quote(name)) ON \(quote(schema.tableName)) (\(columns.joined(separator: ", ")))\(predicate)"
    }

    /// A constraint's condition as SQL over the table's own columns, values written as literals.
    func constraintSQL(_ condition: Q, _ schema: ModelSchema) throws -> String {
        var compiler = QueryCompiler(constraintOn: schema, dialect: database.dialect)
        let sql = try compiler.compile(condition)
        guard compiler.joinClause.isEmpty else {
            throw ModelError(.invalidValue, "A constraint of \(schema.name) cannot refer to other models' fields.")
        }
        return sql
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
