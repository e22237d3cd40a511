/// Another model's query used inside a condition — Django's `Exists(...)` — whose filters may
/// refer to the enclosing row with ``OuterRef(_:)``.
///
/// ```swift
/// let reviewed = Q.exists(Review.objects.filter("novel", OuterRef("pk")))
/// Novel.objects.filter(reviewed)      // novels with a review
/// Novel.objects.exclude(reviewed)     // novels without one
/// ```
public struct Subquery: Sendable, Hashable {
    let schema: ModelSchema
    let conditions: [Q]

    /// The rows `query`'s filters select (its ordering and slice do not matter to `EXISTS`).
    public init<Other: Model>(_ query: QuerySet<Other>) {
        self.schema = Other.schema
        self.conditions = query.conditions
    }
}

/// Django's `OuterRef("field")`: inside a ``Subquery``, a field of the enclosing query's row.
public func OuterRef(_ path: String) -> Expression { .outer(path) }

extension Q {
    /// Holds when `query` selects at least one row (`EXISTS (SELECT 1 …)`).
    public static func exists<Other: Model>(_ query: QuerySet<Other>) -> Q { .exists(Subquery(query)) }

    /// The `OuterRef` paths the condition names.
    var outerPaths: [String] {
        switch self {
        case .lookup, .lookupList, .exists: return []
        case .compare(_, let expression): return expression.outerPaths
        case .and(let parts), .or(let parts): return parts.flatMap(\.outerPaths)
        case .not(let inner): return inner.outerPaths
        }
    }
}

extension QueryCompiler {
    /// `EXISTS (SELECT 1 FROM other U0 … WHERE …)`, with `OuterRef` paths resolved against this
    /// query (joining here if they cross relations) and the binds numbered on from this query's.
    mutating func exists(_ subquery: Subquery) throws -> String {
        guard !builder.inlinesLiterals else {
            throw ModelError(.invalidValue, "A constraint's condition cannot hold a subquery.")
        }
        var inner = QueryCompiler(subquery: subquery.schema, inside: self)
        for path in subquery.conditions.flatMap(\.outerPaths) where inner.outerReferences[path] == nil {
            inner.outerReferences[path] = try columnExpression(path)
        }
        inner.builder = builder
        let whereSQL = try inner.whereClause(subquery.conditions)
        builder = inner.builder
        return "EXISTS (SELECT 1 AS \"a\" FROM \(inner.fromClause)\(inner.joinClause)\(whereSQL))"
    }
}
