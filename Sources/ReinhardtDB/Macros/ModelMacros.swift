/// Declares a model: writes the struct's ``Model`` conformance (``Model/schema``,
/// ``Model/init(reading:)``, ``Model/databaseValues``, ``Model/setPrimaryKey(_:)``) and a
/// `fieldName(for:)` key-path lookup from its stored properties, so a model is declared in one place.
///
/// ```swift
/// @Model(app: "shop", ordering: ["-price", "name"])
/// struct Product {
///     var id: Int64?                                   // implicit auto-incrementing primary key
///     @Field(.char(maxLength: 100), unique: true) var name: String
///     @Field(.decimal(maxDigits: 8, decimalPlaces: 2)) var price: PythonDecimal
///     var stock: Int = 0                               // .integer, default 0
///     var released: DateTimeValue?                     // .dateTime, null: true
///     @Field(.foreignKey(to: "shop.Category", onDelete: .cascade)) var category: Int64  // column category_id
///     @Transient var scratch: Int = 0                  // not stored
/// }
/// ```
///
/// Every stored `var` becomes a field, in declaration order; `static`, computed, `lazy` and
/// ``Transient()`` properties are skipped. The kind is ``Field(_:column:primaryKey:null:blank:default:unique:dbIndex:choices:helpText:autoNow:autoNowAdd:)``'s
/// when given, otherwise inferred from the type: `String` → `.text`, `Int`/`Int32` → `.integer`,
/// `Int64` → `.bigInteger`, `Int16` → `.smallInteger`, `Double`/`Float` → `.float`, `Bool` → `.boolean`,
/// `DateTimeValue` → `.dateTime`, `UUID` → `.uuid`, `[UInt8]` → `.binary`. An optional type implies
/// `null: true`, and a literal initial value (`= true`) becomes the field's default.
///
/// The primary key is `var id: Int64?` (or `Int?`) with no `@Field` — Django's implicit
/// `.bigAutoField` — or the one field marked `@Field(primaryKey: true)`; an optional `Int64`/`Int`
/// (`Int32`) key with no kind is auto-incrementing (`.bigAutoField`, `.autoField`). A public
/// model needs `public import ReinhardtDB`, as its conformance is public.
///
/// - Parameters:
///   - app: The app label (`"shop"`).
///   - table: The table name; by default `app_model` in lowercase.
///   - ordering: The default ordering (`["-price", "name"]`).
///   - indexes: Indexes over several fields (`Meta.indexes`).
///   - constraints: Unique-together and check constraints (`Meta.constraints`).
@attached(
    extension, conformances: Model,
    names: named(schema), named(init(reading:)), named(decodeRows(_:)), named(databaseValues), named(setPrimaryKey), named(fieldName(for:))
)
public macro Model(
    app: String, table: String? = nil, ordering: [String] = [], indexes: [IndexSchema] = [], constraints: [ConstraintSchema] = []
) =
    #externalMacro(module: "ReinhardtDBMacros", type: "ModelMacro")

/// Declares a `@Model` property's field options: the same options as ``FieldSchema/init(_:_:column:primaryKey:null:blank:default:unique:dbIndex:choices:helpText:autoNow:autoNowAdd:)``.
/// A marker read by ``Model(app:table:ordering:)``; it generates nothing itself.
///
/// ```swift
/// @Field(.char(maxLength: 100), unique: true) var name: String
/// @Field(.foreignKey(to: "shop.Category", onDelete: .cascade)) var category: Int64
/// @Field(column: "is_active", helpText: "Shown in the shop") var active: Bool = true
/// ```
///
/// - Parameters:
///   - kind: What the field stores; inferred from the property's type when omitted.
///   - column: The column (Django's `db_column`), a string literal; by default the name (`name_id` for a foreign key).
///   - primaryKey: Whether this is the primary key (a literal `true` or `false`).
///   - null: Whether the column accepts NULL; by default whether the type is optional.
///   - blank: Whether validation accepts an empty value.
///   - default: The default value; by default the property's literal initial value, if any.
///   - unique: Whether values must be unique.
///   - dbIndex: Whether the column is indexed.
///   - choices: The allowed values with their labels.
///   - helpText: Django's `help_text`.
///   - autoNow: Set to the current time on every save.
///   - autoNowAdd: Set to the current time when the row is created.
///   - relatedName: For a foreign key, the name the referenced model uses for the referencing
///     rows in lookups and annotations (Django's `related_name`; by default the model's name in
///     lowercase).
///   - validators: Checks `fullClean` runs on the value (`[.email]`, `[.minValue(0)]`).
@attached(peer)
public macro Field(
    _ kind: FieldKind? = nil, column: String? = nil, primaryKey: Bool = false, null: Bool = false, blank: Bool = false,
    default: DatabaseValue? = nil, unique: Bool = false, dbIndex: Bool = false, choices: [FieldSchema.Choice] = [],
    helpText: String = "", autoNow: Bool = false, autoNowAdd: Bool = false, relatedName: String? = nil,
    validators: [FieldValidator] = []
) = #externalMacro(module: "ReinhardtDBMacros", type: "FieldMacro")

/// Marks a `@Model` property that is not stored in the database: it keeps its initial value when
/// a row is loaded and is not saved.
///
/// ```swift
/// @Transient var scratch: Int = 0
/// ```
@attached(peer)
public macro Transient() = #externalMacro(module: "ReinhardtDBMacros", type: "TransientMacro")
