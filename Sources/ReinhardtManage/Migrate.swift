import ArgumentParser
public import Reinhardt
import ReinhardtDB

/// `migrate [app] [migration|zero]`: brings the database to the latest migrations, or to a
/// named one (unapplying later ones), each migration in its own transaction.
struct Migrate: ManagementCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply or unapply migrations.")

    @Argument(help: "An app label; with a migration name (or zero), the target.")
    var app: String?
    @Argument(help: "A migration name, a unique prefix of one (0002), or zero.")
    var migration: String?

    func execute(settings: Settings, write: @escaping @Sendable (String) -> Void) async throws -> Int32 {
        let database = try MigrationCommands.database(settings)
        do {
            try await run(on: database, settings: settings, write: write)
        } catch {
            await database.close()
            throw error
        }
        await database.close()
        return 0
    }

    private func run(on database: Database, settings: Settings, write: @escaping @Sendable (String) -> Void) async throws {
        let graph = try settings.migrationGraph()
        let executor = MigrationExecutor(database: database, graph: graph)
        let target = try MigrationCommands.target(app: app, migration: migration, graph: graph)
        write("Operations to perform:")
        guard try await !executor.plan(to: target).isEmpty else { return write("  No migrations to apply.") }
        write("Running migrations:")
        try await executor.migrate(to: target) { key, backwards in
            write("  \(backwards ? "Unapplying" : "Applying") \(key)... OK")
        }
    }
}

/// `showmigrations`: every migration of every app, `[X]` when applied.
struct ShowMigrations: ManagementCommand {
    static let configuration = CommandConfiguration(commandName: "showmigrations", abstract: "List migrations and whether they are applied.")

    func execute(settings: Settings, write: @escaping @Sendable (String) -> Void) async throws -> Int32 {
        let database = try MigrationCommands.database(settings)
        let graph = try settings.migrationGraph()
        let applied = try await MigrationExecutor(database: database, graph: graph).applied()
        for app in settings.apps.map(\.label).sorted() {
            write(app)
            let keys = graph.migrations.keys.filter { $0.app == app }.sorted()
            if keys.isEmpty { write(" (no migrations)") }
            for key in keys { write(" [\(applied.contains(key) ? "X" : " ")] \(key.name)") }
        }
        await database.close()
        return 0
    }
}

/// `sqlmigrate app migration`: the SQL a migration runs, found by running it in a transaction that
/// is rolled back (so it is exactly what this backend executes).
struct SQLMigrate: ManagementCommand {
    static let configuration = CommandConfiguration(commandName: "sqlmigrate", abstract: "Print the SQL of a migration.")

    @Argument(help: "The app label.") var app: String
    @Argument(help: "The migration name or a unique prefix.") var migration: String
    @Flag(help: "The SQL to unapply it instead.") var backwards = false

    func execute(settings: Settings, write: @escaping @Sendable (String) -> Void) async throws -> Int32 {
        let database = try MigrationCommands.database(settings)
        let graph = try settings.migrationGraph()
        guard case .migration(let key) = try MigrationCommands.target(app: app, migration: migration, graph: graph) else { return 1 }
        let statements = try await MigrationCommands.sql(of: key, backwards: backwards, graph: graph, database: database)
        for statement in statements { write(statement + ";") }
        await database.close()
        return 0
    }
}
