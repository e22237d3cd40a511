import Foundation
import Reinhardt
import ReinhardtDB
import ReinhardtManage
import Testing

/// A model for the command tests.
struct Shelf: Model {
    var id: Int64?
    var label: String

    static let schema = ModelSchema(appLabel: "store", name: "Shelf", fields: [
        FieldSchema("id", .bigAutoField, primaryKey: true),
        FieldSchema("label", .char(maxLength: 30)),
    ])

    init(reading row: RowReader) throws {
        id = try row.decode("id")
        label = try row.decode("label")
    }
    var databaseValues: [DatabaseValue] { [id.databaseValue, label.databaseValue] }
    mutating func setPrimaryKey(_ value: DatabaseValue) { id = value.int64Value }
}

/// makemigrations, migrate, showmigrations and sqlmigrate against a SQLite file.
@Suite struct MigrationCommandTests {
    func withProject(_ body: (URL, Settings) async throws -> Void) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reinhardt-manage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        var project = settings([])
        project.database = DatabaseSettings(url: "sqlite:////" + root.appendingPathComponent("db.sqlite3").path.dropFirst())
        project.apps = [AppConfig("store", models: [Shelf.self], migrationsDirectory: root.appendingPathComponent("Migrations").path)]
        try await body(root, project)
    }

    func run(_ settings: Settings, _ arguments: String...) async -> (Int32, String) {
        let output = Output()
        let status = await Manage.run(settings: settings, arguments: arguments) { output.lines.append($0) }
        return (status, output.text)
    }

    @Test func makemigrationsWritesTheMigrationAndTheIndex() async throws {
        try await withProject { root, project in
            let (status, text) = await run(project, "makemigrations")
            #expect(status == 0)
            #expect(text.contains("Migrations for 'store':") && text.contains("- Create model Shelf"))
            let file = root.appendingPathComponent("Migrations/store_0001_initial.swift")
            let source = try String(contentsOf: file, encoding: .utf8)
            #expect(source.contains("public let store_0001_initial = Migration("))
            #expect(source.contains("FieldSchema(\"label\", .char(maxLength: 30))"))
            let index = try String(contentsOf: root.appendingPathComponent("Migrations/StoreMigrations.swift"), encoding: .utf8)
            #expect(index.contains("public let storeMigrations: [Migration] = [\n    store_0001_initial,\n]"))
        }
    }

    @Test func migrateShowmigrationsAndSqlmigrate() async throws {
        try await withProject { _, project in
            var migrated = project
            let initial = Migration(app: "store", name: "0001_initial", operations: [.createModel(Shelf.schema)])
            migrated.apps[0].migrations = [initial]
            #expect(await run(migrated, "makemigrations").1 == "No changes detected")
            #expect(await run(migrated, "showmigrations").1 == "store\n [ ] 0001_initial")
            let (_, sql) = await run(migrated, "sqlmigrate", "store", "0001")
            #expect(sql.hasPrefix("CREATE TABLE \"store_shelf\" (\"id\" integer PRIMARY KEY AUTOINCREMENT, \"label\" varchar(30) NOT NULL)"))
            let (status, applied) = await run(migrated, "migrate")
            #expect(status == 0 && applied.contains("Applying store.0001_initial... OK"))
            #expect(await run(migrated, "showmigrations").1 == "store\n [X] 0001_initial")
            #expect(await run(migrated, "migrate").1.contains("No migrations to apply."))
            let (_, unapplied) = await run(migrated, "migrate", "store", "zero")
            #expect(unapplied.contains("Unapplying store.0001_initial... OK"))
            let (badStatus, bad) = await run(migrated, "migrate", "store", "0099")
            #expect(badStatus != 0 && bad.contains("Cannot find a migration matching '0099' from app 'store'."))
        }
    }

    @Test func makemigrationsNeedsADefaultForANewRequiredField() async throws {
        try await withProject { _, project in
            var changed = project
            var older = Shelf.schema
            older.fields.removeLast()
            changed.apps[0].migrations = [Migration(app: "store", name: "0001_initial", operations: [.createModel(older)])]
            let (status, text) = await run(changed, "makemigrations", "--dry-run")
            #expect(status != 0 && text.contains("--default store.Shelf.label=VALUE"))
            let (fixed, plan) = await run(changed, "makemigrations", "--dry-run", "--default", "store.Shelf.label=unnamed")
            #expect(fixed == 0 && plan.contains("0002_shelf_label") && plan.contains("- Add field label to shelf"))
        }
    }
}
