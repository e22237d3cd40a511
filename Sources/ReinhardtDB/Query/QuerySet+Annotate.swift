/// Per-row aggregates (Django's `annotate`): `GROUP BY` the selected columns, the aggregates as
/// extra columns, filters on them in `HAVING`.
extension QuerySet {
    /// Adds an aggregate per row under each name — over a relation, usually a reverse one:
    /// `Category.objects.annotate(["products": .count("product")])`. Later filters and orderings may
    /// name the annotation (`filter("products__gt", 2)`, `orderBy("-products")`); read the values
    /// with ``annotated()``, or with ``values(_:)``, which groups by the fields it names.
    ///
    /// - Note: A name must be a Python-style identifier and no field's name; otherwise the query
    ///   throws ``ModelError`` `.invalidValue` when it runs.
    public func annotate(_ annotations: KeyValuePairs<String, Aggregate>) -> QuerySet {
        var copy = self
        copy.annotations += annotations.map { ($0.key, $0.value) }
        return copy
    }

    /// Every matching row as a model with its annotations.
    public func annotated() async throws -> [Annotated<M>] {
        try await fetchAnnotatedRows().map { row, values in Annotated(model: try M(row: row), annotations: values) }
    }

    /// The annotations by name, checked against the model's fields.
    func annotationTable() throws -> [String: Aggregate] {
        var table: [String: Aggregate] = [:]
        for (name, aggregate) in annotations {
            guard Self.isIdentifier(name), !name.contains("__") else {
                throw ModelError(.invalidValue, "Annotation name '\(name)' must be an identifier without '__'.")
            }
            guard M.schema.field(named: name) == nil else {
                throw ModelError(.invalidValue, "The annotation '\(name)' conflicts with a field on the model.")
            }
            table[name] = aggregate
        }
        return table
    }

    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// The conditions split into those for `WHERE` and those naming an annotation, for `HAVING`.
    func splitConditions(_ annotations: [String: Aggregate]) -> (where: [Q], having: [Q]) {
        guard !annotations.isEmpty else { return (conditions, []) }
        var whereConditions: [Q] = []
        var having: [Q] = []
        for condition in conditions {
            let namesAnnotation = condition.paths.contains { path in
                annotations[LookupPath.parts(of: path)[0]] != nil
            }
            if namesAnnotation { having.append(condition) } else { whereConditions.append(condition) }
        }
        return (whereConditions, having)
    }
}

extension QueryCompiler {
    /// ` GROUP BY columns HAVING …` when there are annotations; empty otherwise.
    mutating func groupClause(_ columns: [String], having: [Q]) throws -> String {
        guard !annotations.isEmpty else { return "" }
        var clause = " GROUP BY " + columns.joined(separator: ", ")
        if !having.isEmpty { clause += " HAVING " + (try compile(.and(having))) }
        return clause
    }
}

/// A model with the aggregates ``QuerySet/annotate(_:)`` computed for its row. Its properties read
/// through (`row.name`); annotations by name (`row["products"]`).
@dynamicMemberLookup
public struct Annotated<M: Model>: Sendable {
    /// The model.
    public let model: M
    /// The annotations' values, by name.
    public let annotations: [String: DatabaseValue]

    /// A property of the model.
    public subscript<Value>(dynamicMember keyPath: KeyPath<M, Value>) -> Value { model[keyPath: keyPath] }

    /// The annotation called `name` (nil when there is none).
    public subscript(_ name: String) -> DatabaseValue? { annotations[name] }
}

extension Q {
    /// Every field path the condition names, in lookups and in expressions.
    var paths: [String] {
        switch self {
        case .lookup(let path, _), .lookupList(let path, _): return [path]
        case .compare(let path, let expression): return [path] + expression.fieldPaths
        case .and(let parts), .or(let parts): return parts.flatMap(\.paths)
        case .not(let inner): return inner.paths
        case .exists: return []
        }
    }
}
