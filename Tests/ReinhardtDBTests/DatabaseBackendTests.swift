import Foundation
import Logging
import ReinhardtDB
import ReinhardtUtils
import Synchronization
import Testing

@Suite("Database backends")
struct DatabaseBackendTests {
    // MARK: Values

    @Test("every value kind round-trips", arguments: TestBackend.allCases)
    func roundTripsEveryValueKind(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = uniqueTable("kinds")
            let columns = ["i": "BIGINT", "r": db.type("real"), "t": "TEXT", "b": db.type("blob"), "f": db.type("bool"),
                           "d": db.type("decimal"), "dd": "DATE", "tm": "TIME", "dt": db.type("datetime"),
                           "u": db.type("uuid"), "j": db.type("json"), "n": "TEXT"]
            let names = columns.keys.sorted()
            try await db.execute("CREATE TABLE \(table) (id \(db.type("id")), \(names.map { "\($0) \(columns[$0]!)" }.joined(separator: ", ")))")
            let uuid = UUID()
            let aware = DateTimeValue(year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 58, microsecond: 123_456, utcOffset: 2 * 3600)
            let text = "Grüße, 世界 🎉 \"double\" 'single' \\ back\nslash"
            let blob: [UInt8] = [0, 1, 2, 127, 128, 254, 255, 0]
            let json = #"{"a": [1, 2.5, {"b": null}], "ü": "x"}"#
            let values: [String: DatabaseValue] = [
                "i": .integer(Int64.min + 1), "r": .real(3.25), "t": .text(text), "b": .blob(blob), "f": .boolean(true),
                "d": .decimal(PythonDecimal("1.50")!), "dd": .dateTime(DateTimeValue(year: 1999, month: 12, day: 31)),
                "tm": .dateTime(DateTimeValue(hour: 7, minute: 5, second: 3, microsecond: 9)), "dt": .dateTime(aware),
                "u": .uuid(uuid), "j": .json(json), "n": .null,
            ]
            let placeholders = names.map { _ in "?" }.joined(separator: ", ")
            let result = try await db.execute(
                db.sql("INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(placeholders))"), names.map { values[$0]! })
            #expect(result.rowsAffected == 1)

            let row = try #require(try await db.query("SELECT \(names.joined(separator: ", ")) FROM \(table)").first)
            #expect(row.columns == names)
            #expect(row["i"]?.int64Value == Int64.min + 1)
            #expect(row["r"]?.doubleValue == 3.25)
            #expect(row["t"]?.stringValue == text)
            #expect(row["b"]?.bytesValue == blob)
            #expect(row["f"]?.boolValue == true)
            #expect(row["d"]?.decimalValue?.description == "1.50")
            #expect(row["dd"]?.dateTimeValue == DateTimeValue(year: 1999, month: 12, day: 31))
            #expect(row["tm"]?.dateTimeValue == DateTimeValue(hour: 7, minute: 5, second: 3, microsecond: 9))
            let storedInstant = try #require(row["dt"]?.dateTimeValue)
            // PostgreSQL returns an aware UTC datetime; SQLite stores naive UTC text, as Django does.
            let utc = aware.converted(toUTCOffset: 0)
            let fields: [Int] = [storedInstant.year, storedInstant.month, storedInstant.day, storedInstant.hour,
                                 storedInstant.minute, storedInstant.second, storedInstant.microsecond]
            #expect(fields == [2024, 2, 29, 21, 59, 58, 123_456])
            let expectedOffset: Int? = db.dialect.name == "postgresql" ? 0 : nil
            #expect(storedInstant.utcOffset == expectedOffset)
            #expect(utc.hour == 21)
            #expect(row["u"]?.uuidValue == uuid)
            let decoded = try JSONSerialization.jsonObject(with: Data(try #require(row["j"]?.jsonValue).utf8)) as? NSDictionary
            #expect(decoded == (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary))
            #expect(row["n"]?.isNull == true)
            #expect(row[1] == row["d"])
            try await db.drop(table)
        }
    }

    @Test("native representations per backend", arguments: TestBackend.allCases)
    func nativeRepresentations(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = uniqueTable("native")
            try await db.execute("CREATE TABLE \(table) (f \(db.type("bool")), d \(db.type("decimal")), u \(db.type("uuid")), dt \(db.type("datetime")))")
            let uuid = try #require(UUID(uuidString: "12345678-9ABC-DEF0-1234-56789ABCDEF0"))
            let moment = DateTimeValue(year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5, microsecond: 600, utcOffset: 0)
            try await db.execute(db.sql("INSERT INTO \(table) VALUES (?, ?, ?, ?)"),
                                 [.boolean(false), .decimal(PythonDecimal("-12345678901234567890.000100")!), .uuid(uuid), .dateTime(moment)])
            let row = try #require(try await db.query("SELECT f, d, u, dt FROM \(table)").first)
            if db.dialect.name == "sqlite" {
                #expect(row["f"] == .integer(0))
                #expect(row["d"] == .text("-12345678901234567890.000100"))
                #expect(row["u"] == .text("123456789abcdef0123456789abcdef0"))
                #expect(row["dt"] == .text("2024-01-02 03:04:05.000600"))
            } else {
                #expect(row["f"] == .boolean(false))
                #expect(row["d"]?.decimalValue?.description == "-12345678901234567890.000100")
                #expect(row["u"] == .uuid(uuid))
                #expect(row["dt"]?.dateTimeValue?.epochMicroseconds == moment.epochMicroseconds)
            }
            try await db.drop(table)
        }
    }

