/// Changing an existing table's columns and indexes. PostgreSQL alters in place; SQLite rebuilds
/// the table (create the new shape, copy the rows, drop, rename), as Django's SQLite backend does.
extension SchemaEditor {
    /// Adds `field` to the table of `schema` (the state before); existing rows get its default.
    func addField(_ field: FieldSchema, to schema: ModelSchema, on connection: any DatabaseConnection) async throws {
        var after = schema
        after.fields.append(field)
        if database.dialect == .sqlite {
            let copies = schema.fields.map { ($0.column, quote($0.column)) }
                + [(field.column, SQLLiteral.render(field.defaultValue ?? .null, dialect: database.dialect))]
            return try await rebuild(from: schema, to: after, copies: copies, on: connection)
        }
        let table = quote(schema.tableName)
        var definition = columnDefinition(field)
        if let value = field.defaultValue { definition += " DEFAULT " + SQLLiteral.render(value, dialect: database.dialect) }
        _ = try await connection.execute("ALTER TABLE \(table) ADD COLUMN \(definition)", [])
        if field.defaultValue != nil {
            _ = try await connection.execute("ALTER TABLE \(table) ALTER COLUMN \(quote(field.column)) DROP DEFAULT", [])
        }
        if field.hasIndex && !field.isUnique { _ = try await connection.execute(fieldIndexStatement(schema, field), []) }
    }

    /// Drops the field called `name` from the table of `schema` (the state before).
    func removeField(_ name: String, from schema: ModelSchema, on connection: any DatabaseConnection) async throws {
        guard let field = schema.field(named: name) else { return }
        var after = schema
        after.fields.removeAll { $0.name == name }
        if database.dialect == .sqlite {
            return try await rebuild(from: schema, to: after, copies: after.fields.map { ($0.column, quote($0.column)) }, on: connection)
        }
        _ = try await connection.execute("ALTER TABLE \(quote(schema.tableName)) DROP COLUMN \(quote(field.column)) CASCADE", [])
    }

    /// Changes the field to `new` (same name) in the table of `schema` (the state before).
    func alterField(_ new: FieldSchema, in schema: ModelSchema, on connection: any DatabaseConnection) async throws {
        guard let old = schema.field(named: new.name) else { return }
        var after = schema
        after.fields = schema.fields.map { $0.name == new.name ? new : $0 }
        if database.dialect == .sqlite {
            let copies = after.fields.map { field -> (String, String) in
                let source = field.name == new.name ? old.column : field.column
                return (field.column, quote(source))
            }
            return try await rebuild(from: schema, to: after, copies: copies, on: connection)
        }
        try await alterPostgresColumn(from: old, to: new, table: schema.tableName, on: connection)
    }

    /// Renames a field's column.
    func renameField(_ old: String, to new: String, in schema: ModelSchema, after: ModelSchema, on connection: any DatabaseConnection) async throws {
        guard let before = schema.field(named: old), let renamed = after.field(named: new), before.column != renamed.column else { return }
        _ = try await connection.execute(
            "ALTER TABLE \(quote(schema.tableName)) RENAME COLUMN \(quote(before.column)) TO \(quote(renamed.column))", [])
    }

    /// Creates one of `Meta.indexes`.
    func addIndex(_ index: IndexSchema, to schema: ModelSchema, on connection: any DatabaseConnection) async throws {
        var withIndex = schema
        withIndex.indexes = [index]
        withIndex.constraints = []
        withIndex.fields = schema.fields.map { var field = $0; field.hasIndex = false; return field }
        for statement in try createTableStatements(withIndex).dropFirst() { _ = try await connection.execute(statement, []) }
    }

    /// Adds a constraint to the table of `schema` (the state before): a unique index, or a check —
    /// in place on PostgreSQL, by rebuilding the table on SQLite. Existing rows must satisfy it.
    func addConstraint(_ constraint: ConstraintSchema, to schema: ModelSchema, on connection: any DatabaseConnection) async throws {
        if let statement = try uniqueIndexStatement(constraint, schema) {
            _ = try await connection.execute(statement, [])
            return
        }
        guard case .check(let name, let condition) = constraint else { return }
        if database.dialect == .sqlite {
            var after = schema
            after.constraints.append(constraint)
            return try await rebuild(from: schema, to: after, copies: schema.fields.map { ($0.column, quote($0.column)) }, on: connection)
        }
        _ = try await connection.execute(
            "ALTER TABLE \(quote(schema.tableName)) ADD CONSTRAINT \(quote(name)) CHECK (\(try constraintSQL(condition, schema)))", [])
    }

