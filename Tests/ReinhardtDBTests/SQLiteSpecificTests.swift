import Foundation
import ReinhardtDB
import Testing

@Suite("SQLite specifics")
struct SQLiteSpecificTests {
    @Test("a file database is created on first use in WAL mode with foreign keys on")
    func walModeAndForeignKeys() async throws {
        let directory = try makeTemporaryDirectory("wal")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite3").path
        let db = Database(.sqlite(path: path))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try await db.query("PRAGMA journal_mode").first?[0] == .text("wal"))
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try await db.query("PRAGMA foreign_keys").first?[0] == .integer(1))
        // Readers use their own connections; they must be configured the same way.
        let readerSettings = try await withThrowingTaskGroup(of: DatabaseValue?.self) { group in
            for _ in 0..<4 { group.addTask { try await db.query("SELECT * FROM pragma_foreign_keys").first?[0] } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(readerSettings.allSatisfy { $0 == .integer(1) })
        await db.close()
    }

    @Test("more callers than connections all get one in turn, and a closed database refuses new queries")
    func callersBeyondThePoolWaitTheirTurn() async throws {
        let directory = try makeTemporaryDirectory("pool")
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = DatabaseConfiguration.sqlite(path: directory.appendingPathComponent("db.sqlite3").path)
        configuration.maximumConnections = 2
        let db = Database(configuration)
        try await db.execute("CREATE TABLE t (x INTEGER)")
        // 2 readers and 1 writer serve 60 callers: reads and writing transactions interleaved.
        let sums = try await withThrowingTaskGroup(of: Int64.self) { group in
            for index in 0..<60 {
                group.addTask {
                    if index.isMultiple(of: 3) {
                        try await db.transaction { tx in _ = try await tx.execute("INSERT INTO t VALUES (?)", [.integer(1)]) }
                        return 0
                    }
                    return try await db.query("SELECT count(*) FROM t").first?[0].int64Value ?? -1
                }
            }
            return try await group.reduce(into: [Int64]()) { $0.append($1) }
        }
        #expect(sums.count == 60 && sums.allSatisfy { $0 >= 0 && $0 <= 20 })
        #expect(try await db.query("SELECT count(*) FROM t").first?[0] == .integer(20))
        await db.close()
        let error = try #require(await #expect(throws: DatabaseError.self) { try await db.query("SELECT 1") })
        #expect(error.kind == .connectionFailed && error.message.contains("closed"))
    }

    @Test("a database URL opens the same file")
    func urlOpensFile() async throws {
        let directory = try makeTemporaryDirectory("url")
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try Database(url: "sqlite:///\(directory.path)/app.sqlite3")
        try await db.execute("CREATE TABLE t (x INTEGER)")
        await db.close()
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("app.sqlite3").path))
    }

    @Test("an unusable path fails with a message saying what to do")
    func unusablePath() async throws {
        let db = Database(.sqlite(path: "/nonexistent-dir-\(UUID().uuidString)/db.sqlite3"))
        let error = try #require(await #expect(throws: DatabaseConfigurationError.self) { try await db.query("SELECT 1") })
        #expect(error.kind == .unusableSQLitePath)
        #expect(error.message.contains("Create its directory"))
        await db.close()
    }

    @Test("an in-memory database is one shared connection")
    func inMemory() async throws {
        let db = Database(.sqliteInMemory)
        try await db.execute("CREATE TABLE t (x INTEGER)")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<10 {
                group.addTask {
                    try await db.transaction { tx in _ = try await tx.execute("INSERT INTO t VALUES (?)", [.integer(Int64(index))]) }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await db.query("SELECT count(*) FROM t").first?[0] == .integer(10))
        // On-commit hooks run after the single connection is free again, so they can query.
        let seen = try await db.transaction { tx in
            tx.onCommit { _ = try await db.query("SELECT 1") }
            return "ok"
        }
        #expect(seen == "ok")
        await db.close()
        await #expect(throws: DatabaseError.self) { try await db.query("SELECT 1") }
    }
}
