/// A model's table: its name, fields in declaration order and `Meta` options — what the `@Model`
/// macro generates, what queries compile against and what migrations compare.
public struct ModelSchema: Sendable, Hashable {
    /// The app the model belongs to (`"shop"`).
    public var appLabel: String
    /// The model's name (`"Product"`).
    public var name: String
    /// The table (Django's `db_table`; by default `app_model` in lowercase).
    public var tableName: String { didSet { qualifyColumns() } }
    /// The fields, in declaration order.
    public var fields: [FieldSchema] { didSet { qualifyColumns() } }
    /// Default ordering (`["-created", "name"]`).
    public var ordering: [String]
    /// Extra indexes.
    public var indexes: [IndexSchema]
    /// Unique-together and check constraints (Django's `Meta.constraints`).
    public var constraints: [ConstraintSchema]
    /// Many-to-many relations, each stored in its own join table (see ``throughSchema(for:)``).
    public var manyToMany: [ManyToManySchema]

    /// Creates a schema; the table name defaults to Django's `applabel_modelname`.
    public init(
        appLabel: String, name: String, tableName: String? = nil, fields: [FieldSchema], ordering: [String] = [],
        indexes: [IndexSchema] = [], constraints: [ConstraintSchema] = [], manyToMany: [ManyToManySchema] = []
    ) {
        self.appLabel = appLabel
        self.name = name
        self.tableName = tableName ?? "\(appLabel)_\(name)".lowercased()
        self.fields = fields
        self.ordering = ordering
        self.indexes = indexes
        self.constraints = constraints
        self.manyToMany = manyToMany
        qualifyColumns()
    }

    /// Every field's column qualified by the table (`"shop_product"."name"`), in field order:
    /// what a query selects for the model, kept in step with ``tableName`` and ``fields``.
    private(set) var qualifiedColumns: [String] = []
    /// ``qualifiedColumns`` joined by `, `: the select list of a plain query, built once.
    private(set) var selectList = ""

    private mutating func qualifyColumns() {
        let table = SQLDialect.sqlite.quote(tableName)
        qualifiedColumns = fields.map { table + "." + SQLDialect.sqlite.quote($0.column) }
        selectList = qualifiedColumns.joined(separator: ", ")
    }

    /// `"app.Model"`, as relations name models.
    public var qualifiedName: String { "\(appLabel).\(name)" }

    /// The primary key field.
    public var primaryKey: FieldSchema {
        fields.first(where: \.isPrimaryKey) ?? fields[0]
    }

    /// The field called `name` (`"pk"` is the primary key), or nil.
    public func field(named name: String) -> FieldSchema? {
        if name == "pk" { return primaryKey }
        return fields.first { $0.name == name } ?? fields.first { $0.column == name && $0.kind.relatedModel != nil }
    }
}

/// An index over some columns (Django's `Meta.indexes`).
public struct IndexSchema: Sendable, Hashable {
    /// The index name.
    public var name: String
    /// The field names, `-` for descending.
    public var fields: [String]
    /// Whether the index is unique.
    public var isUnique: Bool

    /// Creates an index.
    public init(name: String, fields: [String], unique: Bool = false) {
        self.name = name
        self.fields = fields
        self.isUnique = unique
    }
}
