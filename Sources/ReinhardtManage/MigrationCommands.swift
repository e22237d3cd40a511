import Reinhardt
import ReinhardtDB

/// What the migration commands share: opening the database, reading targets, capturing SQL.
enum MigrationCommands {
    static func database(_ settings: Settings) throws -> Database {
        guard let database = settings.database else {
            throw ImproperlyConfigured(problems: ["Settings.database is not set: give it a DATABASE_URL such as sqlite:///db.sqlite3."])
        }
        return try Database(url: database.url)
    }

    /// `app` + `migration` (a name, a unique prefix, or `zero`) as a target; nil for "everything".
    static func target(app: String?, migration: String?, graph: MigrationGraph) throws -> MigrationTarget? {
        guard let app else { return nil }
        let keys = graph.migrations.keys.filter { $0.app == app }.sorted()
        guard let migration else {
            guard let leaf = keys.last else { throw MigrationError("App '\(app)' has no migrations.") }
            return .migration(leaf)
        }
        if migration == "zero" { return .zero(app) }
        let matches = keys.filter { $0.name == migration || $0.name.hasPrefix(migration) }
        guard matches.count == 1 else {
            throw MigrationError(matches.isEmpty
                ? "Cannot find a migration matching '\(migration)' from app '\(app)'."
                : "More than one migration matches '\(migration)' in app '\(app)'. Please be more specific.")
        }
        return .migration(matches[0])
    }

    /// The target that unapplies `key` and what follows it in its app.
    static func before(_ key: MigrationKey, _ graph: MigrationGraph) -> MigrationTarget {
        guard let previous = graph.migrations.keys.filter({ $0.app == key.app && $0.name < key.name }).max() else { return .zero(key.app) }
        return .migration(previous)
    }

    /// The statements `key` runs, captured by running it inside a transaction that is rolled back.
    static func sql(of key: MigrationKey, backwards: Bool, graph: MigrationGraph, database: Database) async throws -> [String] {
        struct RolledBack: Error {}
        let executor = MigrationExecutor(database: database, graph: graph)
        let (_, queries) = await QueryLog.recording {
            do {
                try await database.transaction { _ in
                    if backwards {
                        try await executor.migrate(to: .migration(key))
                        try await executor.migrate(to: before(key, graph))
                    } else {
                        try await executor.migrate(to: before(key, graph))
                        try await executor.migrate(to: .migration(key))
                    }
                    throw RolledBack()
                }
            } catch {}
        }
        return queries.filter { !$0.isTransactionControl && !$0.sql.contains("django_migrations") }.map(\.sql)
    }
}

/// Names and dependencies of new migrations.
enum MigrationNaming {
    /// Django-style names: `product_stock`, `delete_book`, `alter_author_email`, or `auto`.
    static func suggest(_ operations: [MigrationOperation]) -> String {
        let fragments = operations.map(fragment)
        let joined = fragments.joined(separator: "_")
        return fragments.isEmpty || joined.count > 52 ? "auto" : joined
    }

    private static func fragment(_ operation: MigrationOperation) -> String {
        func model(_ name: String) -> String { (name.split(separator: ".").last.map(String.init) ?? name).lowercased() }
        switch operation {
        case .createModel(let schema): return schema.name.lowercased()
        case .deleteModel(let name): return "delete_\(model(name))"
        case .addField(let name, let field, _): return "\(model(name))_\(field.name)"
        case .removeField(let name, let field): return "remove_\(model(name))_\(field)"
        case .alterField(let name, let field): return "alter_\(model(name))_\(field.name)"
        case .renameField(let name, let old, let new): return "rename_\(old)_\(model(name))_\(new)"
        case .addIndex(_, let index): return index.name.lowercased()
        case .removeIndex(let name, let index): return "remove_\(model(name))_\(index.lowercased())"
        case .addConstraint(_, let constraint): return constraint.name.lowercased()
        case .removeConstraint(let name, let constraint): return "remove_\(model(name))_\(constraint.lowercased())"
        case .alterModelOptions(let name, _): return "alter_\(model(name))_options"
        case .runSwift: return "auto"
        }
    }

    /// The leaf migrations of other apps whose models the operations reference.
    static func dependencies(of operations: [MigrationOperation], app: String, graph: MigrationGraph) -> [MigrationKey] {
        var apps: Set<String> = []
        for operation in operations {
            switch operation {
            case .createModel(let schema): schema.fields.compactMap(\.kind.relatedModel).forEach { apps.insert(String($0.split(separator: ".")[0])) }
            case .addField(_, let field, _), .alterField(_, let field):
                if let related = field.kind.relatedModel { apps.insert(String(related.split(separator: ".")[0])) }
            default: break
            }
        }
        return apps.subtracting([app]).sorted().compactMap(graph.leaf)
    }

    /// A command-line value as a database value: integers, decimals, true/false, or text.
    static func literal(_ text: String) -> DatabaseValue {
        if let number = Int64(text) { return .integer(number) }
        if text == "true" || text == "false" { return .boolean(text == "true") }
        if let number = Double(text), text.contains(".") { return .real(number) }
        if text.count >= 2, text.hasPrefix("\"") || text.hasPrefix("'") { return .text(String(text.dropFirst().dropLast())) }
        return .text(text)
    }
}
