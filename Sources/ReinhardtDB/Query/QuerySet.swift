/// A lazy, immutable, chainable query over one model's rows — Django's `QuerySet`.
///
/// Building a query set runs nothing; ``all()``, ``get(_:)``, ``count()`` and the other async
/// methods run one statement each. Every value travels as a bound parameter.
///
/// ```swift
/// let cheap = try await Product.objects.using(db)
///     .filter("price__lt", PythonDecimal("5")!)
///     .exclude("name__istartswith", "test")
///     .orderBy("-price", "name")[0..<10]
///     .all()
/// ```
public struct QuerySet<M: Model>: Sendable {
    var conditions: [Q] = []
    var ordering: [String]?
    var limit: Int?
    var offset = 0
    var isDistinct = false
    var database: Database?
    /// Foreign-key paths to join and load (`select_related`).
    var selectedRelations: [String] = []
    /// Foreign-key paths to load with extra queries (`prefetch_related`).
    var prefetchedRelations: [String] = []
    /// Per-row aggregates, in the order given (`annotate`).
    var annotations: [(name: String, aggregate: Aggregate)] = []

    /// Every row of the model.
    public init() {}

    /// The same query on `database` (Django's `using()`); nil means the current request's database.
    public func using(_ database: Database?) -> QuerySet {
        var copy = self
        copy.database = database
        return copy
    }

    /// Rows matching `condition` as well.
    public func filter(_ condition: Q) -> QuerySet {
        var copy = self
        copy.conditions.append(condition)
        return copy
    }

    /// Rows where `path` (`field__lookup`) matches `value`.
    public func filter(_ path: String, _ value: some DatabaseValueConvertible) -> QuerySet {
        filter(Q(path, value))
    }

    /// Rows where `path` compares with a computed value: `filter("stock__lt", F("reserved"))`.
    public func filter(_ path: String, _ expression: Expression) -> QuerySet {
        filter(Q(path, expression))
    }

    /// Rows where `path` (`field__in`, `field__range`) matches `values`.
    public func filter<Value: DatabaseValueConvertible>(_ path: String, _ values: [Value]) -> QuerySet {
        filter(Q(path, values))
    }

    /// Rows not matching `condition`.
    public func exclude(_ condition: Q) -> QuerySet { filter(!condition) }

    /// Rows where `path` does not match `value`.
    public func exclude(_ path: String, _ value: some DatabaseValueConvertible) -> QuerySet { exclude(Q(path, value)) }

    /// Rows where the field at `keyPath` matches `value` with `lookup` — the type-checked
    /// spelling of `filter("price__lt", 5)`: `filter(\.price, .lt, 5)`.
    public func filter<Value: DatabaseValueConvertible>(_ keyPath: KeyPath<M, Value>, _ lookup: FieldLookup = .exact, _ value: Value) -> QuerySet {
        filter(Q.lookup(Self.path(keyPath, lookup), value.databaseValue))
    }

    /// Rows where the field at `keyPath` is one of `values`.
    public func filter<Value: DatabaseValueConvertible>(_ keyPath: KeyPath<M, Value>, in values: [Value]) -> QuerySet {
        filter(Q.lookupList(Self.path(keyPath, .in), values.map(\.databaseValue)))
    }

    private static func path(_ keyPath: PartialKeyPath<M>, _ lookup: FieldLookup) -> String {
        // An unknown key path becomes a name no field has, so the query fails with the usual message.
        let name = M.fieldName(for: keyPath) ?? "\(keyPath)"
        return lookup == .exact ? name : name + "__" + lookup.rawValue
    }

    /// Each row once (`SELECT DISTINCT`).
    public func distinct() -> QuerySet {
        var copy = self
        copy.isDistinct = true
        return copy
    }

    /// Ordered by fields (`-field` descending, `?` random), replacing the model's default ordering.
    public func orderBy(_ fields: String...) -> QuerySet {
        var copy = self
        copy.ordering = fields
        return copy
    }

    /// The rows in `range` of the result (Django's slicing: `OFFSET` and `LIMIT`).
    public subscript(range: Range<Int>) -> QuerySet {
        var copy = self
        let start = offset + range.lowerBound
        let count = range.count
        copy.offset = start
        copy.limit = limit.map { Swift.max(0, Swift.min(count, $0 - range.lowerBound)) } ?? count
        return copy
    }

    /// The effective ordering: explicit, or the model's `Meta.ordering`.
    var effectiveOrdering: [String] { ordering ?? M.schema.ordering }

    /// The database to run on: `using()`, or the current one.
    func resolvedDatabase() throws -> Database {
        guard let database = database ?? CurrentDatabase.database else {
            throw ModelError(.noDatabase, "No database for \(M.schema.name).objects: call .using(database), or run inside a request of an application with Settings.database.")
        }
        return database
    }
}

/// The database of the application serving the current request (set by the handler).
public enum CurrentDatabase {
    /// The database, available inside requests of an application with a database configured.
    @TaskLocal public static var database: Database?
}
