/// Loading the models foreign keys reference together with the rows: `select_related` (one query
/// with joins) and `prefetch_related` (one more query per relation) — no N+1 queries.
extension QuerySet {
    /// Also loads the models the foreign keys along each path reference, in the same query by
    /// joining them (`"category"`, `"category__parent"`); each ``ForeignKey`` on the way gets its
    /// ``ForeignKey/object``. Nullable keys join `LEFT OUTER`, so rows without a match stay.
    public func selectRelated(_ paths: String...) -> QuerySet {
        var copy = self
        copy.selectedRelations += paths
        return copy
    }

    /// Also loads the models the foreign keys along each path reference, with one extra query per
    /// relation (`WHERE pk IN (…)` over the keys found), filling each ``ForeignKey/object``.
    public func prefetchRelated(_ paths: String...) -> QuerySet {
        var copy = self
        copy.prefetchedRelations += paths
        return copy
    }

    /// The matching models. Without joins, annotations or prefetches they are decoded from the
    /// statement's rows as they are read (on SQLite, in place, with no ``Row`` built).
    func fetchModels() async throws -> [M] {
        let database = try resolvedDatabase()
        let select = try compileSelect(dialect: database.dialect)
        guard select.hops.isEmpty, select.annotationNames.isEmpty, prefetchedRelations.isEmpty else {
            return try await fetchAnnotatedRows(select, database: database).map { try M(row: $0.row) }
        }
        return try await database.query(select.sql, select.binds, collecting: Self.decodeModels)
    }

    /// The rows of `M`'s own columns as models, their decimals quantized to their fields' places
    /// as they are read.
    static func decodeModels(_ cursor: inout RowCursor) throws -> [M] {
        if FieldValues.hasDecimals(M.schema) { cursor.quantizeDecimals(of: M.schema) }
        return try M.decodeRows(&cursor)
    }

    /// The matching rows, with related rows attached for ``selectRelated(_:)`` and
    /// ``prefetchRelated(_:)``, each normalized for its model, and the values of their annotations.
    func fetchAnnotatedRows() async throws -> [(row: Row, annotations: [String: DatabaseValue])] {
        let database = try resolvedDatabase()
        return try await fetchAnnotatedRows(compileSelect(dialect: database.dialect), database: database)
    }

    /// The `SELECT` that fetching runs: the model's columns, then each joined model's, then the
    /// annotations.
    struct ModelSelect {
        let sql: String
        /// The values for the statement's placeholders.
        let binds: [DatabaseValue]
        /// The models joined for ``selectRelated(_:)``.
        let hops: [RelatedHop]
        /// The annotations' names, in the order their columns follow the models' columns.
        let annotationNames: [String]
        /// How many columns come before the annotations.
        let columnCount: Int
    }

    /// Compiles the query set's `SELECT` for `dialect`.
    /// - Throws: ``ModelError`` for an unknown field, lookup or relation.
    func compileSelect(dialect: SQLDialect) throws -> ModelSelect {
        var compiler = QueryCompiler(M.schema, dialect: dialect)
        compiler.annotations = try annotationTable()
        var columns = M.schema.qualifiedColumns
        var hops: [RelatedHop] = []
        for path in selectedRelations {
            for hop in try compiler.joinRelations(path) where !hops.contains(where: { $0.path == hop.path }) {
                hops.append(RelatedHop(path: hop.path, schema: hop.schema, column: hop.column, offset: columns.count))
                columns += hop.schema.fields.map { hop.alias + "." + compiler.builder.quote($0.column) }
            }
        }
        let names = annotations.map(\.name)
        var selections = columns
        for name in names {
            selections.append(try compiler.aggregateSQL(compiler.annotations[name]!) + " AS " + compiler.builder.quote(name))
        }
        let (whereConditions, having) = splitConditions(compiler.annotations)
        let whereSQL = try compiler.whereClause(whereConditions)
        let groupSQL = try compiler.groupClause(columns, having: having)
        let orderSQL = try compiler.orderClause(effectiveOrdering)
        let selectList = selections.count == M.schema.fields.count ? M.schema.selectList : selections.joined(separator: ", ")
        let sql = "SELECT \(isDistinct ? "DISTINCT " : "")\(selectList) FROM \(compiler.table)\(compiler.joinClause)"
            + whereSQL + groupSQL + orderSQL + compiler.sliceClause(limit: limit, offset: offset)
        return ModelSelect(sql: sql, binds: compiler.builder.binds, hops: hops, annotationNames: names, columnCount: columns.count)
    }

