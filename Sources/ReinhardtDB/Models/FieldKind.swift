/// What a model field stores — Django's field classes, as data the schema editor, the query
/// compiler and the migration autodetector all read.
public enum FieldKind: Sendable, Hashable {
    /// An auto-incrementing 32-bit primary key (`AutoField`).
    case autoField
    /// An auto-incrementing 64-bit primary key (`BigAutoField`, Django's default).
    case bigAutoField
    /// Text with a maximum length (`CharField`; also `EmailField`, `URLField`, `SlugField`).
    case char(maxLength: Int)
    /// Unbounded text (`TextField`).
    case text
    /// A 32-bit integer (`IntegerField`).
    case integer
    /// A 64-bit integer (`BigIntegerField`).
    case bigInteger
    /// A 16-bit integer (`SmallIntegerField`).
    case smallInteger
    /// A non-negative 32-bit integer (`PositiveIntegerField`).
    case positiveInteger
    /// A binary float (`FloatField`).
    case float
    /// A fixed-point decimal (`DecimalField`).
    case decimal(maxDigits: Int, decimalPlaces: Int)
    /// A boolean (`BooleanField`).
    case boolean
    /// A calendar date (`DateField`).
    case date
    /// A date and time, stored in UTC (`DateTimeField`).
    case dateTime
    /// A time of day (`TimeField`).
    case time
    /// A duration, stored as microseconds (`DurationField`).
    case duration
    /// A UUID (`UUIDField`).
    case uuid
    /// A JSON document (`JSONField`).
    case json
    /// Raw bytes (`BinaryField`).
    case binary
    /// A reference to another model's primary key (`ForeignKey`; `OneToOneField` when unique).
    case foreignKey(to: String, onDelete: OnDelete)

    /// Whether the database generates the value (auto primary keys).
    public var isAutoIncrementing: Bool {
        switch self {
        case .autoField, .bigAutoField: return true
        default: return false
        }
    }

    /// The referenced model's name (`"shop.Category"`), for relations.
    public var relatedModel: String? {
        if case .foreignKey(let target, _) = self { return target }
        return nil
    }
}

/// What happens to rows referencing a deleted row (Django's `on_delete`).
public enum OnDelete: String, Sendable, Hashable {
    /// Delete the referencing rows too.
    case cascade = "CASCADE"
    /// Refuse the delete while references exist (`ProtectedError`).
    case protect = "PROTECT"
    /// Refuse the delete at the database, like PROTECT but checked by the database.
    case restrict = "RESTRICT"
    /// Set the reference to NULL (the field must be nullable).
    case setNull = "SET_NULL"
    /// Set the reference to the field's default.
    case setDefault = "SET_DEFAULT"
    /// Do nothing; the database's own constraint decides.
    case doNothing = "DO_NOTHING"
}