    /// Drops the constraint called `name` from the table of `schema` (the state before).
    func removeConstraint(_ name: String, from schema: ModelSchema, on connection: any DatabaseConnection) async throws {
        guard let constraint = schema.constraints.first(where: { $0.name == name }) else { return }
        if case .unique = constraint { return try await removeIndex(name, on: connection) }
        if database.dialect == .sqlite {
            var after = schema
            after.constraints.removeAll { $0.name == name }
            return try await rebuild(from: schema, to: after, copies: schema.fields.map { ($0.column, quote($0.column)) }, on: connection)
        }
        _ = try await connection.execute("ALTER TABLE \(quote(schema.tableName)) DROP CONSTRAINT \(quote(name))", [])
    }

    /// Drops an index by name.
    func removeIndex(_ name: String, on connection: any DatabaseConnection) async throws {
        _ = try await connection.execute("DROP INDEX \(quote(name))", [])
    }

    private func alterPostgresColumn(from old: FieldSchema, to new: FieldSchema, table: String, on connection: any DatabaseConnection) async throws {
        let prefix = "ALTER TABLE \(quote(table)) ALTER COLUMN \(quote(new.column))"
        let oldType = ColumnTypes.type(for: old.kind, dialect: .postgresql)
        let newType = ColumnTypes.type(for: new.kind, dialect: .postgresql)
        if oldType != newType {
            _ = try await connection.execute("\(prefix) TYPE \(newType) USING \(quote(new.column))::\(newType)", [])
        }
        if old.isNullable != new.isNullable {
            _ = try await connection.execute("\(prefix) \(new.isNullable ? "DROP" : "SET") NOT NULL", [])
        }
        if old.isUnique != new.isUnique && !new.isPrimaryKey {
            let constraint = quote("\(table)_\(new.column)_key")
            _ = try await connection.execute(
                new.isUnique
                    ? "ALTER TABLE \(quote(table)) ADD CONSTRAINT \(constraint) UNIQUE (\(quote(new.column)))"
                    : "ALTER TABLE \(quote(table)) DROP CONSTRAINT \(constraint)", [])
        }
        let oldIndexed = old.hasIndex && !old.isUnique, newIndexed = new.hasIndex && !new.isUnique
        if oldIndexed != newIndexed {
            let index = quote("\(table)_\(new.column)_idx")
            _ = try await connection.execute(
                newIndexed ? "CREATE INDEX \(index) ON \(quote(table)) (\(quote(new.column)))" : "DROP INDEX \(index)", [])
        }
    }

    /// SQLite's table rebuild: the new table under a temporary name, rows copied with `copies`
    /// (target column, source expression), the old table dropped and the new one renamed.
    func rebuild(from before: ModelSchema, to after: ModelSchema, copies: [(String, String)], on connection: any DatabaseConnection) async throws {
        var temporary = after
        temporary.tableName = "new__" + after.tableName
        temporary.indexes = []
        temporary.fields = after.fields.map { var field = $0; field.hasIndex = false; return field }
        _ = try await connection.execute(try createTableStatements(temporary)[0], [])
        let targets = copies.map { quote($0.0) }.joined(separator: ", ")
        let sources = copies.map(\.1).joined(separator: ", ")
        _ = try await connection.execute(
            "INSERT INTO \(quote(temporary.tableName)) (\(targets)) SELECT \(sources) FROM \(quote(before.tableName))", [])
        _ = try await connection.execute("DROP TABLE \(quote(before.tableName))", [])
        _ = try await connection.execute("ALTER TABLE \(quote(temporary.tableName)) RENAME TO \(quote(after.tableName))", [])
        for statement in try createTableStatements(after).dropFirst() { _ = try await connection.execute(statement, []) }
    }

    func fieldIndexStatement(_ schema: ModelSchema, _ field: FieldSchema) -> String {
        "CREATE INDEX \(quote("\(schema.tableName)_\(field.column)_idx")) ON \(quote(schema.tableName)) (\(quote(field.column)))"
    }

    func quote(_ identifier: String) -> String { database.dialect.quote(identifier) }
}
