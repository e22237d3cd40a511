/// Turns a ``QuerySet``'s filters, ordering and slice into SQL for one model's table, resolving
/// `field__lookup` paths against the schema and refusing unknown fields and lookups by name.
struct QueryCompiler {
    let schema: ModelSchema
    var builder: SQLBuilder
    /// `INNER JOIN`s added for lookups and orderings that span relations, keyed by relation path.
    private(set) var joins: [(path: String, sql: String, alias: String)] = []
    /// The query's annotations by name: lookups and orderings may name them.
    var annotations: [String: Aggregate] = [:]
    /// For a subquery: the enclosing query's columns that `OuterRef` paths name.
    var outerReferences: [String: String] = [:]
    /// The table's alias inside a subquery (`U0`); nil in a top-level query.
    private let tableAlias: String?
    /// The first letter of join aliases: `T` at the top level, `U` inside subqueries.
    private let aliasPrefix: String

    init(_ schema: ModelSchema, dialect: SQLDialect) {
        self.schema = schema
        self.builder = SQLBuilder(dialect)
        self.tableAlias = nil
        self.aliasPrefix = "T"
    }

    /// A compiler for a subquery inside `outer`: its own aliases, continuing `outer`'s binds.
    init(subquery schema: ModelSchema, inside outer: QueryCompiler) {
        self.schema = schema
        self.builder = outer.builder
        self.aliasPrefix = outer.tableAlias == nil ? "U" : outer.aliasPrefix + "U"
        self.tableAlias = builder.quote(aliasPrefix + "0")
    }

    /// A compiler for a constraint's condition: columns unqualified, values inlined as literals
    /// (DDL takes no parameters), no joins.
    init(constraintOn schema: ModelSchema, dialect: SQLDialect) {
        self.schema = schema
        self.builder = SQLBuilder(dialect, inlinesLiterals: true)
        self.tableAlias = ""
        self.aliasPrefix = "T"
    }

    /// How columns of the query's table are qualified: the table, or its alias in a subquery
    /// (empty in a constraint).
    var table: String { tableAlias ?? builder.quote(schema.tableName) }

    /// `alias.column`, or the bare column when the alias is empty.
    func qualified(_ alias: String, _ column: String) -> String {
        alias.isEmpty ? builder.quote(column) : alias + "." + builder.quote(column)
    }

    /// The `FROM` target: the table, aliased inside a subquery.
    var fromClause: String { builder.quote(schema.tableName) + (tableAlias.map { " " + $0 } ?? "") }

    /// `WHERE …` for the conditions (empty when there are none).
    mutating func whereClause(_ conditions: [Q]) throws -> String {
        guard !conditions.isEmpty else { return "" }
        return " WHERE " + (try compile(.and(conditions)))
    }

    mutating func compile(_ condition: Q) throws -> String {
        switch condition {
        case .lookup(let path, let value): return try lookup(path, .single(value))
        case .lookupList(let path, let values): return try lookup(path, .list(values))
        case .compare(let path, let expression): return try comparison(path, expression)
        case .exists(let subquery): return try exists(subquery)
        case .and(let parts): return parts.isEmpty ? "1 = 1" : "(" + (try parts.map { try compile($0) }).joined(separator: " AND ") + ")"
        case .or(let parts): return parts.isEmpty ? "1 = 0" : "(" + (try parts.map { try compile($0) }).joined(separator: " OR ") + ")"
        case .not(let inner): return "NOT (" + (try compile(inner)) + ")"
        }
    }

    private mutating func lookup(_ path: String, _ value: LookupValue) throws -> String {
        let (field, column, lookup) = try resolveLookup(path)
        let converted = try field.map { try FieldValues.convert(value, for: $0, lookup: lookup) } ?? value
        var builder = self.builder
        let sql = try lookup.sql(column, converted, dialect: builder.dialect) { builder.bind($0) }
        self.builder = builder
        return sql
    }

    /// `column <op> expression` for a comparison lookup with a computed right-hand side.
    private mutating func comparison(_ path: String, _ expression: Expression) throws -> String {
        let (field, column, lookup) = try resolveLookup(path)
        let operators: [Lookup: String] = [.exact: "=", .gt: ">", .gte: ">=", .lt: "<", .lte: "<="]
        guard let op = operators[lookup] else {
            throw ModelError(.unknownLookup, "The '\(lookup.rawValue)' lookup on \(field?.name ?? path) does not take an expression; use exact, gt, gte, lt or lte.")
        }
        return "\(column) \(op) \(try expressionSQL(expression))"
    }

