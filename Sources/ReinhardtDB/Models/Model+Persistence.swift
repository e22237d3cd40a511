/// Saving, deleting and reloading one model (Django's `save()`, `delete()`, `refresh_from_db()`).
extension Model {
    /// Inserts the model when its primary key is unset, otherwise updates its row.
    public mutating func save(in database: Database) async throws {
        let isNew: Bool
        if primaryKeyValue.isNull {
            isNew = true
        } else if Self.schema.primaryKey.kind.isAutoIncrementing {
            isNew = false
        } else {
            isNew = try await !rowExists(in: database)
        }
        if isNew { try await insert(into: database) } else { try await update(in: database) }
    }

    /// Deletes the model's row.
    public func delete(in database: Database) async throws {
        _ = try await Self.objects.using(database).filter(Q.lookup("pk", primaryKeyValue)).delete()
    }

    /// The model as currently stored.
    public func refreshed(from database: Database) async throws -> Self {
        try await Self.objects.using(database).get(Q.lookup("pk", primaryKeyValue))
    }

    /// `INSERT … RETURNING pk`; sets the generated key.
    mutating func insert(into database: Database) async throws {
        let schema = Self.schema
        var builder = SQLBuilder(database.dialect)
        var columns: [String] = []
        var placeholders: [String] = []
        for (field, value) in zip(schema.fields, databaseValues) {
            if field.isPrimaryKey && field.kind.isAutoIncrementing && value.isNull { continue }
            let stored = value.isNull ? (field.defaultValue ?? value) : value
            try checkNull(field, stored)
            columns.append(builder.quote(field.column))
            placeholders.append(builder.bind(try FieldValues.prepare(stored, for: field)))
        }
        let pk = builder.quote(schema.primaryKey.column)
        let values = columns.isEmpty ? "DEFAULT VALUES" : "(\(columns.joined(separator: ", "))) VALUES (\(placeholders.joined(separator: ", ")))"
        let sql = "INSERT INTO \(builder.quote(schema.tableName)) \(values) RETURNING \(pk)"
        let rows = try await database.query(sql, builder.binds)
        if let key = rows.first?[schema.primaryKey.column] { setPrimaryKey(key) }
    }

    private func update(in database: Database) async throws {
        let schema = Self.schema
        var builder = SQLBuilder(database.dialect)
        var assignments: [String] = []
        for (field, value) in zip(schema.fields, databaseValues) where !field.isPrimaryKey {
            try checkNull(field, value)
            assignments.append("\(builder.quote(field.column)) = \(builder.bind(try FieldValues.prepare(value, for: field)))")
        }
        let key = builder.bind(primaryKeyValue)
        let sql = "UPDATE \(builder.quote(schema.tableName)) SET \(assignments.joined(separator: ", ")) WHERE \(builder.quote(schema.primaryKey.column)) = \(key)"
        _ = try await database.execute(sql, builder.binds)
    }

    private func rowExists(in database: Database) async throws -> Bool {
        try await Self.objects.using(database).filter(Q.lookup("pk", primaryKeyValue)).exists()
    }

    private func checkNull(_ field: FieldSchema, _ value: DatabaseValue) throws {
        if value.isNull && !field.isNullable && !(field.isPrimaryKey && field.kind.isAutoIncrementing) {
            throw ModelError(.invalidValue, "Field '\(field.name)' of \(Self.schema.name) cannot be null. Give it a value, or declare it nullable.")
        }
    }
}
