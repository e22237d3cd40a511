/// Changing rows through a query set: `update`, `delete`, `create`.
extension QuerySet {
    /// Sets fields on every matching row in one `UPDATE`; returns how many rows changed.
    public func update(_ changes: [String: DatabaseValue]) async throws -> Int {
        let database = try resolvedDatabase()
        var compiler = QueryCompiler(M.schema, dialect: database.dialect)
        var assignments: [String] = []
        for (name, value) in changes.sorted(by: { $0.key < $1.key }) {
            guard let field = M.schema.field(named: name) else { throw compiler.unknownField(name) }
            let prepared = try FieldValues.prepare(value, for: field)
            assignments.append("\(compiler.builder.quote(field.column)) = \(compiler.builder.bind(prepared))")
        }
        guard !assignments.isEmpty else { return 0 }
        let sql = "UPDATE \(compiler.table) SET \(assignments.joined(separator: ", "))" + (try scopedWhere(&compiler))
        return try await database.execute(sql, compiler.builder.binds).rowsAffected
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
