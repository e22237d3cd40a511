/// Turns a ``QuerySet``'s filters, ordering and slice into SQL for one model's table, resolving
/// `field__lookup` paths against the schema and refusing unknown fields and lookups by name.
struct QueryCompiler {
    let schema: ModelSchema
    var builder: SQLBuilder

    init(_ schema: ModelSchema, dialect: SQLDialect) {
        self.schema = schema
        self.builder = SQLBuilder(dialect)
    }

    var table: String { builder.quote(schema.tableName) }

    /// `WHERE …` for the conditions (empty when there are none).
    mutating func whereClause(_ conditions: [Q]) throws -> String {
        guard !conditions.isEmpty else { return "" }
        return " WHERE " + (try compile(.and(conditions)))
    }

    mutating func compile(_ condition: Q) throws -> String {
        switch condition {
        case .lookup(let path, let value): return try lookup(path, .single(value))
        case .lookupList(let path, let values): return try lookup(path, .list(values))
        case .and(let parts): return parts.isEmpty ? "1 = 1" : "(" + (try parts.map { try compile($0) }).joined(separator: " AND ") + ")"
        case .or(let parts): return parts.isEmpty ? "1 = 0" : "(" + (try parts.map { try compile($0) }).joined(separator: " OR ") + ")"
        case .not(let inner): return "NOT (" + (try compile(inner)) + ")"
        }
    }

    private mutating func lookup(_ path: String, _ value: LookupValue) throws -> String {
        let parts = path.split(separator: "__", omittingEmptySubsequences: false).map(String.init)
        guard let field = schema.field(named: parts[0]) else { throw unknownField(parts[0]) }
        guard parts.count <= 2 else {
            throw ModelError(.unknownLookup, "Cannot resolve '\(path)' on \(schema.name): lookups across relations are not supported yet; filter on '\(field.name)' directly.")
        }
        let lookupName = parts.count == 2 ? parts[1] : "exact"
        guard let lookup = Lookup(rawValue: lookupName) else {
            let known = Lookup.allCases.map(\.rawValue).joined(separator: ", ")
            throw ModelError(.unknownLookup, "Unsupported lookup '\(lookupName)' for \(field.name) on \(schema.name). Use one of: \(known).")
        }
        let column = table + "." + builder.quote(field.column)
        let converted = try FieldValues.convert(value, for: field, lookup: lookup)
        var builder = self.builder
        let sql = try lookup.sql(column, converted, dialect: builder.dialect) { builder.bind($0) }
        self.builder = builder
        return sql
    }

    /// `ORDER BY …` for `ordering` (`-name` descending, `?` random), or the model's default.
    mutating func orderClause(_ ordering: [String]) throws -> String {
        guard !ordering.isEmpty else { return "" }
        let terms = try ordering.map { term -> String in
            if term == "?" { return "RANDOM()" }
            let descending = term.hasPrefix("-")
            let name = descending ? String(term.dropFirst()) : term
            guard let field = schema.field(named: name) else { throw unknownField(name) }
            return table + "." + builder.quote(field.column) + (descending ? " DESC" : " ASC")
        }
        return " ORDER BY " + terms.joined(separator: ", ")
    }

    /// `LIMIT`/`OFFSET`.
    func sliceClause(limit: Int?, offset: Int) -> String {
        var clause = ""
        if let limit { clause += " LIMIT \(limit)" } else if offset > 0, builder.dialect == .sqlite { clause += " LIMIT -1" }
        if offset > 0 { clause += " OFFSET \(offset)" }
        return clause
    }

    /// The model's columns, qualified, in field order.
    var columnList: String {
        schema.fields.map { table + "." + builder.quote($0.column) }.joined(separator: ", ")
    }

    func unknownField(_ name: String) -> ModelError {
        let choices = (schema.fields.map(\.name) + ["pk"]).sorted().joined(separator: ", ")
        return ModelError(.unknownField, "Cannot resolve keyword '\(name)' into field. Choices are: \(choices).")
    }
}
