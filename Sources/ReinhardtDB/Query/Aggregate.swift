/// An aggregate over a query set's rows — Django's `Count`, `Sum`, `Avg`, `Min`, `Max` — optionally
/// over only the rows matching a filter (Django's `filter=Q(...)`).
public struct Aggregate: Sendable {
    /// Which SQL function.
    public enum Function: String, Sendable {
        case count = "COUNT", sum = "SUM", average = "AVG", minimum = "MIN", maximum = "MAX"
    }

    let function: Function
    let field: String
    let isDistinct: Bool
    let condition: Q?

    /// `COUNT(field)` (`"*"` counts rows).
    public static func count(_ field: String = "*", distinct: Bool = false, filter: Q? = nil) -> Aggregate {
        Aggregate(function: .count, field: field, isDistinct: distinct, condition: filter)
    }

    /// `SUM(field)`.
    public static func sum(_ field: String, filter: Q? = nil) -> Aggregate {
        Aggregate(function: .sum, field: field, isDistinct: false, condition: filter)
    }

    /// `AVG(field)`.
    public static func average(_ field: String, filter: Q? = nil) -> Aggregate {
        Aggregate(function: .average, field: field, isDistinct: false, condition: filter)
    }

    /// `MIN(field)`.
    public static func minimum(_ field: String, filter: Q? = nil) -> Aggregate {
        Aggregate(function: .minimum, field: field, isDistinct: false, condition: filter)
    }

    /// `MAX(field)`.
    public static func maximum(_ field: String, filter: Q? = nil) -> Aggregate {
        Aggregate(function: .maximum, field: field, isDistinct: false, condition: filter)
    }
}

extension QuerySet {
    /// The aggregates over the matching rows, by the names given (Django's `aggregate()`).
    ///
    /// ```swift
    /// let stats = try await Product.objects.aggregate(["total": .count(), "cheap": .count(filter: Q("price__lt", 10)),
    ///                                                  "average": .average("price")])
    /// ```
    public func aggregate(_ aggregates: KeyValuePairs<String, Aggregate>) async throws -> [String: DatabaseValue] {
        let database = try resolvedDatabase()
        var compiler = QueryCompiler(M.schema, dialect: database.dialect)
        var selections: [String] = []
        for (name, aggregate) in aggregates {
            selections.append(try compiler.aggregateSQL(aggregate) + " AS " + compiler.builder.quote(name))
        }
        let whereSQL = try compiler.whereClause(conditions)
        let sql = "SELECT \(selections.joined(separator: ", ")) FROM \(compiler.table)\(compiler.joinClause)" + whereSQL
        guard let row = try await database.query(sql, compiler.builder.binds).first else { return [:] }
        return Dictionary(uniqueKeysWithValues: aggregates.map { ($0.key, row[$0.key] ?? .null) })
    }
}

extension QueryCompiler {
    /// `FUNCTION([DISTINCT] column)`, with a filter as `CASE WHEN … THEN column END`.
    mutating func aggregateSQL(_ aggregate: Aggregate) throws -> String {
        var argument: String
        if aggregate.field == "*" {
            argument = aggregate.condition == nil ? "*" : "1"
        } else {
            argument = try columnExpression(aggregate.field)
        }
        if let condition = aggregate.condition {
            argument = "CASE WHEN \(try compile(condition)) THEN \(argument) ELSE NULL END"
        }
        return "\(aggregate.function.rawValue)(\(aggregate.isDistinct ? "DISTINCT " : "")\(argument))"
    }
}
