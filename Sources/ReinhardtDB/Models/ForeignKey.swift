/// A foreign key's value: the referenced row's primary key and, when the query loaded it
/// (``QuerySet/selectRelated(_:)`` or ``QuerySet/prefetchRelated(_:)``), the referenced model —
/// Django's `product.category` and `product.category_id` in one property.
///
/// ```swift
/// @Model(app: "shop") struct Product {
///     var id: Int64?
///     @Field(.foreignKey(to: "shop.Category", onDelete: .cascade)) var category: ForeignKey<Category>
/// }
/// let products = try await Product.objects.selectRelated("category").all()
/// products[0].category.object?.name   // loaded by the same query
/// ```
public struct ForeignKey<Target: Model>: DatabaseValueConvertible, Hashable, CustomStringConvertible {
    /// The referenced row's primary key (Django's `category_id`).
    public var id: DatabaseValue
    /// The referenced model, when a query loaded it; nil otherwise.
    public private(set) var object: Target?

    /// A reference to the row whose primary key is `id`.
    public init(id: some DatabaseValueConvertible) {
        self.id = id.databaseValue
        self.object = nil
    }

    /// A reference to a saved model, keeping it as the loaded object.
    public init(_ object: Target) {
        self.id = object.primaryKeyValue
        self.object = object
    }

    /// The key as stored.
    public var databaseValue: DatabaseValue { id }

    /// A reference from a stored key; NULL is not a reference (declare `ForeignKey<T>?` for `null: true`).
    public init?(databaseValue: DatabaseValue) {
        guard !databaseValue.isNull else { return nil }
        self.init(id: databaseValue)
    }

    /// The referenced model: the loaded one, or fetched by primary key from `database` (the
    /// current request's database when nil).
    /// - Throws: ``ModelError`` `.doesNotExist` when the row is gone.
    public func fetch(using database: Database? = nil) async throws -> Target {
        if let object { return object }
        return try await Target.objects.using(database).get(Q.lookup("pk", id))
    }

    /// The primary key's text.
    public var description: String { "\(Target.schema.name)(pk=\(id))" }

    /// Equal when they reference the same row, loaded or not.
    public static func == (lhs: ForeignKey, rhs: ForeignKey) -> Bool { lhs.id == rhs.id }

    /// Hashes the referenced key.
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

extension ForeignKey: ExpressibleByIntegerLiteral {
    /// A reference by an integer primary key: `category: 3`.
    public init(integerLiteral value: Int64) { self.init(id: value) }
}

extension RowReader {
    /// The foreign key in column `name`, with the referenced model decoded when the query selected
    /// or prefetched it.
    /// - Throws: ``ModelError`` naming the column when it is missing or NULL.
    public func decode<Target: Model>(
        _ name: String, at position: Int = -1, as type: ForeignKey<Target>.Type = ForeignKey<Target>.self
    ) throws -> ForeignKey<Target> {
        guard let key = try decode(name, at: position, as: ForeignKey<Target>?.self) else {
            throw ModelError.wrongType(column: name, expected: "ForeignKey<\(Target.self)>", found: .null)
        }
        return key
    }

    /// The nullable foreign key in column `name` (nil for NULL), with the referenced model decoded
    /// when the query selected or prefetched it.
    public func decode<Target: Model>(
        _ name: String, at position: Int = -1, as type: ForeignKey<Target>?.Type = ForeignKey<Target>?.self
    ) throws -> ForeignKey<Target>? {
        let value = try value(name, at: position)
        guard !value.isNull else { return nil }
        guard let row = relatedRow(name) else { return ForeignKey(id: value) }
        return ForeignKey(try Target(row: row))
    }
}

extension Model {
    /// The rows whose foreign key at `keyPath` references this (saved) model — Django's reverse
    /// accessor, `category.product_set`: `category.related(\Product.category)`.
    public func related<Other: Model>(_ keyPath: KeyPath<Other, ForeignKey<Self>>, using database: Database? = nil) -> QuerySet<Other> {
        reverseQuery(Other.fieldName(for: keyPath) ?? "\(keyPath)", database)
    }

    /// The rows whose nullable foreign key at `keyPath` references this (saved) model.
    public func related<Other: Model>(_ keyPath: KeyPath<Other, ForeignKey<Self>?>, using database: Database? = nil) -> QuerySet<Other> {
        reverseQuery(Other.fieldName(for: keyPath) ?? "\(keyPath)", database)
    }

    private func reverseQuery<Other: Model>(_ field: String, _ database: Database?) -> QuerySet<Other> {
        return Other.objects.using(database).filter(Q.lookup(field, primaryKeyValue))
    }
}
