// ORMBench: Reinhardt's ORM next to the raw driver running the same SQL and Fluent, on one table, in one process.
//
//     ORMBench seed sqlite <file path>        create bench_orm_row (Reinhardt's DDL) and fill it with 1,000 rows
//     ORMBench seed postgres <url>
//     ORMBench run sqlite <file path> <output dir> [N all] [N get] [N request]
//     ORMBench run postgres <url> <output dir> [N all] [N get] [N request]
//     ORMBench parts sqlite|postgres <path|url>   where Reinhardt's time goes: in its statements or around them
//
// Four workloads on the 20-column table (see Dataset.swift for the data and the keys each operation uses):
//   all       fetch every row (1,000) hydrated into model structs
//   get       fetch one row by primary key
//   get20     one "request": 20 single-row fetches by primary key
//   update20  one "request": 20 single-row updates by primary key (int1, text1) in one transaction
// Contenders: `reinhardt` (query sets on the @Model struct), `raw` (sqlite-nio / postgres-nio running the
// statements Reinhardt sends, recorded with QueryLog, decoded by hand into a plain struct), `fluent`, and on SQLite
// `capi` (libsqlite3's C API by hand on the calling thread, as Reinhardt calls it: the floor).
//
// Before timing, every contender's hydrated rows are checked against the seeded data (checksums of the canonical
// values in Dataset.swift), and every contender's update request against the rows it must leave behind. The
// expected checksums for django_bench.py go to <output dir>/expected-<backend>.json.
//
// Timing: a warm-up batch per case, then 5 batches per case taken round-robin across all (contender, workload)
// cases; the median batch's ns/operation is printed as `backend<TAB>contender<TAB>workload<TAB>ns_per_op` on
// stdout (details on stderr). N operations per batch: `all` N all (50), `get` N get (2,000), `get20` and
// `update20` N request (200). ORMBENCH_ONLY=reinhardt and ORMBENCH_WORKLOADS=all,get (comma-separated) restrict
// the timed cases, for profiling.

import Foundation

