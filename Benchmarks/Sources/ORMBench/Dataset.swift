// The benchmark's table, its data and the checks every implementation must pass before it is timed.
//
// Nothing here imports a database library: each contender converts its own hydrated rows into `RowValues`
// (outside the timing) so that all of them, and django_bench.py, are compared on the same canonical text.

/// The table every implementation reads and writes, and its columns in select order.
enum Table {
    /// The table name; distinct from the test suite's tables so that a shared PostgreSQL database is not disturbed.
    static let name = "bench_orm_row"
    /// How many rows the table holds.
    static let rowCount = 1_000
    /// How many queries (or updates) make one "request".
    static let perRequest = 20
    /// The 20 columns: the key, then 5 integers, 6 texts, 3 doubles, 3 booleans and 2 datetimes.
    static let columns = ["id"] + (1...5).map { "int\($0)" } + (1...6).map { "text\($0)" } + (1...3).map { "float\($0)" }
        + (1...3).map { "flag\($0)" } + (1...2).map { "at\($0)" }
}

/// One row's values in a form every implementation converts to: the reference for the equality checks.
struct RowValues: Equatable {
    var id: Int64
    var ints: [Int]
    var texts: [String]
    var floats: [Double]
    var flags: [Bool]
    /// The datetimes as `YYYY-MM-DD HH:MM:SS` in UTC.
    var moments: [String]

    /// `id|int1|…|at2`: doubles in their shortest round-trip form (Python's `repr` agrees for these values),
    /// booleans as 0/1. django_bench.py writes the same text.
    var canonical: String {
        var parts = [String(id)]
        parts += ints.map(String.init)
        parts += texts
        parts += floats.map { "\($0)" }
        parts += flags.map { $0 ? "1" : "0" }
        parts += moments
        return parts.joined(separator: "|")
    }
}

/// The deterministic data set and the deterministic work of each workload (django_bench.py repeats the formulas).
enum Workload {
    /// 2024-01-01 00:00:00 UTC in seconds since 1970.
    static let baseEpoch = 1_704_067_200

    /// The seeded values of row `id` (1...1000).
    static func seed(_ id: Int) -> RowValues {
        RowValues(
            id: Int64(id),
            ints: (1...5).map { (id * 37 + $0 * 1009) % 100_003 },
            texts: (1...6).map { text(id, $0) },
            floats: (1...3).map { Double(id) * 0.25 + Double($0) * 1000.5 },
            flags: (1...3).map { (id + $0) % 3 == 0 },
            moments: (1...2).map { utcText(epochSeconds: baseEpoch + id * 3607 + $0 * 86_400) })
    }

    /// Text of varying length (13 to ~60 characters), non-ASCII in the last column.
    static func text(_ id: Int, _ column: Int) -> String {
        if column == 6 { return "Café №\(id) – ünïcödé" }
        return "row \(id) column \(column) " + String(repeating: "abcdefghij", count: (id + column) % 5)
    }

    /// The primary key fetched by single-row fetch number `n` (0, 1, 2 …): a fixed walk over all 1,000 rows.
    static func key(_ n: Int) -> Int64 {
        Int64((n % Table.rowCount) * 7919 % Table.rowCount + 1)
    }

    /// The 20 keys of request `round` (workloads c and d): 20 consecutive steps of the same walk, all distinct.
    static func requestKeys(_ round: Int) -> [Int64] {
        (0..<Table.perRequest).map { key(round * Table.perRequest + $0) }
    }

    /// What update `index` of request `round` writes: `int1` and `text1` of key `requestKeys(round)[index]`.
    static func change(_ round: Int, _ index: Int) -> (key: Int64, int1: Int, text1: String) {
        (key(round * Table.perRequest + index), (round * 100 + index) % 2_000_000_000, "updated \(round)-\(index)")
    }

    /// The rows after the update request `round` is applied to `rows` (indexed by id - 1).
    static func applying(round: Int, to rows: [RowValues]) -> [RowValues] {
        var rows = rows
        for index in 0..<Table.perRequest {
            let (key, int1, text1) = change(round, index)
            rows[Int(key) - 1].ints[0] = int1
            rows[Int(key) - 1].texts[0] = text1
        }
        return rows
    }

    /// `YYYY-MM-DD HH:MM:SS` for a UTC instant (proleptic Gregorian, Howard Hinnant's civil-from-days).
    static func utcText(epochSeconds: Int) -> String {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let secondOfDay = epochSeconds - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return dateText(year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
    }

    /// `YYYY-MM-DD HH:MM:SS` from its parts.
    static func dateText(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day)) \(two(hour)):\(two(minute)):\(two(second))"
    }
}

/// FNV-1a (64 bit) over rows' canonical texts joined by newlines: the checksum compared across implementations.
func checksum(_ rows: [RowValues]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (index, row) in rows.enumerated() {
        if index > 0 { hash = (hash ^ 10) &* 0x0000_0100_0000_01b3 }
        for byte in row.canonical.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
}

/// A plain struct for the raw drivers: the 20 columns as typed stored properties, decoded by hand.
/// `Moment` is the datetime type the driver decodes to (`DateTimeValue` from SQLite's text, `Date` from PostgreSQL).
struct PlainRow<Moment> {
    var id: Int64
    var int1: Int, int2: Int, int3: Int, int4: Int, int5: Int
    var text1: String, text2: String, text3: String, text4: String, text5: String, text6: String
    var float1: Double, float2: Double, float3: Double
    var flag1: Bool, flag2: Bool, flag3: Bool
    var at1: Moment, at2: Moment

    /// The canonical values, with `moment` turning each datetime into UTC text.
    func values(_ moment: (Moment) -> String) -> RowValues {
        RowValues(
            id: id, ints: [int1, int2, int3, int4, int5], texts: [text1, text2, text3, text4, text5, text6],
            floats: [float1, float2, float3], flags: [flag1, flag2, flag3], moments: [moment(at1), moment(at2)])
    }
}

/// What the harness needs of one implementation: the four workloads, and its rows as canonical values.
protocol Contender {
    /// The hydrated model type.
    associatedtype Hydrated
    /// The name printed in the results (`reinhardt`, `raw`, `fluent`).
    var name: String { get }
    /// (a) every row as a model.
    func fetchAll() async throws -> [Hydrated]
    /// (b) one row by primary key.
    func fetch(key: Int64) async throws -> Hydrated
    /// (d) the 20 updates of request `round` (`Workload.change`), in one transaction.
    func updateRequest(round: Int) async throws
    /// A hydrated row's values, for the equality checks (not timed).
    func values(_ row: Hydrated) -> RowValues
    /// Closes connections.
    func close() async throws
}

/// A benchmark failure: printed, then the program exits with status 1.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
