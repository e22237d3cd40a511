/// Running a query set: fetching models, counting, existence, `get`.
extension QuerySet {
    /// Every matching row as a model.
    public func all() async throws -> [M] {
        try await fetchRows().map(M.init(row:))
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
        let whereSQL = try compiler.whereClause(conditions)
        let inner = "SELECT 1 FROM \(compiler.table)\(compiler.joinClause)" + whereSQL + compiler.sliceClause(limit: limit, offset: offset)
        let rows = try await resolvedDatabase().query("SELECT COUNT(*) AS \"count\" FROM (\(inner)) AS \"subquery\"", compiler.builder.binds)
        return Int(rows.first?["count"]?.int64Value ?? 0)
    }

    /// Whether any row matches.
    public func exists() async throws -> Bool {
        var compiler = QueryCompiler(M.schema, dialect: try resolvedDatabase().dialect)
        let whereSQL = try compiler.whereClause(conditions)
        let sql = "SELECT 1 AS \"a\" FROM \(compiler.table)\(compiler.joinClause)" + whereSQL + compiler.sliceClause(limit: 1, offset: offset)
        return try await !resolvedDatabase().query(sql, compiler.builder.binds).isEmpty
    }

    /// The chosen fields of each matching row, by field path — across relations too
    /// (`values("name", "category__name")`) — as Django's `values()`.
    public func values(_ fields: String...) async throws -> [[String: DatabaseValue]] {
        let names = fields.isEmpty ? M.schema.fields.map(\.name) : fields
        let rows = try await selectValues(names)
        return rows.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
    }

    /// The chosen field paths of each row as a list, in order (Django's `values_list`).
    public func valuesList(_ fields: String...) async throws -> [[DatabaseValue]] {
        try await selectValues(fields)
    }

    /// `SELECT` of field paths, each aliased by position.
    private func selectValues(_ paths: [String]) async throws -> [[DatabaseValue]] {
        let database = try resolvedDatabase()
        var compiler = QueryCompiler(M.schema, dialect: database.dialect)
        let list = try paths.enumerated().map { index, path in
            try compiler.columnExpression(path) + " AS " + compiler.builder.quote("v\(index)")
        }.joined(separator: ", ")
        let whereSQL = try compiler.whereClause(conditions)
        let orderSQL = try compiler.orderClause(effectiveOrdering)
        let sql = "SELECT \(isDistinct ? "DISTINCT " : "")\(list) FROM \(compiler.table)\(compiler.joinClause)" + whereSQL
            + orderSQL + compiler.sliceClause(limit: limit, offset: offset)
        return try await database.query(sql, compiler.builder.binds).map { row in
            paths.indices.map { row["v\($0)"] ?? .null }
        }
    }

    /// The rows by primary key (Django's `in_bulk`).
    public func inBulk<Key: DatabaseValueConvertible & Hashable>(_ keys: [Key]) async throws -> [Key: M] {
        let models = try await filter("pk__in", keys).all()
        var result: [Key: M] = [:]
        for model in models { if let key = Key(databaseValue: model.primaryKeyValue) { result[key] = model } }
        return result
    }
}
