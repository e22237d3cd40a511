// The floor on SQLite: libsqlite3's C API called by hand on the calling thread, as Reinhardt now calls it,
// with none of an ORM's layers. Reinhardt / C API is what the ORM itself costs.

import ReinhardtUtils
import SQLiteNIO
import VaporCSQLite

/// One connection to the file, its three statements compiled once and kept, each row read by column index into
/// a plain struct (text through `String(decoding:)`, datetimes with `DateTimeValue(iso:)` as the raw driver).
final class SQLiteCAPIContender: Contender {
    private var connection: OpaquePointer?
    private let selectAll: OpaquePointer
    private let selectOne: OpaquePointer
    /// `BEGIN IMMEDIATE`, the `UPDATE`, `COMMIT`.
    private let request: [OpaquePointer]
    var name: String { "capi" }

    /// Opens the file at `path` with Reinhardt's busy timeout and compiles Reinhardt's statements.
    init(path: String, selectAll: String, selectOne: String, requestStatements: [String]) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        guard sqlite_nio_sqlite3_open_v2(path, &connection, flags, nil) == SQLITE_OK, let connection else {
            throw BenchError("capi: cannot open \(path)")
        }
        sqlite_nio_sqlite3_busy_timeout(connection, 5000)
        func compile(_ sql: String) throws -> OpaquePointer {
            var statement: OpaquePointer?
            guard sqlite_nio_sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK,
                  let statement
            else { throw BenchError("capi: cannot compile \(sql)") }
            return statement
        }
        self.selectAll = try compile(selectAll)
        self.selectOne = try compile(selectOne)
        request = try requestStatements.map(compile)
    }

    func fetchAll() async throws -> [PlainRow<DateTimeValue>] {
        defer { sqlite_nio_sqlite3_reset(selectAll) }
        var rows: [PlainRow<DateTimeValue>] = []
        while try step(selectAll) { rows.append(try Self.decode(selectAll)) }
        return rows
    }

    func fetch(key: Int64) async throws -> PlainRow<DateTimeValue> {
        defer { sqlite_nio_sqlite3_reset(selectOne) }
        sqlite_nio_sqlite3_bind_int64(selectOne, 1, key)
        guard try step(selectOne) else { throw BenchError("capi: no row \(key)") }
        return try Self.decode(selectOne)
    }

    func updateRequest(round: Int) async throws {
        try run(request[0])
        do {
            for index in 0..<Table.perRequest {
                let (key, int1, text1) = Workload.change(round, index)
                let update = request[1]
                sqlite_nio_sqlite3_bind_int64(update, 1, Int64(int1))
                var text = text1
                text.withUTF8 { bytes in
                    _ = sqlite_nio_sqlite3_bind_text64(
                        update, 2, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self), UInt64(bytes.count),
                        unsafeBitCast(-1, to: sqlite3_destructor_type.self), UInt8(SQLITE_UTF8))
                }
                sqlite_nio_sqlite3_bind_int64(update, 3, key)
                try run(update)
            }
            try run(request[2])
        } catch {
            sqlite_nio_sqlite3_exec(connection, "ROLLBACK", nil, nil, nil)
            throw error
        }
    }

    private func step(_ statement: OpaquePointer) throws -> Bool {
        switch sqlite_nio_sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw BenchError("capi: step failed with \(code)")
        }
    }

    private func run(_ statement: OpaquePointer) throws {
        defer { sqlite_nio_sqlite3_reset(statement) }
        while try step(statement) {}
    }

    /// The current row's 20 columns by index, in select order.
    private static func decode(_ statement: OpaquePointer) throws -> PlainRow<DateTimeValue> {
        func int(_ index: Int32) -> Int { Int(sqlite_nio_sqlite3_column_int64(statement, index)) }
        func text(_ index: Int32) -> String {
            let bytes = sqlite_nio_sqlite3_column_text(statement, index)
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, index))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count), as: UTF8.self)
        }
        func double(_ index: Int32) -> Double { sqlite_nio_sqlite3_column_double(statement, index) }
        func moment(_ index: Int32) throws -> DateTimeValue {
            guard let value = DateTimeValue(iso: text(index)) else { throw BenchError("capi: column \(index) not a datetime") }
            return value
        }
        return PlainRow(
            id: Int64(int(0)),
            int1: int(1), int2: int(2), int3: int(3), int4: int(4), int5: int(5),
            text1: text(6), text2: text(7), text3: text(8), text4: text(9), text5: text(10), text6: text(11),
            float1: double(12), float2: double(13), float3: double(14),
            flag1: int(15) != 0, flag2: int(16) != 0, flag3: int(17) != 0,
            at1: try moment(18), at2: try moment(19))
    }

    func values(_ row: PlainRow<DateTimeValue>) -> RowValues {
        row.values(utcText)
    }

    func close() async throws {
        for statement in [selectAll, selectOne] + request { sqlite_nio_sqlite3_finalize(statement) }
        sqlite_nio_sqlite3_close_v2(connection)
        connection = nil
    }
}
