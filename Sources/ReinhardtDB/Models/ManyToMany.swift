/// A many-to-many relation's value on a model: the related models, when a query prefetched them
/// (``QuerySet/prefetchRelated(_:)``). Declare it with an empty default — the `@Model` macro
/// makes it a relation, not a column — and change membership through ``Model/related(_:using:)``.
///
/// ```swift
/// @Model(app: "blog") struct Post {
///     var id: Int64?
///     var title: String
///     var tags = ManyToMany<Tag>()
/// }
/// try await post.related(\.tags, using: db).add(swift, server)
/// let posts = try await Post.objects.prefetchRelated("tags").all()
/// posts[0].tags.objects   // [Tag]? — loaded by the prefetch
/// ```
public struct ManyToMany<Target: Model>: Sendable {
    /// The related models, when prefetched; nil otherwise.
    public private(set) var objects: [Target]?

    /// Nothing loaded.
    public init() { objects = nil }

    init(objects: [Target]) { self.objects = objects }
}

extension RowReader {
    /// The relation `name` as prefetched into this row, or an unloaded relation.
    public func decode<Target: Model>(_ name: String, as type: ManyToMany<Target>.Type = ManyToMany<Target>.self) throws -> ManyToMany<Target> {
        guard let rows = relatedRows(name) else { return ManyToMany() }
        return ManyToMany(objects: try rows.map(Target.init(row:)))
    }
}

extension Model {
    /// The members of the many-to-many relation at `keyPath` of this (saved) model, to read and
    /// change: Django's `post.tags`.
    public func related<Target: Model>(_ keyPath: KeyPath<Self, ManyToMany<Target>>, using database: Database? = nil) -> RelatedSet<Self, Target> {
        RelatedSet(source: self, relation: Self.fieldName(for: keyPath) ?? "\(keyPath)", database: database)
    }
}

/// One model's members of a many-to-many relation (Django's related manager): query, add,
/// remove, set and clear them; each change runs in a transaction.
public struct RelatedSet<Source: Model, Target: Model>: Sendable {
    let source: Source
    let relation: String
    let database: Database?

    /// The members, as a query set to refine (`.filter(…)`, `.orderBy(…)`).
    public var query: QuerySet<Target> {
        let reverse = "\(Source.schema.name)_\(relation)".lowercased()
        return Target.objects.using(database).filter(Q.lookup("\(reverse)__\(keys().source.name)", source.primaryKeyValue))
    }

    /// Every member, in the target's default ordering.
    public func all() async throws -> [Target] { try await query.all() }

    /// Adds `targets` (already saved); members already present are left as they are.
    public func add(_ targets: Target...) async throws { try await add(targets) }

    /// Adds `targets` (already saved); members already present are left as they are.
    public func add(_ targets: [Target]) async throws {
        let (through, sourceKey, targetKey) = keys()
        let db = try resolvedDatabase()
        try await db.transaction { tx in
            let present = Set(try await self.memberKeys(on: tx))
            var seen = Set<DatabaseValue>()
            for target in targets where !present.contains(target.primaryKeyValue) && seen.insert(target.primaryKeyValue).inserted {
                let sql = "INSERT INTO \(db.dialect.quote(through.tableName)) (\(db.dialect.quote(sourceKey.column)), \(db.dialect.quote(targetKey.column))) VALUES (\(db.dialect.placeholder(1)), \(db.dialect.placeholder(2)))"
                _ = try await tx.execute(sql, [self.source.primaryKeyValue, target.primaryKeyValue])
            }
        }
    }

    /// Removes `targets` from the relation (the target rows stay).
    public func remove(_ targets: Target...) async throws { try await delete(targets.map(\.primaryKeyValue)) }

    /// Removes every member (the target rows stay).
    public func clear() async throws { try await delete(nil) }

    /// Makes `targets` exactly the members.
    public func set(_ targets: [Target]) async throws {
        let db = try resolvedDatabase()
        try await db.transaction { tx in
            let wanted = Set(targets.map(\.primaryKeyValue))
            let stale = try await self.memberKeys(on: tx).filter { !wanted.contains($0) }
            let scoped = RelatedSet(source: self.source, relation: self.relation, database: db)
            if !stale.isEmpty { try await scoped.delete(stale) }
            try await scoped.add(targets)
        }
    }

    private func delete(_ targetKeys: [DatabaseValue]?) async throws {
        let (through, sourceKey, targetKey) = keys()
        let db = try resolvedDatabase()
        if let targetKeys, targetKeys.isEmpty { return }
        var builder = SQLBuilder(db.dialect)
        var sql = "DELETE FROM \(builder.quote(through.tableName)) WHERE \(builder.quote(sourceKey.column)) = \(builder.bind(source.primaryKeyValue))"
        if let targetKeys {
            sql += " AND \(builder.quote(targetKey.column)) IN (\(targetKeys.map { builder.bind($0) }.joined(separator: ", ")))"
        }
        _ = try await db.execute(sql, builder.binds)
    }

    private func memberKeys(on connection: Transaction) async throws -> [DatabaseValue] {
        let (through, sourceKey, targetKey) = keys()
        let d = connection.dialect
        let sql = "SELECT \(d.quote(targetKey.column)) FROM \(d.quote(through.tableName)) WHERE \(d.quote(sourceKey.column)) = \(d.placeholder(1))"
        return try await connection.query(sql, [source.primaryKeyValue]).map { $0[0] }
    }

    private func keys() -> (through: ModelSchema, source: FieldSchema, target: FieldSchema) {
        guard let schema = Source.schema.manyToMany.first(where: { $0.name == relation }) else {
            preconditionFailure("\(Source.schema.name) has no many-to-many relation '\(relation)'")
        }
        return Source.schema.throughKeys(for: schema)
    }

    private func resolvedDatabase() throws -> Database {
        guard let database = database ?? CurrentDatabase.database else {
            throw ModelError(.noDatabase, "No database for \(Source.schema.name).\(relation): pass using: database, or run inside a request.")
        }
        return database
    }
}
