import Foundation
import ReinhardtDB
import Testing

/// How SQLite statements run: compiled once per connection and kept, values bound and read by
/// storage class, failures classified, locks waited for.
@Suite("SQLite statements")
struct SQLiteStatementTests {
    @Test("kept statements follow schema changes, and the cache stays bounded")
    func keptStatementsFollowSchemaChanges() async throws {
        let db = Database(.sqliteInMemory)
        try await db.execute("CREATE TABLE t (x INTEGER)")
        try await db.execute("INSERT INTO t VALUES (1)")
        #expect(try await db.query("SELECT * FROM t").first?.columns == ["x"])
        try await db.execute("ALTER TABLE t ADD COLUMN y TEXT DEFAULT 'new'")
        let widened = try #require(try await db.query("SELECT * FROM t").first)
        #expect(widened.columns == ["x", "y"] && widened.values == [.integer(1), .text("new")])
        // A kept statement holds no lock between uses, so the table can be dropped and recreated.
        try await db.execute("DROP TABLE t")
        let missing = try #require(await #expect(throws: DatabaseError.self) { try await db.query("SELECT * FROM t") })
        #expect(missing.message.contains("no such table: t"))
        try await db.execute("CREATE TABLE t (z REAL)")
        #expect(try await db.query("SELECT * FROM t").isEmpty)
        // More shapes than the cache keeps: every one still answers, old ones included.
        for number in 0..<300 {
            #expect(try await db.query("SELECT ? + \(number)", [.integer(1)]).first?[0] == .integer(Int64(number + 1)))
        }
        #expect(try await db.query("SELECT ? + 0", [.integer(7)]).first?[0] == .integer(7))
        await db.close()
    }

