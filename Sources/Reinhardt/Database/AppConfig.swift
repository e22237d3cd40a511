public import ReinhardtDB

/// One app of the project (Django's `AppConfig`): its label, its models and its migrations, and
/// where `makemigrations` writes new ones.
///
/// ```swift
/// settings.apps = [AppConfig("shop", models: [Product.self, Category.self], migrations: shopMigrations,
///                            migrationsDirectory: "Sources/Shop/Migrations")]
/// ```
public struct AppConfig: Sendable {
    /// The app label (`"shop"`), as models' `appLabel` and migrations' `app` name it.
    public var label: String
    /// The app's models.
    public var models: [any Model.Type]
    /// The app's migrations (the `<label>Migrations` constant makemigrations maintains).
    public var migrations: [Migration]
    /// Where makemigrations writes migration files; nil means "print them instead".
    public var migrationsDirectory: String?

    /// Creates an app.
    public init(_ label: String, models: [any Model.Type], migrations: [Migration] = [], migrationsDirectory: String? = nil) {
        self.label = label
        self.models = models
        self.migrations = migrations
        self.migrationsDirectory = migrationsDirectory
    }
}

extension Settings {
    /// The migration graph of every app.
    public func migrationGraph() throws -> MigrationGraph {
        try MigrationGraph(apps.flatMap(\.migrations))
    }

    /// The declared models of every app as a project state.
    public func declaredState() -> ProjectState {
        ProjectState(apps.flatMap(\.models).map { $0.schema })
    }
}