    @Test("bound parameters store injection strings verbatim", arguments: TestBackend.allCases)
    func boundParametersAreNeverInterpolated(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = uniqueTable("people")
            try await db.execute("CREATE TABLE \(table) (id \(db.type("id")), name TEXT NOT NULL)")
            let hostile = ["Robert'); DROP TABLE \(table);--", "' OR '1'='1", "\"; DELETE FROM \(table); --", "$1 ? %s \\x00", ""]
            for name in hostile {
                try await db.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), [.text(name)])
            }
            let stored = try await db.query("SELECT name FROM \(table) ORDER BY id").map { $0["name"]?.stringValue }
            #expect(stored == hostile)
            let match = try await db.query(db.sql("SELECT count(*) AS n FROM \(table) WHERE name = ?"), ["' OR '1'='1"])
            #expect(match.first?["n"]?.int64Value == 1)
            try await db.drop(table)
        }
    }

    @Test("rows affected, last inserted id and RETURNING", arguments: TestBackend.allCases)
    func rowsAffected(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = uniqueTable("counts")
            try await db.execute("CREATE TABLE \(table) (id \(db.type("id")), n BIGINT)")
            let first = try await db.execute(db.sql("INSERT INTO \(table) (n) VALUES (?), (?), (?)"), [1, 2, 3])
            #expect(first.rowsAffected == 3)
            #expect(first.lastInsertedID == (db.dialect.name == "sqlite" ? 3 : nil))
            #expect(try await db.execute(db.sql("UPDATE \(table) SET n = n * 10 WHERE n >= ?"), [2]).rowsAffected == 2)
            let update = try await db.execute(db.sql("UPDATE \(table) SET n = 0 WHERE n = ?"), [999])
            #expect(update.rowsAffected == 0)
            #expect(update.lastInsertedID == nil)
            #expect(try await db.execute(db.sql("DELETE FROM \(table) WHERE n = ?"), [1]).rowsAffected == 1)
            let returned = try await db.query(db.sql("INSERT INTO \(table) (n) VALUES (?) RETURNING id, n"), [7])
            #expect(returned.first?["id"]?.int64Value == 4)
            #expect(returned.first?["n"] == .integer(7))
            // A statement that returns rows itself is run as written, whatever the keyword's case.
            #expect(try await db.execute(db.sql("UPDATE \(table) SET n = n + 1 WHERE n >= ? rEtUrNiNg n"), [0]).rowsAffected == 3)
            #expect(db.dialect.supportsReturning)
            try await db.drop(table)
        }
    }

    // MARK: Transactions

    @Test("a transaction commits its work", arguments: TestBackend.allCases)
    func transactionCommits(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = try await makeItems(db)
            let value = try await db.transaction { tx in
                try await tx.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), ["a"])
                // db.query inside the block runs on the transaction's connection, so it sees
                // the uncommitted row (a fresh pooled connection would not).
                let inside = try await db.query("SELECT count(*) AS n FROM \(table)")
                #expect(db.currentTransaction != nil)
                return inside.first?["n"]?.int64Value
            }
            #expect(value == 1)
            #expect(db.currentTransaction == nil)
            #expect(try await count(db, table) == 1)
            try await db.drop(table)
        }
    }

    @Test("a throwing transaction rolls back and rethrows", arguments: TestBackend.allCases)
    func transactionRollsBack(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = try await makeItems(db)
            await #expect(throws: Boom.self) {
                try await db.transaction { tx in
                    try await tx.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), ["a"])
                    try await db.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), ["b"])
                    throw Boom()
                }
            }
            #expect(try await count(db, table) == 0)
            try await db.drop(table)
        }
    }

    @Test("a failed savepoint keeps the outer work", arguments: TestBackend.allCases)
    func nestedSavepointRollback(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = try await makeItems(db)
            let depths = try await db.transaction { tx in
                try await tx.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), ["outer"])
                // A constraint error inside a savepoint: PostgreSQL would abort the whole
                // transaction without one.
                await #expect(throws: DatabaseError.self) {
                    try await tx.transaction { inner in
                        try await inner.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), ["inner"])
                        try await inner.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), ["outer"])
                    }
                }
                let innerDepth = try await db.transaction { inner in
                    try await inner.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), ["kept"])
                    return inner.depth
                }
                return (tx.depth, innerDepth)
            }
            #expect(depths == (0, 1))
            let names = try await db.query("SELECT name FROM \(table) ORDER BY name").compactMap { $0["name"]?.stringValue }
            #expect(names == ["kept", "outer"])
            try await db.drop(table)
        }
    }

    @Test("on-commit hooks run once after the outermost commit, never after rollback", arguments: TestBackend.allCases)
    func onCommitHooks(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = try await makeItems(db)
            let calls = Mutex<[String]>([])
            try await db.transaction { tx in
                tx.onCommit { calls.withLock { $0.append("outer") } }
                try await tx.transaction { inner in
                    inner.onCommit { calls.withLock { $0.append("released savepoint") } }
                    await db.onCommit { calls.withLock { $0.append("via db") } }
                }
                try? await tx.transaction { inner in
                    inner.onCommit { calls.withLock { $0.append("rolled-back savepoint") } }
                    throw Boom()
                }
                #expect(calls.withLock { $0 }.isEmpty)
            }
            #expect(calls.withLock { $0 } == ["outer", "released savepoint", "via db"])

            calls.withLock { $0 = [] }
            try? await db.transaction { tx in
                tx.onCommit { calls.withLock { $0.append("never") } }
                throw Boom()
            }
            await db.onCommit { calls.withLock { $0.append("immediate") } }
            #expect(calls.withLock { $0 } == ["immediate"])
            try await db.drop(table)
        }
    }

    @Test("withConnection inside a transaction lends the transaction", arguments: TestBackend.allCases)
    func withConnectionInsideTransaction(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = try await makeItems(db)
            try await db.transaction { _ in
                try await db.withConnection { connection in
                    #expect(connection is Transaction)
                    try await connection.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), ["x"])
                }
            }
            #expect(try await count(db, table) == 1)
            try await db.drop(table)
        }
    }

    // MARK: Concurrency

    @Test("concurrent queries from many tasks", arguments: TestBackend.allCases)
    func concurrentQueries(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = try await makeItems(db)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<24 {
                    group.addTask {
                        if index.isMultiple(of: 3) {
                            try await db.transaction { tx in
                                try await tx.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), [.text("tx\(index)")])
                            }
                        } else {
                            try await db.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), [.text("n\(index)")])
                        }
                        _ = try await db.query("SELECT count(*) FROM \(table)")
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await count(db, table) == 24)
            try await db.drop(table)
        }
    }

    // MARK: Errors

    @Test("constraint violations are typed", arguments: TestBackend.allCases)
    func constraintErrors(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let parent = uniqueTable("categories")
            let child = uniqueTable("products")
            try await db.execute("CREATE TABLE \(parent) (id \(db.type("id")), name TEXT)")
            try await db.execute("""
                CREATE TABLE \(child) (id \(db.type("id")), name TEXT NOT NULL UNIQUE, \
                price BIGINT CONSTRAINT \(child)_price_positive CHECK (price > 0), \
                category_id BIGINT REFERENCES \(parent) (id))
                """)
            let insert = db.sql("INSERT INTO \(child) (name, price, category_id) VALUES (?, ?, ?)")
            try await db.execute(insert, ["Tea", 5, .null])

            let unique = try await expectError(.uniqueViolation) { try await db.execute(insert, ["Tea", 5, .null]) }
            #expect(unique.table == child)
            #expect(unique.column == "name")
            #expect(unique.sql == insert)
            #expect(unique.description.contains("already stored"))

            let foreignKey = try await expectError(.foreignKeyViolation) { try await db.execute(insert, ["Milk", 5, 99]) }
            if db.dialect.name == "postgresql" {
                #expect(foreignKey.table == child)
                #expect(foreignKey.column == "category_id")
            }

            let notNull = try await expectError(.notNullViolation) { try await db.execute(insert, [.null, 5, .null]) }
            #expect(notNull.table == child)
            #expect(notNull.column == "name")

            let check = try await expectError(.checkViolation) { try await db.execute(insert, ["Sugar", -1, .null]) }
            #expect(check.constraint == "\(child)_price_positive")

            let syntax = try await expectError(.other) { try await db.query("SELEKT 1") }
            #expect(syntax.sql == "SELEKT 1")
            try await db.drop(child)
            try await db.drop(parent)
        }
    }

    // MARK: Query visibility

    @Test("the query log records statements, nested and per task", arguments: TestBackend.allCases)
    func queryLog(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let table = try await makeItems(db)
            let (inner, outer) = try await QueryLog.recording {
                try await db.execute(db.sql("INSERT INTO \(table) (name) VALUES (?)"), ["a"])
                let (_, inner) = try await QueryLog.recording {
                    try await db.transaction { tx in _ = try await tx.query("SELECT 1 AS one") }
                }
                _ = try? await db.query("SELECT * FROM missing_table_xyz")
                return inner
            }
            #expect(inner.map(\.sql) == [db.dialect.name == "sqlite" ? "BEGIN IMMEDIATE" : "BEGIN", "SELECT 1 AS one", "COMMIT"])
            #expect(inner.filter { !$0.isTransactionControl }.count == 1)
            #expect(outer.count == 5)
            #expect(outer[0].bindCount == 1)
            #expect(outer.last?.failed == true)
            #expect(outer.allSatisfy { $0.duration >= .zero })
        }
    }

    @Test("statements are logged at debug with SQL, binds count and duration", arguments: TestBackend.allCases)
    func debugLogging(_ backend: TestBackend) async throws {
        try await backend.withDatabase { db in
            let capture = LogCapture()
            let logged = Database(db.configuration, logger: capture.logger)
            _ = try await logged.query(logged.sql("SELECT ? AS x"), [.integer(1)])
            await logged.close()
            let entry = try #require(capture.entries.first { $0.message.contains("SELECT") })
            #expect(entry.level == .debug)
            #expect(entry.message.hasSuffix("SELECT \(logged.dialect.placeholder(1)) AS x; binds=1"))
            #expect(entry.metadata["db.duration"] != nil)
        }
    }

    // MARK: Helpers

    private func makeItems(_ db: Database) async throws -> String {
        let table = uniqueTable("items")
        try await db.execute("CREATE TABLE \(table) (id \(db.type("id")), name TEXT UNIQUE)")
        return table
    }

    private func count(_ db: Database, _ table: String) async throws -> Int64? {
        try await db.query("SELECT count(*) AS n FROM \(table)").first?["n"]?.int64Value
    }

    private func expectError(
        _ kind: DatabaseError.Kind, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
    ) async throws -> DatabaseError {
        let error = try #require(await #expect(throws: DatabaseError.self, sourceLocation: sourceLocation) { try await body() })
        #expect(error.kind == kind, "\(error)", sourceLocation: sourceLocation)
        return error
    }
}

struct Boom: Error {}
