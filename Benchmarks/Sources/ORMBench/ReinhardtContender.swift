// Reinhardt's ORM: the table declared once with @Model, read and written through query sets.
// (This file imports ReinhardtDB alone: its `Model`, `Database` and `Field` would clash with FluentKit's.)

import ReinhardtDB
import ReinhardtUtils

/// The benchmark table as a Reinhardt model: the implicit auto key and 19 typed columns.
@Model(app: "bench", table: "bench_orm_row")
struct BenchRow {
    var id: Int64?
    var int1: Int
    var int2: Int
    var int3: Int
    var int4: Int
    var int5: Int
    var text1: String
    var text2: String
    var text3: String
    var text4: String
    var text5: String
    var text6: String
    var float1: Double
    var float2: Double
    var float3: Double
    var flag1: Bool
    var flag2: Bool
    var flag3: Bool
    var at1: DateTimeValue
    var at2: DateTimeValue
}

/// `YYYY-MM-DD HH:MM:SS` in UTC of a datetime read back (naive UTC from SQLite, aware UTC from PostgreSQL).
func utcText(_ value: DateTimeValue) -> String {
    let utc = value.isAware ? value.converted(toUTCOffset: 0) : value
    return Workload.dateText(utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
}

/// Reinhardt on one database: `BenchRow.objects.using(db)` as an application would write it.
struct ReinhardtContender: Contender {
    let database: Database
    var name: String { "reinhardt" }

    /// Opens `url` (`sqlite:////abs/path` or `postgres://…`) with Reinhardt's default pool.
    init(url: String) throws {
        database = try Database(url: url)
    }

    func fetchAll() async throws -> [BenchRow] {
        try await BenchRow.objects.using(database).all()
    }

    func fetch(key: Int64) async throws -> BenchRow {
        try await BenchRow.objects.using(database).get("pk", key)
    }

    /// `transaction { 20 × filter(pk).update(int1, text1) }` — Django's `atomic` + `QuerySet.update`.
    func updateRequest(round: Int) async throws {
        let database = database
        try await database.transaction { _ in
            for index in 0..<Table.perRequest {
                let (key, int1, text1) = Workload.change(round, index)
                _ = try await BenchRow.objects.using(database).filter("pk", key)
                    .update(["int1": int1.databaseValue, "text1": text1.databaseValue])
            }
        }
    }

    func values(_ row: BenchRow) -> RowValues {
        RowValues(
            id: row.id ?? -1, ints: [row.int1, row.int2, row.int3, row.int4, row.int5],
            texts: [row.text1, row.text2, row.text3, row.text4, row.text5, row.text6],
            floats: [row.float1, row.float2, row.float3], flags: [row.flag1, row.flag2, row.flag3],
            moments: [utcText(row.at1), utcText(row.at2)])
    }

    func close() async throws {
        await database.close()
    }

    /// The SQL Reinhardt runs for each workload, recorded from one run of it (the raw drivers run these strings).
    func recordedStatements() async throws -> (selectAll: String, selectOne: String, requestStatements: [String]) {
        let (_, all) = try await QueryLog.recording { try await fetchAll() }
        let (_, one) = try await QueryLog.recording { try await fetch(key: 1) }
        // A request that writes the seeded values back: same statements, no change to the data.
        let seeded = Workload.seed(1)
        let (_, update) = try await QueryLog.recording {
            try await database.transaction { _ in
                _ = try await BenchRow.objects.using(database).filter("pk", Int64(1))
                    .update(["int1": seeded.ints[0].databaseValue, "text1": seeded.texts[0].databaseValue])
            }
        }
        guard all.count == 1, all[0].bindCount == 0, one.count == 1, one[0].bindCount == 1,
            update.count == 3, update[1].bindCount == 3
        else {
            throw BenchError("unexpected statements from Reinhardt: \((all + one + update).map(\.sql))")
        }
        return (all[0].sql, one[0].sql, update.map(\.sql))
    }
}

/// Creates the benchmark table from `BenchRow.schema` (Reinhardt's own DDL, as `migrate` would write it) and
/// fills it with `Workload.seed`; drops any previous table first.
func seedTable(url: String) async throws {
    let database = try Database(url: url)
    _ = try await database.execute("DROP TABLE IF EXISTS \(database.dialect.quote(Table.name))")
    try await SchemaEditor(database).createTable(BenchRow.schema)
    let columns = Table.columns.map { database.dialect.quote($0) }.joined(separator: ", ")
    let placeholders = (1...Table.columns.count).map { database.dialect.placeholder($0) }
    let sql = "INSERT INTO \(database.dialect.quote(Table.name)) (\(columns)) VALUES (\(placeholders.joined(separator: ", ")))"
    try await database.transaction { transaction in
        for id in 1...Table.rowCount {
            let row = Workload.seed(id)
            var binds: [DatabaseValue] = [.integer(row.id)]
            binds += row.ints.map { .integer(Int64($0)) }
            binds += row.texts.map { .text($0) }
            binds += row.floats.map { .real($0) }
            binds += row.flags.map { .boolean($0) }
            binds += row.moments.map { text in
                // Aware UTC: `timestamp with time zone` on PostgreSQL, naive UTC text on SQLite (as Django stores it).
                guard var moment = DateTimeValue(iso: text) else { return .null }
                moment.utcOffset = 0
                moment.timeZoneName = "UTC"
                return .dateTime(moment)
            }
            _ = try await transaction.execute(sql, binds)
        }
    }
    await database.close()
}

/// Runs `body` `count` times, each inside `QueryLog.recording`; returns the mean wall time per call and the mean
/// time of its statements as Reinhardt's instrumentation measured them, both in ns. The difference is the ORM's own
/// work around the statements (see `parts` in main.swift for what each backend's statement time includes).
func timedWithStatements(_ count: Int, _ body: (Int) async throws -> Void) async throws -> (total: Double, statements: Double) {
    let clock = ContinuousClock()
    var statements = Duration.zero
    let start = clock.now
    for index in 0..<count {
        let (_, queries) = try await QueryLog.recording { try await body(index) }
        for query in queries { statements += query.duration }
    }
    let total = start.duration(to: clock.now)
    func ns(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
    }
    return (ns(total) / Double(count), ns(statements) / Double(count))
}
