/// One migration: a named list of operations of an app, with the migrations it must follow —
/// what `makemigrations` writes into the app and `migrate` applies, each in one transaction.
public struct Migration: Sendable {
    /// The app (`"shop"`).
    public var app: String
    /// The name (`"0002_product_price"`).
    public var name: String
    /// Migrations that must be applied first, as `(app, name)`.
    public var dependencies: [MigrationKey]
    /// The steps, in order.
    public var operations: [MigrationOperation]

    /// Creates a migration.
    public init(app: String, name: String, dependencies: [MigrationKey] = [], operations: [MigrationOperation]) {
        self.app = app
        self.name = name
        self.dependencies = dependencies
        self.operations = operations
    }

    /// `(app, name)`.
    public var key: MigrationKey { MigrationKey(app, name) }
}

/// Which migration: app and name.
public struct MigrationKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The app.
    public var app: String
    /// The migration name.
    public var name: String

    /// Creates a key.
    public init(_ app: String, _ name: String) {
        self.app = app
        self.name = name
    }

    /// `app.name`.
    public var description: String { "\(app).\(name)" }

    /// App, then name.
    public static func < (lhs: MigrationKey, rhs: MigrationKey) -> Bool {
        (lhs.app, lhs.name) < (rhs.app, rhs.name)
    }
}
