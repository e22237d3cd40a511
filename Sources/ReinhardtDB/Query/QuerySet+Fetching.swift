/// Running a query set: fetching models, counting, existence, `get`.
extension QuerySet {
    /// Every matching row as a model.
    public func all() async throws -> [M] {
        try await fetchModels()
    }

    /// The first row in order (by primary key when unordered), or nil.
    public func first() async throws -> M? {
        var query = self
        if query.effectiveOrdering.isEmpty { query.ordering = ["pk"] }
        return try await query[0..<1].all().first
    }

    /// The last row in order (by primary key when unordered), or nil.
    public func last() async throws -> M? {
        var query = self
        let ordering = query.effectiveOrdering.isEmpty ? ["pk"] : query.effectiveOrdering
        query.ordering = ordering.map { $0.hasPrefix("-") ? String($0.dropFirst()) : "-" + $0 }
        return try await query[0..<1].all().first
    }

    /// The one row matching `condition` (and the filters so far).
    /// - Throws: ``ModelError`` `.doesNotExist` or `.multipleObjectsReturned`, as Django's `get()`.
    public func get(_ condition: Q? = nil) async throws -> M {
        var query = condition.map(filter) ?? self
        query.limit = 21
        let found = try await query.all()
        guard let model = found.first else {
            throw ModelError(.doesNotExist, "\(M.schema.name) matching query does not exist.")
        }
        guard found.count == 1 else {
            let count = found.count > 20 ? "more than 20" : "\(found.count)"
            throw ModelError(.multipleObjectsReturned, "get() returned more than one \(M.schema.name) -- it returned \(count)!")
        }
        return model
    }

    /// The row where `path` matches `value`.
    public func get(_ path: String, _ value: some DatabaseValueConvertible) async throws -> M {
        try await get(Q(path, value))
    }

    /// How many rows match (`SELECT COUNT(*)`).
    public func count() async throws -> Int {
        var compiler = QueryCompiler(M.schema, dialect: try resolvedDatabase().dialect)
        compiler.annotations = try annotationTable()
        let (whereConditions, having) = splitConditions(compiler.annotations)
        let whereSQL = try compiler.whereClause(whereConditions)
        let groupSQL = try compiler.groupClause(M.schema.fields.map { compiler.table + "." + compiler.builder.quote($0.column) }, having: having)
        let inner = "SELECT 1 FROM \(compiler.table)\(compiler.joinClause)" + whereSQL + groupSQL + compiler.sliceClause(limit: limit, offset: offset)
        let rows = try await resolvedDatabase().query("SELECT COUNT(*) AS \"count\" FROM (\(inner)) AS \"subquery\"", compiler.builder.binds)
        return Int(rows.first?["count"]?.int64Value ?? 0)
    }

    /// Whether any row matches.
    public func exists() async throws -> Bool {
        guard annotations.isEmpty else { return try await self[0..<1].count() > 0 }
        var compiler = QueryCompiler(M.schema, dialect: try resolvedDatabase().dialect)
        let whereSQL = try compiler.whereClause(conditions)
        let sql = "SELECT 1 AS \"a\" FROM \(compiler.table)\(compiler.joinClause)" + whereSQL + compiler.sliceClause(limit: 1, offset: offset)
        return try await !resolvedDatabase().query(sql, compiler.builder.binds).isEmpty
    }

    /// The chosen fields of each matching row, by field path — across relations too
    /// (`values("name", "category__name")`) — as Django's `values()`. With annotations, rows are
    /// grouped by the fields named and every annotation is included.
    public func values(_ fields: String...) async throws -> [[String: DatabaseValue]] {
        let chosen = fields.isEmpty ? M.schema.fields.map(\.name) : fields
        let names = chosen + annotations.map(\.name).filter { !chosen.contains($0) }
        let rows = try await selectValues(names)
        return rows.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
    }

    /// The chosen field paths (or annotation names) of each row as a list, in order (Django's
    /// `values_list`); with annotations, rows are grouped by the field paths named.
    public func valuesList(_ fields: String...) async throws -> [[DatabaseValue]] {
        try await selectValues(fields)
    }

    /// `SELECT` of field paths and annotations, in order; grouped by the paths when annotated.
    private func selectValues(_ paths: [String]) async throws -> [[DatabaseValue]] {
        let database = try resolvedDatabase()
        var compiler = QueryCompiler(M.schema, dialect: database.dialect)
        compiler.annotations = try annotationTable()
        var groupColumns: [String] = []
        var selections: [String] = []
        for path in paths {
            if let aggregate = compiler.annotations[path] {
                selections.append(try compiler.aggregateSQL(aggregate) + " AS " + compiler.builder.quote(path))
            } else {
                let column = try compiler.columnExpression(path)
                groupColumns.append(column)
                selections.append(column)
            }
        }
        let (whereConditions, having) = splitConditions(compiler.annotations)
        let whereSQL = try compiler.whereClause(whereConditions)
        let groupSQL = groupColumns.isEmpty ? "" : try compiler.groupClause(groupColumns, having: having)
        // As Django, the model's default ordering does not apply to grouped values.
        let orderSQL = try compiler.orderClause(ordering ?? (annotations.isEmpty ? M.schema.ordering : []))
        let sql = "SELECT \(isDistinct ? "DISTINCT " : "")\(selections.joined(separator: ", ")) FROM \(compiler.table)\(compiler.joinClause)"
            + whereSQL + groupSQL + orderSQL + compiler.sliceClause(limit: limit, offset: offset)
        return try await database.query(sql, compiler.builder.binds).map(\.values)
    }

    /// The rows by primary key (Django's `in_bulk`).
    public func inBulk<Key: DatabaseValueConvertible & Hashable>(_ keys: [Key]) async throws -> [Key: M] {
        let models = try await filter("pk__in", keys).all()
        var result: [Key: M] = [:]
        for model in models { if let key = Key(databaseValue: model.primaryKeyValue) { result[key] = model } }
        return result
    }
}
