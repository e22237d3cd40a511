import Foundation
import ReinhardtDB
import ReinhardtUtils
import Testing

/// A model with a field of every type that reads its column in place on SQLite, nullable and not.
@Model(app: "reading", table: "reading_sample")
struct ReadingSample: Equatable {
    var id: Int64?
    var count: Int
    var big: Int64
    var ratio: Double
    var label: String
    var flag: Bool
    var at: DateTimeValue
    @Field(.date) var day: DateTimeValue
    var maybeCount: Int?
    var maybeLabel: String?
    var maybeAt: DateTimeValue?
    @Field(.decimal(maxDigits: 6, decimalPlaces: 2)) var price: PythonDecimal
}

/// Models decode the same whether a query set reads each row in place (SQLite) or from a ``Row``,
/// and a column that does not fit its field is refused with the column's name.
@Suite(.serialized) struct RowReadingTests {
    static let samples = [
        ReadingSample(
            count: -3, big: Int64.max, ratio: 0.1, label: "Café №1 – ünïcödé and long enough for the heap", flag: true,
            at: DateTimeValue(iso: "2024-02-29T23:59:58.000123")!, day: DateTimeValue(iso: "2024-01-02")!,
            maybeCount: nil, maybeLabel: nil, maybeAt: nil, price: PythonDecimal("12.5")!),
        ReadingSample(
            count: 0, big: Int64.min, ratio: -1e300, label: "", flag: false,
            at: DateTimeValue(iso: "0001-01-01T00:00:00")!, day: DateTimeValue(iso: "9999-12-31")!,
            maybeCount: 7, maybeLabel: "x", maybeAt: DateTimeValue(iso: "2030-06-01T12:00:00")!, price: PythonDecimal("0")!),
    ]

    /// Runs `body` on a database holding ``samples``, saved with their generated keys.
    private func withSamples(
        _ backend: TestBackend, _ body: (Database, [ReadingSample]) async throws -> Void
    ) async throws {
        try await backend.withDatabase { db in
            _ = try await db.execute("DROP TABLE IF EXISTS \(db.dialect.quote("reading_sample"))")
            try await SchemaEditor(db).createTable(ReadingSample.schema)
            var saved: [ReadingSample] = []
            for var sample in Self.samples {
                try await sample.save(in: db)
                saved.append(sample)
            }
            try await body(db, saved)
            _ = try await db.execute("DROP TABLE \(db.dialect.quote("reading_sample"))")
        }
    }

    @Test(arguments: TestBackend.allCases)
    func queriesAndRowsDecodeTheSameModels(_ backend: TestBackend) async throws {
        try await withSamples(backend) { db, saved in
            var expected = saved
            // Decimals come back at their field's places; datetimes as the backend keeps them.
            for index in expected.indices { expected[index].price = expected[index].price.quantized(exponent: -2, rounding: .halfEven)! }
            let fetched = try await ReadingSample.objects.using(db).orderBy("id").all()
            #expect(fetched.map(\.price.description) == ["12.50", "0.00"])
            #expect(fetched.map(\.label) == expected.map(\.label))
            #expect(fetched.map(\.big) == [Int64.max, Int64.min])
            #expect(fetched.map(\.maybeCount) == [nil, 7])
            #expect(fetched.map(\.maybeLabel) == [nil, "x"])
            #expect(fetched.map { utcWallClock($0.at) } == expected.map { utcWallClock($0.at) })
            #expect(fetched.map { $0.day.isoFormat } == ["2024-01-02", "9999-12-31"])
            #expect(fetched.map { $0.maybeAt.map(utcWallClock) } == expected.map { $0.maybeAt.map(utcWallClock) })
            // The same statement's rows as `Row`s decode to equal models.
            let rows = try await db.query("SELECT * FROM \(db.dialect.quote("reading_sample")) ORDER BY id")
            let fromRows = try rows.map { row in
                var model = try ReadingSample(row: row)
                model.price = model.price.quantized(exponent: -2, rounding: .halfEven)!
                return model
            }
            #expect(fromRows == fetched)
            // A raw query's rows decode column by column too.
            let totals = try await db.query("SELECT COUNT(*) AS total, MAX(label) AS last FROM \(db.dialect.quote("reading_sample"))")
            #expect(try totals[0].decode("total", as: Int.self) == 2)
            #expect(try totals[0].decode("last", as: String?.self) == expected[0].label)
            #expect(throws: ModelError.self) { try totals[0].decode("total", as: DateTimeValue.self) }
        }
    }