/// Prints to stderr.
func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Prints to stderr and exits with status 1.
func fail(_ message: String) -> Never {
    note("ORMBench: \(message)")
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, ["seed", "run", "parts"].contains(arguments[1]), ["sqlite", "postgres"].contains(arguments[2]) else {
    fail("usage: ORMBench seed|parts sqlite|postgres <path|url>  |  ORMBench run sqlite|postgres <path|url> <output dir> [N all] [N get] [N request]")
}
let backend = arguments[2]
let target = arguments[3]
/// Reinhardt's DATABASE_URL for the target: four slashes for an absolute SQLite path.
let reinhardtURL = backend == "sqlite" ? "sqlite:///" + (target.hasPrefix("/") ? target : FileManager.default.currentDirectoryPath + "/" + target) : target

if arguments[1] == "seed" {
    do {
        try await seedTable(url: reinhardtURL)
    } catch {
        fail("seeding \(backend) failed: \(error)")
    }
    note("seeded \(Table.name) on \(backend): \(Table.rowCount) rows × \(Table.columns.count) columns")
    exit(0)
}

/// Times raw and Reinhardt on `get` and `all` (reads only: the table stays as seeded) and splits Reinhardt's time
/// into its statements as QueryLog times them (the driver call; on SQLite also the conversion of the driver's rows
/// into `Row` values, which on PostgreSQL happens after the timed part) and the rest.
func parts<Raw: Contender>(raw: Raw, reinhardt: ReinhardtContender) async throws {
    for (workload, count) in [("get", 4_000), ("all", 100)] {
        func run<C: Contender>(_ contender: C, _ index: Int) async throws {
            if workload == "get" { _ = try await contender.fetch(key: Workload.key(index)) } else { _ = try await contender.fetchAll() }
        }
        for round in 0..<3 {  // the first round warms up; the next two are printed
            let rawTime = try await timedWithStatements(count) { try await run(raw, $0) }
            let reinhardtTime = try await timedWithStatements(count) { try await run(reinhardt, $0) }
            guard round > 0 else { continue }
            let us = { (ns: Double) in String(format: "%.1f µs", ns / 1000) }
            note("\(backend) \(workload): raw \(us(rawTime.total)); reinhardt \(us(reinhardtTime.total)) = "
                + "\(us(reinhardtTime.statements)) in its statement(s) as QueryLog times them + "
                + "\(us(reinhardtTime.total - reinhardtTime.statements)) around them")
        }
    }
}

if arguments[1] == "parts" {
    do {
        let reinhardt = try ReinhardtContender(url: reinhardtURL)
        let (selectAll, selectOne, requestStatements) = try await reinhardt.recordedStatements()
        if backend == "sqlite" {
            let raw = try await RawSQLiteContender(
                path: target, selectAll: selectAll, selectOne: selectOne, requestStatements: requestStatements)
            try await parts(raw: raw, reinhardt: reinhardt)
        } else {
            let raw = try RawPostgresContender(
                url: target, selectAll: selectAll, selectOne: selectOne, requestStatements: requestStatements)
            try await parts(raw: raw, reinhardt: reinhardt)
        }
    } catch {
        fail("parts on \(backend) failed: \(error)")
    }
    exit(0)
}

guard arguments.count >= 5 else { fail("run needs an output directory") }
let outputDirectory = URL(fileURLWithPath: arguments[4])
let allOperations = arguments.count > 5 ? Int(arguments[5])! : 50
let getOperations = arguments.count > 6 ? Int(arguments[6])! : 2_000
let requestOperations = arguments.count > 7 ? Int(arguments[7])! : 200
let batches = 5

// MARK: - Expected values

let seeded = (1...Table.rowCount).map(Workload.seed)
/// How many single fetches, and how many 20-fetch requests, the checks run.
let checkedGets = 50
let checkedRequests = 3
let expectedAll = checksum(seeded)
let expectedGets = checksum((0..<checkedGets).map { seeded[Int(Workload.key($0)) - 1] })
let expectedRequests = checksum((0..<checkedRequests).flatMap { Workload.requestKeys($0).map { seeded[Int($0) - 1] } })
/// The update round django_bench.py checks, on a freshly seeded table.
let djangoUpdateRound = 999_999
let expected: [String: Any] = [
    "all": expectedAll, "get": expectedGets, "get_checked": checkedGets, "get20": expectedRequests,
    "get20_checked": checkedRequests, "update_round": djangoUpdateRound,
    "update": checksum(Workload.applying(round: djangoUpdateRound, to: seeded)),
]
try? FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
try JSONSerialization.data(withJSONObject: expected, options: [.sortedKeys])
    .write(to: outputDirectory.appendingPathComponent("expected-\(backend).json"))

// MARK: - Checks

/// Fails unless `got` equals `want`.
func expectEqual(_ got: String, _ want: String, _ what: String) throws {
    guard got == want else { throw BenchError("\(what): checksum \(got), expected \(want)") }
}

/// Checks the three read workloads against the seeded rows.
func checkReads<C: Contender>(_ contender: C) async throws {
    let all = try await contender.fetchAll().map(contender.values).sorted { $0.id < $1.id }
    guard all.count == Table.rowCount else { throw BenchError("\(contender.name) all: \(all.count) rows") }
    if checksum(all) != expectedAll, let index = all.indices.first(where: { all[$0] != seeded[$0] }) {
        throw BenchError("\(contender.name) all: row \(index + 1) is\n  \(all[index].canonical)\nexpected\n  \(seeded[index].canonical)")
    }
    try expectEqual(checksum(all), expectedAll, "\(contender.name) all")
    var gets: [RowValues] = []
    for n in 0..<checkedGets { gets.append(contender.values(try await contender.fetch(key: Workload.key(n)))) }
    try expectEqual(checksum(gets), expectedGets, "\(contender.name) get")
    var requests: [RowValues] = []
    for round in 0..<checkedRequests {
        for key in Workload.requestKeys(round) { requests.append(contender.values(try await contender.fetch(key: key))) }
    }
    try expectEqual(checksum(requests), expectedRequests, "\(contender.name) get20")
}

/// Runs update request `round` and checks the whole table against `before` with that round applied; returns it.
func checkUpdate<C: Contender>(_ contender: C, round: Int, before: [RowValues]) async throws -> [RowValues] {
    try await contender.updateRequest(round: round)
    let after = Workload.applying(round: round, to: before)
    let all = try await contender.fetchAll().map(contender.values).sorted { $0.id < $1.id }
    try expectEqual(checksum(all), checksum(after), "\(contender.name) update20 (round \(round))")
    return after
}

// MARK: - Timing

/// A mutable counter shared with a timed closure (the next key, the next request round).
final class Counter {
    var value = 0
    /// The current value, then one more.
    func next() -> Int {
        defer { value += 1 }
        return value
    }
}

/// One (contender, workload) pair: its operation and the ns/operation of each batch.
struct Case {
    let contender: String
    let workload: String
    let operations: Int
    /// One operation; returns a count that is added to a sink so that nothing is optimized away.
    let body: () async throws -> Int
    var perOperation: [Double] = []
}

/// The four workloads of `contender`. Update rounds start at `roundBase`, so contenders never write the same values.
func cases<C: Contender>(_ contender: C, roundBase: Int) -> [Case] {
    let gets = Counter()
    let requests = Counter()
    let updates = Counter()
    return [
        Case(contender: contender.name, workload: "all", operations: allOperations) {
            try await contender.fetchAll().count
        },
        Case(contender: contender.name, workload: "get", operations: getOperations) {
            _ = try await contender.fetch(key: Workload.key(gets.next()))
            return 1
        },
        Case(contender: contender.name, workload: "get20", operations: requestOperations) {
            var count = 0
            for key in Workload.requestKeys(requests.next()) {
                _ = try await contender.fetch(key: key)
                count += 1
            }
            return count
        },
        Case(contender: contender.name, workload: "update20", operations: requestOperations) {
            try await contender.updateRequest(round: roundBase + updates.next())
            return Table.perRequest
        },
    ]
}

/// Times `cases`: a warm-up batch each, then `batches` batches round-robin; returns them with their timings.
func time(_ cases: [Case]) async throws -> [Case] {
    var cases = cases
    var sink = 0
    let clock = ContinuousClock()
    for index in cases.indices {
        for _ in 0..<cases[index].operations { sink &+= try await cases[index].body() }
    }
    for _ in 0..<batches {
        for index in cases.indices {
            let body = cases[index].body
            let operations = cases[index].operations
            let start = clock.now
            for _ in 0..<operations { sink &+= try await body() }
            let elapsed = start.duration(to: clock.now)
            let ns = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
            cases[index].perOperation.append(ns / Double(operations))
        }
    }
    note("(sink \(sink))")
    return cases
}

// MARK: - Run

let environment = ProcessInfo.processInfo.environment
let onlyContenders = environment["ORMBENCH_ONLY"].map { Set($0.split(separator: ",").map(String.init)) }
let onlyWorkloads = environment["ORMBENCH_WORKLOADS"].map { Set($0.split(separator: ",").map(String.init)) }

/// Checks, then times, the contenders on one backend (each update check starts from the state the previous left).
func checkAndTime(_ contenders: [any Contender]) async throws {
    for contender in contenders { try await checkReads(contender) }
    var state = seeded
    for (index, contender) in contenders.enumerated() {
        state = try await checkUpdate(contender, round: 1_000_000 + index, before: state)
    }
    note("checks passed: \(contenders.map(\.name).joined(separator: ", ")) hydrate the same values and leave the same rows after updates")
    let all = contenders.enumerated().flatMap { index, contender in cases(contender, roundBase: 10_000_000 * index) }
        .filter { (onlyContenders?.contains($0.contender) ?? true) && (onlyWorkloads?.contains($0.workload) ?? true) }
    report(try await time(all))
}

do {
    let reinhardt = try ReinhardtContender(url: reinhardtURL)
    let (selectAll, selectOne, requestStatements) = try await reinhardt.recordedStatements()
    note("Reinhardt's statements (the raw driver runs the same):\n  \(selectAll)\n  \(selectOne)\n  \(requestStatements.joined(separator: "\n  "))")
    let contenders: [any Contender]
    if backend == "sqlite" {
        let capi = try SQLiteCAPIContender(
            path: target, selectAll: selectAll, selectOne: selectOne, requestStatements: requestStatements)
        let raw = try await RawSQLiteContender(
            path: target, selectAll: selectAll, selectOne: selectOne, requestStatements: requestStatements)
        contenders = [capi, raw, reinhardt, try FluentContender(sqlitePath: target)]
    } else {
        let raw = try RawPostgresContender(
            url: target, selectAll: selectAll, selectOne: selectOne, requestStatements: requestStatements)
        contenders = [raw, reinhardt, try FluentContender(postgresURL: target)]
    }
    try await checkAndTime(contenders)
    for contender in contenders { try await contender.close() }
} catch {
    fail("\(backend): \(error)")
}

/// Prints each case's batches on stderr and its median on stdout.
func report(_ cases: [Case]) {
    for timed in cases {
        let median = timed.perOperation.sorted()[batches / 2]
        note("\(backend)\t\(timed.contender)\t\(timed.workload)\tbatches ns/op: \(timed.perOperation.map { String(format: "%.0f", $0) }.joined(separator: " "))")
        print("\(backend)\t\(timed.contender)\t\(timed.workload)\t\(String(format: "%.1f", median))")
    }
}