    /// The field (nil for an annotation), qualified column or aggregate, and lookup a
    /// `field__lookup` path names (`exact` when none).
    private mutating func resolveLookup(_ path: String) throws -> (FieldSchema?, String, Lookup) {
        let parts = LookupPath.parts(of: path)
        if let aggregate = annotations[parts[0]] {
            let lookupName = parts.count > 1 ? parts[1] : "exact"
            guard parts.count <= 2, let lookup = Lookup(rawValue: lookupName) else {
                throw ModelError(.unknownLookup, "Unsupported lookup '\(parts.dropFirst().joined(separator: "__"))' for the annotation \(parts[0]).")
            }
            return (nil, try aggregateSQL(aggregate), lookup)
        }
        let (field, owner, alias, consumed) = try resolveField(parts)
        guard parts.count - consumed <= 1 else {
            throw ModelError(.unknownLookup, "Cannot resolve '\(path)': '\(parts[consumed])' is not a lookup or a field of \(owner.name).")
        }
        let lookupName = consumed < parts.count ? parts[consumed] : "exact"
        guard let lookup = Lookup(rawValue: lookupName) else {
            let known = Lookup.allCases.map(\.rawValue).joined(separator: ", ")
            throw ModelError(.unknownLookup, "Unsupported lookup '\(lookupName)' for \(field.name) on \(owner.name). Use one of: \(known).")
        }
        return (field, qualified(alias, field.column), lookup)
    }

