// The baseline on SQLite: sqlite-nio used by hand, running the very statements Reinhardt sends and decoding
// each row by column index into a plain struct.

import ReinhardtUtils
import SQLiteNIO

/// sqlite-nio on one connection (sqlite-nio has no pool), with Reinhardt's SQL.
///
/// Datetimes are stored as Django's text (`2024-01-02 10:30:00`); they are parsed with the same ISO parser
/// Reinhardt uses (`DateTimeValue(iso:)`), so the ratio measures the ORM's layers rather than two date parsers.
/// (sqlite-nio's own `Date(sqliteData:)` tries up to three Foundation ISO 8601 parses per value.)
struct RawSQLiteContender: Contender {
    let connection: SQLiteConnection
    let selectAll: String
    let selectOne: String
    /// `BEGIN IMMEDIATE`, the `UPDATE`, `COMMIT`.
    let requestStatements: [String]
    var name: String { "raw" }

    /// Opens the file at `path` with the busy timeout Reinhardt sets; the statements are Reinhardt's.
    init(path: String, selectAll: String, selectOne: String, requestStatements: [String]) async throws {
        connection = try await SQLiteConnection.open(storage: .file(path: path))
        _ = try await connection.query("PRAGMA busy_timeout = 5000", [])
        self.selectAll = selectAll
        self.selectOne = selectOne
        self.requestStatements = requestStatements
    }

    func fetchAll() async throws -> [PlainRow<DateTimeValue>] {
        try await connection.query(selectAll, []).map(Self.decode)
    }

    func fetch(key: Int64) async throws -> PlainRow<DateTimeValue> {
        guard let row = try await connection.query(selectOne, [.integer(SQLiteInt64(key))]).first else {
            throw BenchError("raw sqlite: no row \(key)")
        }
        return try Self.decode(row)
    }

    /// `BEGIN IMMEDIATE`, 20 × `UPDATE … SET int1 = ?, text1 = ? WHERE id = ?`, `COMMIT` (ROLLBACK on error).
    func updateRequest(round: Int) async throws {
        _ = try await connection.query(requestStatements[0], [])
        do {
            for index in 0..<Table.perRequest {
                let (key, int1, text1) = Workload.change(round, index)
                _ = try await connection.query(
                    requestStatements[1], [.integer(SQLiteInt64(int1)), .text(text1), .integer(SQLiteInt64(key))])
            }
            _ = try await connection.query(requestStatements[2], [])
        } catch {
            _ = try? await connection.query("ROLLBACK", [])
            throw error
        }
    }

    /// The row's 20 columns by index, in select order.
    static func decode(_ row: SQLiteRow) throws -> PlainRow<DateTimeValue> {
        let columns = row.columns
        guard columns.count == 20 else { throw BenchError("raw sqlite: \(columns.count) columns") }
        func int(_ index: Int) throws -> Int {
            guard case .integer(let value) = columns[index].data else { throw BenchError("raw sqlite: column \(index) not an integer") }
            return Int(value)
        }
        func text(_ index: Int) throws -> String {
            guard case .text(let value) = columns[index].data else { throw BenchError("raw sqlite: column \(index) not text") }
            return value
        }
        func double(_ index: Int) throws -> Double {
            switch columns[index].data {
            case .float(let value): return value
            case .integer(let value): return Double(value)
            default: throw BenchError("raw sqlite: column \(index) not a number")
            }
        }
        func moment(_ index: Int) throws -> DateTimeValue {
            guard let value = DateTimeValue(iso: try text(index)) else { throw BenchError("raw sqlite: column \(index) not a datetime") }
            return value
        }
        return PlainRow(
            id: Int64(try int(0)),
            int1: try int(1), int2: try int(2), int3: try int(3), int4: try int(4), int5: try int(5),
            text1: try text(6), text2: try text(7), text3: try text(8), text4: try text(9), text5: try text(10), text6: try text(11),
            float1: try double(12), float2: try double(13), float3: try double(14),
            flag1: try int(15) != 0, flag2: try int(16) != 0, flag3: try int(17) != 0,
            at1: try moment(18), at2: try moment(19))
    }

    func values(_ row: PlainRow<DateTimeValue>) -> RowValues {
        row.values(utcText)
    }

    func close() async throws {
        try await connection.close()
    }
}