    private func fetchAnnotatedRows(
        _ select: ModelSelect, database: Database
    ) async throws -> [(row: Row, annotations: [String: DatabaseValue])] {
        let fetched = try await database.query(select.sql, select.binds)
        let names = select.annotationNames
        var rows: [(row: Row, annotations: [String: DatabaseValue])] = fetched.map { row in
            let values = names.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, row[select.columnCount + $0]) })
            return (Self.split(row, hops: select.hops), values)
        }
        for path in prefetchedRelations {
            var plain = rows.map(\.row)
            try await Self.prefetch(path.split(separator: "__").map(String.init), into: &plain, of: M.schema, database: database)
            for index in rows.indices { rows[index].row = plain[index] }
        }
        return rows
    }

    /// One model joined for `select_related`: where its columns start in the row.
    struct RelatedHop {
        let path: String
        let schema: ModelSchema
        let column: String
        let offset: Int

        var parentPath: String { path.split(separator: "__").dropLast().joined(separator: "__") }
    }

    /// Cuts a joined row into the model's row with each related model's row attached to the row
    /// that references it (deepest first); a related row whose key is NULL (no match) is left out.
    private static func split(_ row: Row, hops: [RelatedHop]) -> Row {
        guard !hops.isEmpty else { return FieldValues.normalize(row, for: M.schema) }
        let mainCount = M.schema.fields.count
        var main = FieldValues.normalize(Row(columns: M.schema.fields.map(\.column), values: Array(row.values[0..<mainCount])), for: M.schema)
        var rowsByPath: [String: Row] = [:]
        for hop in hops {
            let values = Array(row.values[hop.offset..<(hop.offset + hop.schema.fields.count)])
            let related = Row(columns: hop.schema.fields.map(\.column), values: values)
            guard let key = related[hop.schema.primaryKey.column], !key.isNull else { continue }
            rowsByPath[hop.path] = FieldValues.normalize(related, for: hop.schema)
        }
        for hop in hops.sorted(by: { $0.path.count > $1.path.count }) {
            guard let child = rowsByPath[hop.path] else { continue }
            if hop.parentPath.isEmpty {
                main.related[hop.column] = child
            } else {
                rowsByPath[hop.parentPath]?.related[hop.column] = child
            }
        }
        return main
    }

    /// Loads the models the foreign key `parts[0]` of `schema` references for all `rows` in one
    /// query, attaches them, then continues along the rest of the path from those models.
    private static func prefetch(_ parts: [String], into rows: inout [Row], of schema: ModelSchema, database: Database) async throws {
        guard let name = parts.first else { return }
        if let relation = schema.manyToMany.first(where: { $0.name == name }) {
            return try await prefetchManyToMany(relation, then: Array(parts.dropFirst()), into: &rows, of: schema, database: database)
        }
        guard let field = schema.field(named: name), field.kind.relatedModel != nil else {
            throw ModelError(.unknownField, "Cannot prefetch '\(name)': it is not a foreign key or many-to-many relation of \(schema.name).")
        }
        let target = try QueryCompiler(schema, dialect: database.dialect).relatedSchema(of: field)
        var keys: [DatabaseValue] = []
        var seen = Set<DatabaseValue>()
        for row in rows {
            if let key = row[field.column], !key.isNull, seen.insert(key).inserted { keys.append(key) }
        }
        guard !keys.isEmpty else { return }
        var related = try await fetchByPrimaryKey(keys, of: target, database: database)
        try await prefetch(Array(parts.dropFirst()), into: &related, of: target, database: database)
        let byKey = Dictionary(related.map { ($0[target.primaryKey.column] ?? .null, $0) }, uniquingKeysWith: { first, _ in first })
        for index in rows.indices {
            if let key = rows[index][field.column], let match = byKey[key] { rows[index].related[field.column] = match }
        }
    }

    /// Loads the members of a many-to-many relation for all `rows` in one query (through the join
    /// table, in the target's default ordering) and attaches each row's list.
    private static func prefetchManyToMany(
        _ relation: ManyToManySchema, then rest: [String], into rows: inout [Row], of schema: ModelSchema, database: Database
    ) async throws {
        let (through, sourceKey, targetKey) = schema.throughKeys(for: relation)
        guard let target = ModelRegistry.shared.schema(named: relation.target) else {
            throw ModelError(.unknownField, "Cannot prefetch '\(relation.name)': \(relation.target) is not registered. List it in its AppConfig.models.")
        }
        let sources = Array(Set(rows.compactMap { $0[schema.primaryKey.column] }.filter { !$0.isNull }))
        var members: [(source: DatabaseValue, row: Row)] = []
        for start in stride(from: 0, to: sources.count, by: 10_000) {
            var compiler = QueryCompiler(target, dialect: database.dialect)
            let link = compiler.builder.quote("M2M")
            let columns = target.fields.map { compiler.qualified(compiler.table, $0.column) }
            let keys = sources[start..<Swift.min(start + 10_000, sources.count)].map { compiler.builder.bind($0) }
            let order = try compiler.orderClause(target.ordering)
            let sql = "SELECT \(columns.joined(separator: ", ")), \(compiler.qualified(link, sourceKey.column)) FROM \(compiler.fromClause)\(compiler.joinClause)"
                + " INNER JOIN \(compiler.builder.quote(through.tableName)) \(link) ON \(compiler.qualified(link, targetKey.column)) = \(compiler.qualified(compiler.table, target.primaryKey.column))"
                + " WHERE \(compiler.qualified(link, sourceKey.column)) IN (\(keys.joined(separator: ", ")))" + order
            for row in try await database.query(sql, compiler.builder.binds) {
                let values = Array(row.values.prefix(target.fields.count))
                members.append((row[target.fields.count], FieldValues.normalize(Row(columns: target.fields.map(\.column), values: values), for: target)))
            }
        }
        var memberRows = members.map(\.row)
        try await prefetch(rest, into: &memberRows, of: target, database: database)
        var bySource: [DatabaseValue: [Row]] = [:]
        for (index, member) in members.enumerated() { bySource[member.source, default: []].append(memberRows[index]) }
        for index in rows.indices {
            rows[index].relatedSets[relation.name] = rows[index][schema.primaryKey.column].flatMap { bySource[$0] } ?? []
        }
    }

    /// The rows of `schema` with these primary keys, in batches within the bind limit.
    private static func fetchByPrimaryKey(_ keys: [DatabaseValue], of schema: ModelSchema, database: Database) async throws -> [Row] {
        var rows: [Row] = []
        for start in stride(from: 0, to: keys.count, by: 10_000) {
            var builder = SQLBuilder(database.dialect)
            let table = builder.quote(schema.tableName)
            let columns = schema.fields.map { table + "." + builder.quote($0.column) }.joined(separator: ", ")
            let batch = keys[start..<Swift.min(start + 10_000, keys.count)].map { builder.bind($0) }.joined(separator: ", ")
            let sql = "SELECT \(columns) FROM \(table) WHERE \(table).\(builder.quote(schema.primaryKey.column)) IN (\(batch))"
            rows += try await database.query(sql, builder.binds).map { FieldValues.normalize($0, for: schema) }
        }
        return rows
    }
}