    @Test("values are bound and read back by storage class, Django's way")
    func valuesRoundTrip() async throws {
        let db = Database(.sqliteInMemory)
        try await db.execute("CREATE TABLE v (a, b, c, d, e, f, g, h)")
        let uuid = UUID(uuidString: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8")!
        let text = "zero\u{0}byte, naïve café ☕"
        try await db.execute(
            "INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [.integer(Int64.min), .real(-2.5), .text(text), .blob([0, 255, 1]), .null, .boolean(true),
             .uuid(uuid), .json(#"{"k": [1]}"#)])
        let row = try #require(try await db.query("SELECT *, typeof(a), typeof(d), typeof(f) FROM v").first)
        #expect(row.values == [
            .integer(Int64.min), .real(-2.5), .text(text), .blob([0, 255, 1]), .null, .integer(1),
            .text("6ba7b8109dad11d180b400c04fd430c8"), .text(#"{"k": [1]}"#),
            .text("integer"), .text("blob"), .text("integer"),
        ])
        #expect(try await db.query("SELECT length(CAST(c AS BLOB)) FROM v").first?[0] == .integer(Int64(text.utf8.count)))
        await db.close()
    }

    @Test("what a write changed: rows affected, the new row's id, nothing for DDL")
    func executionResults() async throws {
        let db = Database(.sqliteInMemory)
        try await db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER)")
        let first = try await db.execute("INSERT INTO t (x) VALUES (?), (?)", [.integer(1), .integer(2)])
        #expect(first.rowsAffected == 2 && first.lastInsertedID == 2)
        let updated = try await db.execute("UPDATE t SET x = x + 1 WHERE x > ?", [.integer(1)])
        #expect(updated.rowsAffected == 1 && updated.lastInsertedID == nil)
        let returning = try await db.execute("DELETE FROM t WHERE id = ? RETURNING id", [.integer(1)])
        #expect(returning.rowsAffected == 1)
        let ddl = try await db.execute("CREATE INDEX t_x ON t (x)")
        #expect(ddl.rowsAffected == 0 && ddl.lastInsertedID == nil)
        let none = try await db.execute("UPDATE t SET x = 0 WHERE id = ?", [.integer(99)])
        #expect(none.rowsAffected == 0)
        // The statement's kind is read past whitespace, comments and case.
        let commented = try await db.execute("/* bulk */ -- note\n\t update t SET x = 5", [])
        #expect(commented.rowsAffected == 1)
        let lowercase = try await db.execute("\n insert into t (x) values (9)")
        #expect(lowercase.rowsAffected == 1 && lowercase.lastInsertedID == 3)
        #expect(try await db.query("\n\tselect count(*) FROM t").first?[0] == .integer(2))
        // A write wrapped in a common table expression counts its rows; a read after a write counts none.
        let wrapped = try await db.execute("WITH big AS (SELECT id FROM t WHERE x > ?) UPDATE t SET x = 1 WHERE id IN big", [.integer(0)])
        #expect(wrapped.rowsAffected == 2)
        #expect(try await db.execute("SELECT * FROM t").rowsAffected == 0)
        await db.close()
    }

    @Test("failures are classified, name the statement, and leave the kept statement usable")
    func failuresLeaveStatementsUsable() async throws {
        let db = Database(.sqliteInMemory)
        try await db.execute("CREATE TABLE p (name TEXT UNIQUE NOT NULL, price INTEGER CHECK (price > 0))")
        let insert = "INSERT INTO p VALUES (?, ?)"
        try await db.execute(insert, [.text("Tea"), .integer(3)])
        let duplicate = try #require(await #expect(throws: DatabaseError.self) {
            try await db.execute(insert, [.text("Tea"), .integer(4)])
        })
        #expect(duplicate.kind == .uniqueViolation && duplicate.table == "p" && duplicate.columns == ["name"])
        #expect(duplicate.sql == insert)
        let missing = try #require(await #expect(throws: DatabaseError.self) { try await db.execute(insert, [.null, .integer(4)]) })
        #expect(missing.kind == .notNullViolation && missing.column == "name")
        let negative = try #require(await #expect(throws: DatabaseError.self) {
            try await db.execute(insert, [.text("Jam"), .integer(-1)])
        })
        #expect(negative.kind == .checkViolation)
        try await db.execute(insert, [.text("Jam"), .integer(2)])
        #expect(try await db.query("SELECT count(*) FROM p").first?[0] == .integer(2))

        let miscounted = try #require(await #expect(throws: DatabaseError.self) { try await db.execute(insert, [.text("Oil")]) })
        #expect(miscounted.message.contains("takes 2 value(s) for its placeholders, but 1 were given"))
        let syntax = try #require(await #expect(throws: DatabaseError.self) { try await db.query("SELEC 1") })
        #expect(syntax.kind == .other && syntax.message.contains("syntax error"))
        let pattern = try #require(await #expect(throws: DatabaseError.self) {
            try await db.query("SELECT 'x' REGEXP '(unclosed'")
        })
        #expect(pattern.message.contains("invalid regular expression: (unclosed"))
        #expect(try await db.query("SELECT 'tea' REGEXP 'e+a$', 12 REGEXP '^1', NULL REGEXP 'a'").first?.values
            == [.integer(1), .integer(1), .null])
        await db.close()
    }

    @Test("statements sent at once on one transaction's connection run in turn")
    func concurrentStatementsOnOneConnection() async throws {
        let db = Database(.sqliteInMemory)
        try await db.execute("CREATE TABLE t (x INTEGER)")
        let total = try await db.transaction { tx in
            try await withThrowingTaskGroup(of: Int64.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        try await tx.execute("INSERT INTO t VALUES (?)", [.integer(Int64(index))])
                        return try await tx.query("SELECT count(*) FROM t WHERE x <= ?", [.integer(Int64(index))]).first?[0].int64Value ?? -1
                    }
                }
                return try await group.reduce(0, +)
            }
        }
        #expect(total > 0)
        #expect(try await db.query("SELECT count(*), sum(x) FROM t").first?.values == [.integer(50), .integer(1225)])
        await db.close()
    }

    @Test("a write waits for another connection's lock for up to the busy timeout")
    func writesWaitForAnotherConnectionsLock() async throws {
        let directory = try makeTemporaryDirectory("busy")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite3").path
        // Two databases on one file stand for two processes: their writers are separate connections.
        let first = Database(.sqlite(path: path))
        let second = Database(.sqlite(path: path))
        try await first.execute("CREATE TABLE t (x INTEGER)")
        let (holding, held) = AsyncStream.makeStream(of: Void.self)
        async let holder: Void = second.transaction { tx in
            try await tx.execute("INSERT INTO t VALUES (1)")
            held.yield()
            try await Task.sleep(for: .milliseconds(150))
        }
        for await _ in holding { break }
        try await first.execute("INSERT INTO t VALUES (2)")
        try await holder
        #expect(try await first.query("SELECT x FROM t ORDER BY rowid").map { $0[0] } == [.integer(1), .integer(2)])
        await first.close()
        await second.close()
    }
}
