import ArgumentParser
import Foundation
public import Reinhardt
import ReinhardtDB

/// `makemigrations [app…]`: compares the declared models with the migrations and writes a new
/// migration file per changed app (Django's `makemigrations`).
struct MakeMigrations: ManagementCommand {
    static let configuration = CommandConfiguration(commandName: "makemigrations", abstract: "Write migrations for model changes.")

    @Argument(help: "Only these apps.") var apps: [String] = []
    @Option(name: .customLong("rename"), help: "app.Model.old=new: a field was renamed, not replaced.") var renames: [String] = []
    @Option(name: .customLong("default"), help: "app.Model.field=value: the value existing rows get for a new NOT NULL field.")
    var defaults: [String] = []
    @Flag(help: "Print what would be written without writing.") var dryRun = false
    @Option(help: "The new migration's name (after its number).") var name: String?

    func execute(settings: Settings, write: @escaping @Sendable (String) -> Void) async throws -> Int32 {
        let graph = try settings.migrationGraph()
        let state = try graph.state(after: Set(graph.migrations.keys))
        let changes = try Autodetector(from: state, to: settings.declaredState(), questions: questions()).changes()
        let selected = changes.filter { apps.isEmpty || apps.contains($0.key) }
        guard !selected.isEmpty else {
            write("No changes detected")
            return 0
        }
        for (app, operations) in selected.sorted(by: { $0.key < $1.key }) {
            try emit(app: app, operations: operations, graph: graph, settings: settings, write: write)
        }
        return 0
    }

    private func emit(app: String, operations: [MigrationOperation], graph: MigrationGraph, settings: Settings, write: (String) -> Void) throws {
        let existing = graph.migrations.keys.filter { $0.app == app }.map(\.name).sorted()
        let number = String(format: "%04d", (existing.last.flatMap { Int($0.prefix(4)) } ?? 0) + 1)
        let suffix = name ?? (existing.isEmpty ? "initial" : MigrationNaming.suggest(operations))
        let dependencies = MigrationNaming.dependencies(of: operations, app: app, graph: graph)
        let migration = Migration(app: app, name: "\(number)_\(suffix)", dependencies: dependencies, operations: operations)
        write("Migrations for '\(app)':")
        let config = settings.apps.first { $0.label == app }
        guard let directory = config?.migrationsDirectory, !dryRun else {
            write("  \(migration.name)")
            for operation in operations { write("    - \(operation.summary)") }
            if !dryRun { write(MigrationWriter.source(migration)) }
            return
        }
        let file = URL(fileURLWithPath: directory).appendingPathComponent("\(app)_\(migration.name).swift")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try MigrationWriter.source(migration).write(to: file, atomically: true, encoding: .utf8)
        let index = URL(fileURLWithPath: directory).appendingPathComponent("\(MigrationWriter.indexIdentifier(app).prefix(1).uppercased() + MigrationWriter.indexIdentifier(app).dropFirst()).swift")
        try MigrationWriter.indexSource(app: app, names: existing + [migration.name]).write(to: index, atomically: true, encoding: .utf8)
        write("  \(file.path)")
        for operation in operations { write("    - \(operation.summary)") }
    }

    private func questions() throws -> Autodetector.Questions {
        var questions = Autodetector.Questions()
        let renamePairs = try renames.map { try Self.split($0, what: "--rename") }
        let defaultPairs = try defaults.map { try Self.split($0, what: "--default") }
        questions.isRename = { model, old, new in renamePairs.contains { $0.0.lowercased() == "\(model).\(old)".lowercased() && $0.1 == new } }
        questions.defaultForNewField = { model, field in
            defaultPairs.first { $0.0.lowercased() == "\(model).\(field)".lowercased() }.map { MigrationNaming.literal($0.1) }
        }
        return questions
    }

    private static func split(_ text: String, what: String) throws -> (String, String) {
        guard let equals = text.firstIndex(of: "=") else {
            throw ValidationError("\(what) takes app.Model.field=value, not \(text)")
        }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }
}