    @Test(arguments: TestBackend.allCases)
    func rawSQLIsReadByColumnNameInAnyOrder(_ backend: TestBackend) async throws {
        try await withSamples(backend) { db, saved in
            let table = db.dialect.quote("reading_sample")
            let columns = ReadingSample.schema.fields.map { db.dialect.quote($0.column) }.reversed().joined(separator: ", ")
            let reordered = try await ReadingSample.objects.using(db).raw(
                "SELECT 1 AS extra, \(columns) FROM \(table) ORDER BY id")
            #expect(reordered == (try await ReadingSample.objects.using(db).orderBy("id").all()))
            #expect(reordered.map(\.id) == saved.map(\.id))
            let missing = try #require(await #expect(throws: ModelError.self) {
                try await ReadingSample.objects.using(db).raw("SELECT id, count FROM \(table)")
            })
            #expect(missing.kind == .decoding && missing.message.contains("'big'"))
        }
    }

    @Test(arguments: TestBackend.allCases)
    func aQueryLendsACursorOverItsRows(_ backend: TestBackend) async throws {
        try await withSamples(backend) { db, saved in
            let sql = "SELECT * FROM \(db.dialect.quote("reading_sample")) ORDER BY id"
            let labels = try await db.query(sql, [], collecting: { cursor in
                try cursor.collect { try $0.decode("label", as: String.self) }
            })
            #expect(labels == saved.map(\.label))
            // A row that fails to decode ends the walk with its error; the statement then runs
            // again from its first row.
            await #expect(throws: ModelError.self) {
                try await db.query(sql, [], collecting: { cursor in try cursor.collect { try $0.decode("label", as: Int.self) } })
            }
            let models = try await db.query(sql, [], collecting: ReadingSample.decodeRows)
            #expect(models.map(\.id) == saved.map(\.id))
            #expect(models.map(\.label) == saved.map(\.label))
        }
    }

    @Test("a column whose storage does not fit its field is converted when it can and refused by name when not")
    func storageThatDiffersFromTheField() async throws {
        try await withSamples(.sqlite) { db, saved in
            let key = DatabaseValue.integer(saved[0].id!)
            // SQLite keeps what it is given: integer text, a whole real and 1 still read as their fields.
            _ = try await db.execute("UPDATE reading_sample SET count = '42', ratio = 3, flag = 1 WHERE id = ?", [key])
            let converted = try await ReadingSample.objects.using(db).get("pk", saved[0].id!)
            #expect(converted.count == 42 && converted.ratio == 3.0 && converted.flag)

            let refusals: [(assignment: String, column: String)] = [
                ("flag = 2", "flag"), ("count = 'many'", "count"), ("at = 'yesterday'", "at"),
                ("maybeCount = 'many'", "maybeCount"), ("big = 1.5", "big"), ("maybeAt = 'soon'", "maybeAt"),
            ]
            for (assignment, column) in refusals {
                do {
                    try await db.transaction { tx in
                        _ = try await tx.execute("UPDATE reading_sample SET \(assignment) WHERE id = ?", [key])
                        let error = try #require(await #expect(throws: ModelError.self) {
                            try await ReadingSample.objects.using(db).get("pk", saved[0].id!)
                        })
                        #expect(error.kind == .decoding && error.message.contains("Column '\(column)'"), "\(assignment): \(error)")
                        throw Rollback()
                    }
                } catch is Rollback {}
            }
            #expect(try await ReadingSample.objects.using(db).get("pk", saved[0].id!) == converted)
        }
    }
}

/// `value` in UTC without its offset: how SQLite (naive UTC) and PostgreSQL (aware) datetimes compare.
private func utcWallClock(_ value: DateTimeValue) -> String {
    var naive = value.isAware ? value.converted(toUTCOffset: 0) : value
    naive.utcOffset = nil
    naive.timeZoneName = nil
    return naive.isoFormat
}

/// Thrown to roll a test's transaction back.
private struct Rollback: Error {}
