import Testing

/// What `@Model` generates for well-formed models.
@Suite struct ModelMacroExpansionTests {
    @Test func typicalModel() {
        assertExpansion(
            """
            @Model(app: "shop", table: "shop_product", ordering: ["-price", "name"])
            struct Product {
                var id: Int64?
                @Field(.char(maxLength: 100), unique: true) var name: String
                @Field(.decimal(maxDigits: 8, decimalPlaces: 2)) var price: PythonDecimal
                @Field(default: 0) var stock: Int
                var description: String
                var released: DateTimeValue?
                @Field(.foreignKey(to: "shop.Category", onDelete: .cascade)) var category: Int64
                @Field(column: "is_active", helpText: "Shown in the shop") var active: Bool = true
                var cachedTotal: Int { 0 }
                @Transient var scratch: Int = 0
                static let currency = "EUR"
            }
            """,
            expandedSource: #"""
            struct Product {
                var id: Int64?
                var name: String
                var price: PythonDecimal
                var stock: Int
                var description: String
                var released: DateTimeValue?
                var category: Int64
                var active: Bool = true
                var cachedTotal: Int { 0 }
                var scratch: Int = 0
                static let currency = "EUR"
            }

            extension Product: Model {
                static let schema = ModelSchema(
                    appLabel: "shop",
                    name: "Product",
                    tableName: "shop_product",
                    fields: [
                        FieldSchema("id", .bigAutoField, primaryKey: true),
                        FieldSchema("name", .char(maxLength: 100), unique: true),
                        FieldSchema("price", .decimal(maxDigits: 8, decimalPlaces: 2)),
                        FieldSchema("stock", .integer, default: 0),
                        FieldSchema("description", .text),
                        FieldSchema("released", .dateTime, null: true),
                        FieldSchema("category", .foreignKey(to: "shop.Category", onDelete: .cascade)),
                        FieldSchema("active", .boolean, column: "is_active", default: true, helpText: "Shown in the shop"),
                    ],
                    ordering: ["-price", "name"]
                )

                init(reading row: borrowing RowReader) throws {
                    let _id: Int64? = try row.decode("id", at: 0)
                    let _name: String = try row.decode("name", at: 1)
                    let _price: PythonDecimal = try row.decode("price", at: 2)
                    let _stock: Int = try row.decode("stock", at: 3)
                    let _description: String = try row.decode("description", at: 4)
                    let _released: DateTimeValue? = try row.decode("released", at: 5)
                    let _category: Int64 = try row.decode("category_id", at: 6)
                    let _active: Bool = try row.decode("is_active", at: 7)
                    self.id = _id
                    self.name = _name
                    self.price = _price
                    self.stock = _stock
                    self.description = _description
                    self.released = _released
                    self.category = _category
                    self.active = _active
                }

                static func decodeRows(_ cursor: inout RowCursor) throws -> [Self] {
                    try cursor.collect {
                        try Self(reading: $0)
                    }
                }

                var databaseValues: [DatabaseValue] {
                    [
                        self.id.databaseValue,
                        self.name.databaseValue,
                        self.price.databaseValue,
                        self.stock.databaseValue,
                        self.description.databaseValue,
                        self.released.databaseValue,
                        self.category.databaseValue,
                        self.active.databaseValue,
                    ]
                }

                mutating func setPrimaryKey(_ value: DatabaseValue) {
                    self.id = Int64(databaseValue: value)
                }

                static func fieldName(for keyPath: PartialKeyPath<Self>) -> String? {
                    switch keyPath {
                    case \Self.id:
                        "id"
                    case \Self.name:
                        "name"
                    case \Self.price:
                        "price"
                    case \Self.stock:
                        "stock"
                    case \Self.description:
                        "description"
                    case \Self.released:
                        "released"
                    case \Self.category:
                        "category"
                    case \Self.active:
                        "active"
                    default:
                        nil
                    }
                }
            }
            """#)
    }

    @Test func publicModelWithExplicitKeyAndInferredKinds() {
        assertExpansion(
            """
            @Model(app: "inventory")
            public struct Part {
                @Field(.char(maxLength: 8), primaryKey: true) public var code: String
                public var `default`: Bool = false
                var weight: Float = -1.5
                var count: Int32
                var small: Int16?
                var token: Foundation.UUID?
                var blob: [UInt8]
                var label: String = "none"
                @Field(.date, dbIndex: true) var made: DateTimeValue
                var observed: Int = 0 {
                    didSet { print(observed) }
                }
                lazy var cache: [Int] = []
                @Transient var note: String?
            }
            """,
            expandedSource: #"""
            public struct Part {
                public var code: String
                public var `default`: Bool = false
                var weight: Float = -1.5
                var count: Int32
                var small: Int16?
                var token: Foundation.UUID?
                var blob: [UInt8]
                var label: String = "none"
                var made: DateTimeValue
                var observed: Int = 0 {
                    didSet { print(observed) }
                }
                lazy var cache: [Int] = []
                var note: String?
            }

            extension Part: Model {
                public static let schema = ModelSchema(
                    appLabel: "inventory",
                    name: "Part",
                    fields: [
                        FieldSchema("code", .char(maxLength: 8), primaryKey: true),
                        FieldSchema("default", .boolean, default: false),
                        FieldSchema("weight", .float, default: -1.5),
                        FieldSchema("count", .integer),
                        FieldSchema("small", .smallInteger, null: true),
                        FieldSchema("token", .uuid, null: true),
                        FieldSchema("blob", .binary),
                        FieldSchema("label", .text, default: "none"),
                        FieldSchema("made", .date, dbIndex: true),
                        FieldSchema("observed", .integer, default: 0),
                    ]
                )

                public init(reading row: borrowing RowReader) throws {
                    let _code: String = try row.decode("code", at: 0)
                    let _default: Bool = try row.decode("default", at: 1)
                    let _weight: Float = try row.decode("weight", at: 2)
                    let _count: Int32 = try row.decode("count", at: 3)
                    let _small: Int16? = try row.decode("small", at: 4)
                    let _token: Foundation.UUID? = try row.decode("token", at: 5)
                    let _blob: [UInt8] = try row.decode("blob", at: 6)
                    let _label: String = try row.decode("label", at: 7)
                    let _made: DateTimeValue = try row.decode("made", at: 8)
                    let _observed: Int = try row.decode("observed", at: 9)
                    self.code = _code
                    self.`default` = _default
                    self.weight = _weight
                    self.count = _count
                    self.small = _small
                    self.token = _token
                    self.blob = _blob
                    self.label = _label
                    self.made = _made
                    self.observed = _observed
                }

                public static func decodeRows(_ cursor: inout RowCursor) throws -> [Self] {
                    try cursor.collect {
                        try Self(reading: $0)
                    }
                }

                public var databaseValues: [DatabaseValue] {
                    [
                        self.code.databaseValue,
                        self.`default`.databaseValue,
                        self.weight.databaseValue,
                        self.count.databaseValue,
                        self.small.databaseValue,
                        self.token.databaseValue,
                        self.blob.databaseValue,
                        self.label.databaseValue,
                        self.made.databaseValue,
                        self.observed.databaseValue,
                    ]
                }

                public mutating func setPrimaryKey(_ value: DatabaseValue) {
                    if let key = String(databaseValue: value) {
                        self.code = key
                    }
                }

                public static func fieldName(for keyPath: PartialKeyPath<Self>) -> String? {
                    switch keyPath {
                    case \Self.code:
                        "code"
                    case \Self.`default`:
                        "default"
                    case \Self.weight:
                        "weight"
                    case \Self.count:
                        "count"
                    case \Self.small:
                        "small"
                    case \Self.token:
                        "token"
                    case \Self.blob:
                        "blob"
                    case \Self.label:
                        "label"
                    case \Self.made:
                        "made"
                    case \Self.observed:
                        "observed"
                    default:
                        nil
                    }
                }
            }
            """#)
    }

    @Test func optionalIntegerPrimaryKeyIsAutoIncrementing() {
        assertExpansion(
            """
            @Model(app: "a")
            struct Tag {
                @Field(primaryKey: true, helpText: "key") var tagID: Int32?
            }
            """,
            expandedSource: #"""
            struct Tag {
                var tagID: Int32?
            }

            extension Tag: Model {
                static let schema = ModelSchema(
                    appLabel: "a",
                    name: "Tag",
                    fields: [
                        FieldSchema("tagID", .autoField, primaryKey: true, helpText: "key"),
                    ]
                )

                init(reading row: borrowing RowReader) throws {
                    let _tagID: Int32? = try row.decode("tagID", at: 0)
                    self.tagID = _tagID
                }

                static func decodeRows(_ cursor: inout RowCursor) throws -> [Self] {
                    try cursor.collect {
                        try Self(reading: $0)
                    }
                }

                var databaseValues: [DatabaseValue] {
                    [
                        self.tagID.databaseValue,
                    ]
                }

                mutating func setPrimaryKey(_ value: DatabaseValue) {
                    self.tagID = Int32(databaseValue: value)
                }

                static func fieldName(for keyPath: PartialKeyPath<Self>) -> String? {
                    switch keyPath {
                    case \Self.tagID:
                        "tagID"
                    default:
                        nil
                    }
                }
            }
            """#)
    }
}