    /// `ORDER BY …` for `ordering` (`-name` descending, `?` random), or the model's default.
    mutating func orderClause(_ ordering: [String]) throws -> String {
        guard !ordering.isEmpty else { return "" }
        let terms = try ordering.map { term -> String in
            if term == "?" { return "RANDOM()" }
            let descending = term.hasPrefix("-")
            let name = descending ? String(term.dropFirst()) : term
            if annotations[name] != nil { return builder.quote(name) + (descending ? " DESC" : " ASC") }
            let parts = LookupPath.parts(of: name)
            let (field, owner, alias, consumed) = try resolveField(parts)
            guard consumed == parts.count else { throw unknownField(parts[consumed], in: owner) }
            return qualified(alias, field.column) + (descending ? " DESC" : " ASC")
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

    /// Walks `parts` through foreign keys (`category__name`), joining each related table once, and
    /// returns the field reached, its model, its table alias and how many parts named fields.
    private mutating func resolveField(_ parts: [String]) throws -> (FieldSchema, ModelSchema, String, Int) {
        var owner = schema
        var alias = table
        var index = 0
        var outer = false
        while true {
            // A field of the model first (the common case, and names cannot clash with relations).
            guard let field = owner.field(named: parts[index]) else {
                if let (target, targetAlias) = try joinManyToMany(parts, at: index, from: owner, alias: alias) {
                    (owner, alias, outer) = (target, targetAlias, true)
                    let next = index + 1
                    if next == parts.count || Lookup(rawValue: parts[next]) != nil { return (owner.primaryKey, owner, alias, next) }
                    index = next
                    continue
                }
                // A reverse relation (`category__product__name`): the rows referencing this one.
                guard let reverse = ModelRegistry.shared.reverseRelations(of: owner).first(where: { $0.name == parts[index] }) else {
                    throw unknownField(parts[index], in: owner)
                }
                alias = join(
                    parts[...index].joined(separator: "__"), from: alias, column: owner.primaryKey.column, to: reverse.model,
                    on: reverse.field.column, outer: true)
                owner = reverse.model
                outer = true
                let next = index + 1
                if next == parts.count || Lookup(rawValue: parts[next]) != nil { return (owner.primaryKey, owner, alias, next) }
                index = next
                continue
            }
            let next = index + 1
            guard next < parts.count, field.kind.relatedModel != nil, Lookup(rawValue: parts[next]) == nil else {
                return (field, owner, alias, next)
            }
            let related = try relatedSchema(of: field)
            // A nullable key, or any hop after one, joins LEFT OUTER so rows without a match stay.
            outer = outer || field.isNullable
            alias = join(
                parts[...index].joined(separator: "__"), from: alias, column: field.column, to: related,
                on: related.primaryKey.column, outer: outer)
            owner = related
            index = next
        }
    }

    /// When `parts[index]` names a many-to-many relation of `owner` (`tags`) or one targeting it
    /// (`post` from `Tag`), joins the through table and the model on the other side, LEFT OUTER,
    /// and returns that model and its alias.
    private mutating func joinManyToMany(
        _ parts: [String], at index: Int, from owner: ModelSchema, alias: String
    ) throws -> (ModelSchema, String)? {
        let name = parts[index]
        let near: FieldSchema, far: FieldSchema, through: ModelSchema, otherName: String
        if let relation = owner.manyToMany.first(where: { $0.name == name }) {
            (through, near, far) = owner.throughKeys(for: relation)
            otherName = relation.target
        } else if let reverse = ModelRegistry.shared.reverseManyToMany(of: owner).first(where: { $0.name == name }) {
            let keys = reverse.model.throughKeys(for: reverse.relation)
            (through, near, far) = (keys.through, keys.target, keys.source)
            otherName = reverse.model.qualifiedName
        } else {
            return nil
        }
        guard let other = ModelRegistry.shared.schema(named: otherName) else {
            throw ModelError(.unknownField, "Cannot follow '\(name)' to \(otherName): that model is not registered. List it in its AppConfig.models.")
        }
        let path = parts[...index].joined(separator: "__")
        let throughAlias = join(path + "__through", from: alias, column: owner.primaryKey.column, to: through, on: near.column, outer: true)
        let otherAlias = join(path, from: throughAlias, column: far.column, to: other, on: other.primaryKey.column, outer: true)
        return (other, otherAlias)
    }

    /// The registered model a foreign key references.
    func relatedSchema(of field: FieldSchema) throws -> ModelSchema {
        let target = field.kind.relatedModel ?? ""
        guard let related = ModelRegistry.shared.schema(named: target) else {
            throw ModelError(.unknownField, "Cannot follow '\(field.name)' to \(target): that model is not registered. List it in its AppConfig.models.")
        }
        return related
    }

    /// Joins every foreign key along `path` (`category__parent`) and returns, per hop, the relation
    /// path so far, the model reached, its alias and the referencing column — for `select_related`.
    mutating func joinRelations(_ path: String) throws -> [(path: String, schema: ModelSchema, alias: String, column: String)] {
        let parts = LookupPath.parts(of: path)
        var hops: [(path: String, schema: ModelSchema, alias: String, column: String)] = []
        for count in 1...parts.count {
            let (field, owner, _, _) = try resolveField(Array(parts[..<count]))
            guard field.kind.relatedModel != nil else {
                throw ModelError(.unknownField, "Invalid field name '\(field.name)' in select_related: it is not a foreign key of \(owner.name).")
            }
            let (_, reached, alias, _) = try resolveField(Array(parts[..<count]) + ["pk"])
            hops.append((parts[..<count].joined(separator: "__"), reached, alias, field.column))
        }
        return hops
    }

    /// A field path (`price`, `category__name`) as a qualified column, joining as needed.
    mutating func columnExpression(_ path: String) throws -> String {
        let parts = LookupPath.parts(of: path)
        let (field, owner, alias, consumed) = try resolveField(parts)
        guard consumed == parts.count else { throw unknownField(parts[consumed], in: owner) }
        return qualified(alias, field.column)
    }

    /// The alias of the table joined for `path`, adding the join the first time.
    private mutating func join(
        _ path: String, from alias: String, column: String, to related: ModelSchema, on relatedColumn: String, outer: Bool
    ) -> String {
        if let existing = joins.first(where: { $0.path == path }) { return existing.alias }
        let newAlias = builder.quote("\(aliasPrefix)\(joins.count + 1)")
        let sql = (outer ? " LEFT OUTER JOIN" : " INNER JOIN") + " \(builder.quote(related.tableName)) \(newAlias) ON \(alias).\(builder.quote(column)) = \(newAlias).\(builder.quote(relatedColumn))"
        joins.append((path, sql, newAlias))
        return newAlias
    }

    /// The joins, to follow the `FROM` table.
    var joinClause: String { joins.map(\.sql).joined() }

    func unknownField(_ name: String, in owner: ModelSchema) -> ModelError {
        let reverse = ModelRegistry.shared.reverseRelations(of: owner).map(\.name)
            + owner.manyToMany.map(\.name) + ModelRegistry.shared.reverseManyToMany(of: owner).map(\.name)
        let choices = (owner.fields.map(\.name) + reverse + ["pk"]).sorted().joined(separator: ", ")
        return ModelError(.unknownField, "Cannot resolve keyword '\(name)' into field. Choices are: \(choices).")
    }

    func unknownField(_ name: String) -> ModelError { unknownField(name, in: schema) }
}
