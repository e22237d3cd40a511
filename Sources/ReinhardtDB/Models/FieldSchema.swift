/// One field of a model: its name, column, kind and options — Django's `Field` as data.
public struct FieldSchema: Sendable, Hashable {
    /// The attribute name (`category`), used in lookups.
    public var name: String
    /// The column (`category_id` for a foreign key, or Django's `db_column`).
    public var column: String
    /// What it stores.
    public var kind: FieldKind
    /// Whether it is the primary key.
    public var isPrimaryKey: Bool
    /// Django's `null`: the column accepts NULL.
    public var isNullable: Bool
    /// Django's `blank`: validation accepts an empty value.
    public var allowsBlank: Bool
    /// A constant default, used for new rows and by migrations adding the column.
    public var defaultValue: DatabaseValue?
    /// Django's `unique`.
    public var isUnique: Bool
    /// Django's `db_index`.
    public var hasIndex: Bool
    /// Django's `choices`: allowed values with their labels.
    public var choices: [Choice]
    /// Django's `help_text`.
    public var helpText: String
    /// `auto_now`: set to the current time on every save.
    public var autoNow: Bool
    /// `auto_now_add`: set to the current time when the row is created.
    public var autoNowAdd: Bool
    /// For a foreign key, Django's `related_name`: what the referenced model calls the referencing
    /// rows in lookups (`category.filter("products__name", …)`); nil for the model's name in lowercase.
    public var relatedName: String?
    /// Checks ``Model/fullClean(in:)`` runs besides the field's own (Django's `validators`).
    public var validators: [FieldValidator]

    /// One allowed value and its label.
    public struct Choice: Sendable, Hashable {
        /// The stored value.
        public var value: DatabaseValue
        /// The human-readable label.
        public var label: String

        /// Creates a choice.
        public init(_ value: DatabaseValue, _ label: String) {
            self.value = value
            self.label = label
        }
    }

    /// Creates a field; the column defaults to the name (`name_id` for foreign keys).
    public init(
        _ name: String, _ kind: FieldKind, column: String? = nil, primaryKey: Bool = false, null: Bool = false,
        blank: Bool = false, default defaultValue: DatabaseValue? = nil, unique: Bool = false, dbIndex: Bool = false,
        choices: [Choice] = [], helpText: String = "", autoNow: Bool = false, autoNowAdd: Bool = false,
        relatedName: String? = nil, validators: [FieldValidator] = []
    ) {
        self.name = name
        self.column = column ?? (kind.relatedModel == nil ? name : name + "_id")
        self.kind = kind
        self.isPrimaryKey = primaryKey
        self.isNullable = null
        self.allowsBlank = blank
        self.defaultValue = defaultValue
        self.isUnique = unique || primaryKey
        self.hasIndex = dbIndex || kind.relatedModel != nil
        self.choices = choices
        self.helpText = helpText
        self.autoNow = autoNow
        self.autoNowAdd = autoNowAdd
        self.relatedName = relatedName
        self.validators = validators
    }
}
