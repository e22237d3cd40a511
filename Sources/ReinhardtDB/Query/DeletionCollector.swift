/// Deletes rows the way Django's `Collector` does: before a row goes, every registered model
/// whose foreign key points at it is handled by that key's `on_delete` — cascading deletes,
/// refusing (PROTECT, RESTRICT), or setting the key to NULL or its default.
struct DeletionCollector {
    let database: Database

    /// Deletes the rows of `schema` with primary keys `keys` and everything cascading from them;
    /// returns how many rows of `schema` were deleted.
    func delete(_ keys: [DatabaseValue], from schema: ModelSchema) async throws -> Int {
        guard !keys.isEmpty else { return 0 }
        for (related, field) in referencing(schema) {
            try await handle(related, field, keys: keys, target: schema)
        }
        let dialect = database.dialect
        var builder = SQLBuilder(dialect)
        let list = keys.map { builder.bind($0) }.joined(separator: ", ")
        let sql = "DELETE FROM \(dialect.quote(schema.tableName)) WHERE \(dialect.quote(schema.primaryKey.column)) IN (\(list))"
        return try await database.execute(sql, builder.binds).rowsAffected
    }

    private func handle(_ related: ModelSchema, _ field: FieldSchema, keys: [DatabaseValue], target: ModelSchema) async throws {
        guard case .foreignKey(_, let onDelete) = field.kind, onDelete != .doNothing else { return }
        let dialect = database.dialect
        var builder = SQLBuilder(dialect)
        let list = keys.map { builder.bind($0) }.joined(separator: ", ")
        let table = dialect.quote(related.tableName), column = dialect.quote(field.column)
        let condition = "\(column) IN (\(list))"
        switch onDelete {
        case .cascade:
            let rows = try await database.query("SELECT \(dialect.quote(related.primaryKey.column)) FROM \(table) WHERE \(condition)", builder.binds)
            _ = try await delete(rows.map { $0.values[0] }, from: related)
        case .protect, .restrict:
            let rows = try await database.query("SELECT 1 FROM \(table) WHERE \(condition) LIMIT 1", builder.binds)
            if !rows.isEmpty {
                throw ModelError(.protected, "Cannot delete some \(target.name) rows because \(related.name).\(field.name) references them with \(onDelete.rawValue). Delete or reassign those \(related.name) rows first.")
            }
        case .setNull, .setDefault:
            let value = onDelete == .setNull ? DatabaseValue.null : (field.defaultValue ?? .null)
            var update = SQLBuilder(dialect)
            let placeholder = update.bind(value)
            let updateList = keys.map { update.bind($0) }.joined(separator: ", ")
            _ = try await database.execute("UPDATE \(table) SET \(column) = \(placeholder) WHERE \(column) IN (\(updateList))", update.binds)
        case .doNothing:
            break
        }
    }

    /// Every registered model's foreign keys that point at `schema`.
    private func referencing(_ schema: ModelSchema) -> [(ModelSchema, FieldSchema)] {
        ModelRegistry.shared.allSchemas.sorted { $0.qualifiedName < $1.qualifiedName }.flatMap { related in
            related.fields.filter { $0.kind.relatedModel?.lowercased() == schema.qualifiedName.lowercased() }.map { (related, $0) }
        }
    }
}
