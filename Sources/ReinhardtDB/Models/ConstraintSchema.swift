/// A table constraint from a model's `Meta.constraints`: Django's `UniqueConstraint` (fields
/// unique together, optionally only where a condition holds) and `CheckConstraint`.
///
/// ```swift
/// @Model(app: "shop", constraints: [
///     .unique("unique_name_per_category", fields: ["name", "category"]),
///     .check("price_not_negative", Q("price__gte", 0)),
/// ])
/// ```
public enum ConstraintSchema: Sendable, Hashable {
    /// The fields' values are unique together — among the rows matching `condition`, when given.
    case unique(name: String, fields: [String], condition: Q?)
    /// Every row satisfies `condition`.
    case check(name: String, condition: Q)

    /// Fields unique together (`UniqueConstraint(fields=…, name=…, condition=…)`).
    public static func unique(_ name: String, fields: [String], condition: Q? = nil) -> ConstraintSchema {
        .unique(name: name, fields: fields, condition: condition)
    }

    /// A condition every row satisfies (`CheckConstraint(condition=…, name=…)`).
    public static func check(_ name: String, _ condition: Q) -> ConstraintSchema {
        .check(name: name, condition: condition)
    }

    /// The constraint's name, unique in the database.
    public var name: String {
        switch self {
        case .unique(let name, _, _), .check(let name, _): return name
        }
    }
}
