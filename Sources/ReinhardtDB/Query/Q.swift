/// A filter condition, combinable with `&`, `|` and `!` — Django's `Q` object.
///
/// ```swift
/// Product.objects.filter(Q("name__icontains", "tea") | Q("price__lt", 5))
/// Product.objects.exclude(!Q("stock", 0))
/// ```
public indirect enum Q: Sendable, Hashable {
    /// One lookup: `field__lookup`, value.
    case lookup(String, DatabaseValue)
    /// A lookup whose value is a list (`__in`, `__range`).
    case lookupList(String, [DatabaseValue])
    /// A comparison with a computed value (`stock__lt`, `F("reserved")`).
    case compare(String, Expression)
    /// Another query selects a row (`EXISTS`); see ``exists(_:)``.
    case exists(Subquery)
    /// Both hold.
    case and([Q])
    /// Either holds.
    case or([Q])
    /// Does not hold.
    case not(Q)

    /// `field__lookup = value`.
    public init(_ path: String, _ value: some DatabaseValueConvertible) {
        self = .lookup(path, value.databaseValue)
    }

    /// `field__in = values` or `field__range = (low, high)`.
    public init<Value: DatabaseValueConvertible>(_ path: String, _ values: [Value]) {
        self = .lookupList(path, values.map(\.databaseValue))
    }

    /// `field__lookup` compared with an expression: `Q("stock__lt", F("reserved"))`. The lookups
    /// `exact`, `gt`, `gte`, `lt` and `lte` take expressions.
    public init(_ path: String, _ expression: Expression) {
        self = .compare(path, expression)
    }

    /// Both conditions.
    public static func & (lhs: Q, rhs: Q) -> Q { .and([lhs, rhs]) }
    /// Either condition.
    public static func | (lhs: Q, rhs: Q) -> Q { .or([lhs, rhs]) }
    /// The negation.
    public static prefix func ! (operand: Q) -> Q { .not(operand) }
}
