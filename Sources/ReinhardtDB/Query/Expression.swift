/// A value computed by the database: a field of the row (Django's `F`), a constant bound as a
/// parameter (Django's `Value`), or arithmetic on them — usable as a filter's right-hand side and
/// as an update's new value, so the database does the work without a read-modify-write race.
///
/// ```swift
/// Product.objects.filter("stock__lt", F("reserved"))
/// Product.objects.filter("pk", id).update(["stock": F("stock") - 1])
/// ```
public indirect enum Expression: Sendable, Hashable {
    /// A field path of the row (`stock`, `category__name`).
    case field(String)
    /// A constant, bound as a parameter.
    case value(DatabaseValue)
    /// Inside a subquery, a field path of the enclosing query's row (``OuterRef(_:)``).
    case outer(String)
    /// Two expressions combined by an arithmetic operator.
    case arithmetic(Expression, ArithmeticOperator, Expression)

    /// The arithmetic operators expressions combine with.
    public enum ArithmeticOperator: String, Sendable, Hashable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
    }

    /// `lhs + rhs`, computed by the database.
    public static func + (lhs: Expression, rhs: Expression) -> Expression { .arithmetic(lhs, .add, rhs) }
    /// `lhs - rhs`, computed by the database.
    public static func - (lhs: Expression, rhs: Expression) -> Expression { .arithmetic(lhs, .subtract, rhs) }
    /// `lhs * rhs`, computed by the database.
    public static func * (lhs: Expression, rhs: Expression) -> Expression { .arithmetic(lhs, .multiply, rhs) }
    /// `lhs / rhs`, computed by the database.
    public static func / (lhs: Expression, rhs: Expression) -> Expression { .arithmetic(lhs, .divide, rhs) }

    /// The field paths the expression reads.
    var fieldPaths: [String] {
        switch self {
        case .field(let path): return [path]
        case .value, .outer: return []
        case .arithmetic(let lhs, _, let rhs): return lhs.fieldPaths + rhs.fieldPaths
        }
    }

    /// The `OuterRef` paths the expression reads.
    var outerPaths: [String] {
        switch self {
        case .outer(let path): return [path]
        case .field, .value: return []
        case .arithmetic(let lhs, _, let rhs): return lhs.outerPaths + rhs.outerPaths
        }
    }
}

/// Django's `F("field")`: the value of another field of the same row.
public func F(_ path: String) -> Expression { .field(path) }

extension Expression: ExpressibleByIntegerLiteral {
    /// An integer constant (`F("stock") - 1`).
    public init(integerLiteral value: Int64) { self = .value(.integer(value)) }
}

extension Expression: ExpressibleByFloatLiteral {
    /// A floating-point constant (`F("price") * 1.1`).
    public init(floatLiteral value: Double) { self = .value(.real(value)) }
}

extension Expression: ExpressibleByStringLiteral {
    /// A text constant.
    public init(stringLiteral value: String) { self = .value(.text(value)) }
}

extension QueryCompiler {
    /// The SQL of `expression`; field paths become columns (joining as needed), constants binds.
    mutating func expressionSQL(_ expression: Expression) throws -> String {
        switch expression {
        case .field(let path):
            return try columnExpression(path)
        case .value(let value):
            return builder.bind(value)
        case .outer(let path):
            guard let column = outerReferences[path] else {
                throw ModelError(.invalidValue, "OuterRef('\(path)') is only meaningful inside a subquery such as Q.exists(…).")
            }
            return column
        case .arithmetic(let lhs, let op, let rhs):
            return "(" + (try expressionSQL(lhs)) + " \(op.rawValue) " + (try expressionSQL(rhs)) + ")"
        }
    }
}
