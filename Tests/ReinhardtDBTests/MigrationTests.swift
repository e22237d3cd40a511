import Foundation
import ReinhardtDB
import ReinhardtUtils
import Testing

/// makemigrations' autodetector and writer, and migrate forwards and backwards on both backends.
@Suite(.serialized) struct MigrationTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("GeneratedMigrations")

    @Test func theWriterProducesTheCommittedFiles() throws {
        let migrations = try MigrationSequence.generate()
        #expect(migrations.map { $0.operations.map(\.summary) } == [
            ["Create model Author"],
            ["Add field email to author"],
            ["Rename field name on author to full_name"],
            ["Alter field email on author"],
            ["Create index library_author_full_name_idx on author"],
            ["Create model Book"],
            ["Delete model Book"],
            ["Create constraint library_author_name_email_uniq on model author", "Create constraint library_author_named on model author"],
        ])
        let update = ProcessInfo.processInfo.environment["REINHARDT_UPDATE_GOLDEN"] != nil
        for migration in migrations {
            let source = MigrationWriter.source(migration, generated: Date(timeIntervalSince1970: 0))
            let file = Self.goldenDirectory.appendingPathComponent("library_\(migration.name).swift")
            if update { try source.write(to: file, atomically: true, encoding: .utf8) }
            #expect(try String(contentsOf: file, encoding: .utf8) == source, "\(file.lastPathComponent) differs; regenerate with REINHARDT_UPDATE_GOLDEN=1")
        }
        let index = MigrationWriter.indexSource(app: "library", names: migrations.map(\.name))
        let indexFile = Self.goldenDirectory.appendingPathComponent("LibraryMigrations.swift")
        if update { try index.write(to: indexFile, atomically: true, encoding: .utf8) }
        #expect(try String(contentsOf: indexFile, encoding: .utf8) == index)
    }

    @Test func aNewNonNullFieldWithoutDefaultAsksForOne() throws {
        var withAge = MigrationSequence.authorV1
        withAge.fields.append(FieldSchema("age", .integer))
        #expect {
            try Autodetector(from: ProjectState([MigrationSequence.authorV1]), to: ProjectState([withAge])).changes()
        } throws: {
            ($0 as? MigrationError)?.message.contains("--default library.Author.age=VALUE") == true
        }
        var questions = Autodetector.Questions()
        questions.defaultForNewField = { _, _ in .integer(30) }
        let operations = try Autodetector(from: ProjectState([MigrationSequence.authorV1]), to: ProjectState([withAge]), questions: questions).changes()
        guard case .addField(_, let field, let preserve)? = operations["library"]?.first else { Issue.record("no addField"); return }
        #expect(field.defaultValue == .integer(30) && preserve == false)
    }

    @Test(arguments: TestBackend.allCases)
    func generatedMigrationsApplyAndReverseKeepingData(_ backend: TestBackend) async throws {
        try await backend.withDatabase { (db: Database) async throws in
            try await Self.reset(db)
            let executor = MigrationExecutor(database: db, graph: try MigrationGraph(libraryMigrations))
            try await executor.migrate(to: .migration(MigrationKey("library", "0001_initial")))
            _ = try await db.execute("INSERT INTO \"library_author\" (\"name\") VALUES (\(db.dialect.placeholder(1)))", [.text("Ada")])
            let steps = try await executor.migrate()
            #expect(steps.count == 7 && steps.allSatisfy { !$0.backwards })
            let rows = try await db.query("SELECT \"full_name\", \"email\" FROM \"library_author\"")
            #expect(rows.first?["full_name"]?.stringValue == "Ada")
            #expect(rows.first?["email"]?.stringValue == "unknown@example.com")
            #expect(try await executor.applied().count == 8)
            // 0008's constraints hold, on both backends (SQLite rebuilt the table for the check).
            let insert = "INSERT INTO \"library_author\" (\"full_name\", \"email\") VALUES (\(db.dialect.placeholder(1)), \(db.dialect.placeholder(2)))"
            await #expect { _ = try await db.execute(insert, [.text(""), .text("x@example.com")]) } throws: {
                ($0 as? DatabaseError)?.kind == .checkViolation
            }
            await #expect { _ = try await db.execute(insert, [.text("Ada"), .text("unknown@example.com")]) } throws: {
                ($0 as? DatabaseError)?.kind == .uniqueViolation
            }
            try await executor.migrate(to: .migration(MigrationKey("library", "0007_delete_book")))
            _ = try await db.execute(insert, [.text(""), .text("x@example.com")])
            _ = try await db.execute("DELETE FROM \"library_author\" WHERE \"full_name\" = ''")
            try await executor.migrate()
            try await executor.migrate(to: .migration(MigrationKey("library", "0006_book")))
            await #expect {
                try await db.transaction { tx in
                    _ = try await tx.execute("INSERT INTO \"library_book\" (\"title\", \"author_id\") VALUES (\(db.dialect.placeholder(1)), 999)", [.text("Orphan")])
                }
            } throws: { ($0 as? DatabaseError)?.kind == .foreignKeyViolation }
            try await executor.migrate()
            try await executor.migrate(to: .migration(MigrationKey("library", "0002_author_email")))
            let back = try await db.query("SELECT \"name\", \"email\" FROM \"library_author\"")
            #expect(back.first?["name"]?.stringValue == "Ada")
            try await executor.migrate(to: .zero("library"))
            #expect(try await executor.applied().isEmpty)
            await #expect(throws: (any Error).self) { try await db.query("SELECT 1 FROM \"library_author\"") }
        }
    }

    @Test(arguments: TestBackend.allCases)
    func aMigrationThatFailsHalfWayLeavesTheSchemaAsItWas(_ backend: TestBackend) async throws {
        try await backend.withDatabase { (db: Database) async throws in
            try await Self.reset(db)
            let broken = Migration(app: "library", name: "0001_initial", operations: [
                .createModel(MigrationSequence.authorV1),
                .runSwift(description: "fails", forward: { _ in throw MigrationError("data step failed") }, backward: nil),
            ])
            let executor = MigrationExecutor(database: db, graph: try MigrationGraph([broken]))
            await #expect(throws: MigrationError.self) { try await executor.migrate() }
            #expect(try await executor.applied().isEmpty)
            await #expect(throws: (any Error).self) { try await db.query("SELECT 1 FROM \"library_author\"") }
        }
    }

    @Test func theGraphOrdersAcrossAppsAndRefusesCycles() throws {
        let a1 = Migration(app: "a", name: "0001_initial", dependencies: [MigrationKey("b", "0001_initial")], operations: [])
        let b1 = Migration(app: "b", name: "0001_initial", operations: [])
        let a2 = Migration(app: "a", name: "0002_more", operations: [])
        #expect(try MigrationGraph([a2, a1, b1]).forwardsOrder().map(\.description) == ["b.0001_initial", "a.0001_initial", "a.0002_more"])
        let cyclic = Migration(app: "b", name: "0002_back", dependencies: [MigrationKey("a", "0002_more")], operations: [])
        let b3 = Migration(app: "b", name: "0001_initial", dependencies: [MigrationKey("a", "0002_more")], operations: [])
        #expect(throws: MigrationError.self) { try MigrationGraph([a1, a2, b3]) }
        _ = cyclic
        #expect(throws: MigrationError.self) { try MigrationGraph([a1]) }
    }

    /// Drops what earlier runs of these tests may have left on a shared PostgreSQL database.
    static func reset(_ db: Database) async throws {
        for table in ["library_book", "library_author", "new__library_author", "django_migrations"] {
            _ = try? await db.execute("DROP TABLE IF EXISTS \"\(table)\"")
        }
    }
}
