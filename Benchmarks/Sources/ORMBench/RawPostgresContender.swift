// The baseline on PostgreSQL: postgres-nio's PostgresClient used by hand, running the very statements Reinhardt
// sends and decoding each row with postgres-nio's typed tuple decoding into a plain struct.

import Foundation
import Logging
import PostgresNIO

/// postgres-nio's `PostgresClient` (its connection pool, as Reinhardt uses it), with Reinhardt's SQL.
struct RawPostgresContender: Contender {
    let client: PostgresClient
    let runTask: Task<Void, Never>
    let selectAll: String
    let selectOne: String
    /// `BEGIN`, the `UPDATE`, `COMMIT`.
    let requestStatements: [String]
    let logger = Logger(label: "bench.raw-postgres")
    var name: String { "raw" }

    /// A client for `postgres://user:password@host:port/database`; the statements are Reinhardt's.
    init(url: String, selectAll: String, selectOne: String, requestStatements: [String]) throws {
        guard let parts = URLComponents(string: url), let host = parts.host, let user = parts.user else {
            throw BenchError("cannot parse \(url)")
        }
        let configuration = PostgresClient.Configuration(
            host: host, port: parts.port ?? 5432, username: user, password: parts.password,
            database: String(parts.path.dropFirst()), tls: .disable)
        let client = PostgresClient(configuration: configuration, backgroundLogger: Logger(label: "bench.raw-postgres"))
        self.client = client
        runTask = Task { await client.run() }
        self.selectAll = selectAll
        self.selectOne = selectOne
        self.requestStatements = requestStatements
    }

    /// The 20 columns' types in select order.
    typealias Columns = (
        Int64, Int, Int, Int, Int, Int, String, String, String, String, String, String,
        Double, Double, Double, Bool, Bool, Bool, Date, Date
    )

    func fetchAll() async throws -> [PlainRow<Date>] {
        var rows: [PlainRow<Date>] = []
        for try await row in try await client.query(PostgresQuery(unsafeSQL: selectAll)) {
            rows.append(Self.plain(try row.decode(Columns.self)))
        }
        return rows
    }

    func fetch(key: Int64) async throws -> PlainRow<Date> {
        var binds = PostgresBindings(capacity: 1)
        binds.append(key)
        var found: PlainRow<Date>?
        for try await row in try await client.query(PostgresQuery(unsafeSQL: selectOne, binds: binds)) {
            found = Self.plain(try row.decode(Columns.self))
        }
        guard let found else { throw BenchError("raw postgres: no row \(key)") }
        return found
    }

    /// On one leased connection: `BEGIN`, 20 × `UPDATE … SET int1 = $1, text1 = $2 WHERE id = $3`, `COMMIT`.
    func updateRequest(round: Int) async throws {
        try await client.withConnection { connection in
            try await connection.query(PostgresQuery(unsafeSQL: requestStatements[0]), logger: logger)
            do {
                for index in 0..<Table.perRequest {
                    let (key, int1, text1) = Workload.change(round, index)
                    var binds = PostgresBindings(capacity: 3)
                    binds.append(Int64(int1))
                    binds.append(text1)
                    binds.append(key)
                    try await connection.query(PostgresQuery(unsafeSQL: requestStatements[1], binds: binds), logger: logger)
                }
                try await connection.query(PostgresQuery(unsafeSQL: requestStatements[2]), logger: logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// The decoded tuple as a struct.
    static func plain(_ c: Columns) -> PlainRow<Date> {
        PlainRow(
            id: c.0, int1: c.1, int2: c.2, int3: c.3, int4: c.4, int5: c.5,
            text1: c.6, text2: c.7, text3: c.8, text4: c.9, text5: c.10, text6: c.11,
            float1: c.12, float2: c.13, float3: c.14, flag1: c.15, flag2: c.16, flag3: c.17, at1: c.18, at2: c.19)
    }

    func values(_ row: PlainRow<Date>) -> RowValues {
        row.values { Workload.utcText(epochSeconds: Int($0.timeIntervalSince1970.rounded())) }
    }

    func close() async throws {
        runTask.cancel()
        await runTask.value
    }
}
