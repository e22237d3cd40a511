/// Changing rows through a query set: `update`, `delete`, `create`.
extension QuerySet {
    /// Sets fields on every matching row in one `UPDATE`; returns how many rows changed.
    public func update(_ changes: [String: DatabaseValue]) async throws -> Int {
        try await update(changes.mapValues(Expression.value))
    }

    /// Sets fields to computed values on every matching row in one `UPDATE` — the database reads
    /// and writes each row, so concurrent updates do not lose each other's changes:
    /// `update(["stock": F("stock") - 1])`. Returns how many rows changed.
    public func update(_ changes: [String: Expression]) async throws -> Int {
        let database = try resolvedDatabase()
        var compiler = QueryCompiler(M.schema, dialect: database.dialect)
        var assignments: [String] = []
        for (name, expression) in changes.sorted(by: { $0.key < $1.key }) {
            guard let field = M.schema.field(named: name) else { throw compiler.unknownField(name) }
            let valueSQL: String
            if case .value(let value) = expression {
                valueSQL = compiler.builder.bind(try FieldValues.prepare(value, for: field))
            } else {
                guard expression.fieldPaths.allSatisfy({ !$0.contains("__") }) else {
                    throw ModelError(.invalidValue, "Joined field references are not allowed in update(): \(name) = \(expression).")
                }
                valueSQL = try compiler.expressionSQL(expression)
            }
            assignments.append("\(compiler.builder.quote(field.column)) = \(valueSQL)")
        }
        guard !assignments.isEmpty else { return 0 }
        let sql = "UPDATE \(compiler.table) SET \(assignments.joined(separator: ", "))" + (try scopedWhere(&compiler))
        return try await database.execute(sql, compiler.builder.binds).rowsAffected
    }

    /// Writes `fields` of every model to its row, in as few `UPDATE … SET f = CASE pk WHEN …`
    /// statements as the bind limit allows, in one transaction (Django's `bulk_update`); returns
    /// how many rows changed. Every model needs its primary key; the fields are checked first.
    public func bulkUpdate(_ models: [M], fields: [String]) async throws -> Int {
        let schema = M.schema
        let targets = try fields.map { name -> (index: Int, field: FieldSchema) in
            guard let index = schema.fields.firstIndex(where: { $0.name == name }), !schema.fields[index].isPrimaryKey else {
                throw ModelError(.unknownField, "bulkUpdate() cannot set '\(name)': it is not a non-primary-key field of \(schema.name).")
            }
            return (index, schema.fields[index])
        }
        guard !models.isEmpty, !targets.isEmpty else { return 0 }
        let rows = try models.map { model -> (key: DatabaseValue, values: [DatabaseValue]) in
            let values = model.databaseValues
            guard !model.primaryKeyValue.isNull else {
                throw ModelError(.invalidValue, "bulkUpdate() needs saved models: a \(schema.name) has no primary key.")
            }
            return (model.primaryKeyValue, try targets.map { try FieldValues.prepare(values[$0.index], for: $0.field) })
        }
        let database = try resolvedDatabase()
        let batchSize = Swift.max(1, 30_000 / (2 * targets.count + 1))
        return try await database.transaction { _ in
            var changed = 0
            for start in stride(from: 0, to: rows.count, by: batchSize) {
                let batch = rows[start..<Swift.min(start + batchSize, rows.count)]
                let (sql, binds) = Self.bulkUpdateSQL(batch, targets.map(\.field), dialect: database.dialect)
                changed += try await database.execute(sql, binds).rowsAffected
            }
            return changed
        }
    }

    private static func bulkUpdateSQL(
        _ rows: ArraySlice<(key: DatabaseValue, values: [DatabaseValue])>, _ fields: [FieldSchema], dialect: SQLDialect
    ) -> (String, [DatabaseValue]) {
        var builder = SQLBuilder(dialect)
        let pk = builder.quote(M.schema.primaryKey.column)
        let assignments = fields.enumerated().map { position, field in
            let cases = rows.map { "WHEN \(builder.bind($0.key)) THEN \(builder.bind($0.values[position]))" }.joined(separator: " ")
            var value = "CASE \(pk) \(cases) END"
            // PostgreSQL types the CASE from its branches; cast to the column's type as Django does.
            if dialect == .postgresql { value = "CAST(\(value) AS \(ColumnTypes.type(for: field.kind, dialect: dialect)))" }
            return "\(builder.quote(field.column)) = \(value)"
        }
        let keys = rows.map { builder.bind($0.key) }.joined(separator: ", ")
        let sql = "UPDATE \(builder.quote(M.schema.tableName)) SET \(assignments.joined(separator: ", ")) WHERE \(pk) IN (\(keys))"
        return (sql, builder.binds)
    }

    /// Runs `sql` with `parameters` bound (never interpolated) and decodes each row as a model —
    /// Django's `Manager.raw()`. The statement must select the model's columns by name.
    public func raw(_ sql: String, _ parameters: [DatabaseValue] = []) async throws -> [M] {
        try await resolvedDatabase().query(sql, parameters, collecting: Self.decodeModels)
    }

    /// Deletes every matching row, applying each referencing foreign key's `on_delete` first
    /// (cascade, protect, restrict, set null, set default), in one transaction; returns how many
    /// rows of this model were deleted.
    public func delete() async throws -> Int {
        let database = try resolvedDatabase()
        return try await database.transaction { _ in
            let keys = try await self.valuesList("pk").map { $0[0] }
            return try await DeletionCollector(database: database).delete(keys, from: M.schema)
        }
    }

    /// Inserts `model` and returns it with its generated primary key (Django's `create()`).
    public func create(_ model: M) async throws -> M {
        var saved = model
        try await saved.insert(into: try resolvedDatabase())
        return saved
    }

    /// The WHERE clause; a primary-key subquery when the query is sliced or spans relations
    /// (UPDATE and DELETE cannot join).
    private func scopedWhere(_ compiler: inout QueryCompiler) throws -> String {
        var probe = compiler
        let direct = try probe.whereClause(conditions)
        guard limit != nil || offset > 0 || !probe.joinClause.isEmpty else {
            compiler = probe
            return direct
        }
        let pk = compiler.builder.quote(M.schema.primaryKey.column)
        let whereSQL = try compiler.whereClause(conditions)
        let orderSQL = limit != nil || offset > 0 ? try compiler.orderClause(effectiveOrdering) : ""
        let inner = "SELECT \(compiler.table).\(pk) FROM \(compiler.table)\(compiler.joinClause)" + whereSQL
            + orderSQL + compiler.sliceClause(limit: limit, offset: offset)
        return " WHERE \(pk) IN (SELECT * FROM (\(inner)) AS \"slice\")"
    }
}
