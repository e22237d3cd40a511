// Fluent (fluent-kit with its SQLite and PostgreSQL drivers) on the same table, in its idiomatic async API.
// (This file imports FluentKit alone: its `Model`, `Database` and `Field` would clash with ReinhardtDB's.)

import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix

/// The benchmark table as a Fluent model.
final class FluentBenchRow: Model, @unchecked Sendable {
    static let schema = "bench_orm_row"

    @ID(custom: "id", generatedBy: .database) var id: Int64?
    @Field(key: "int1") var int1: Int
    @Field(key: "int2") var int2: Int
    @Field(key: "int3") var int3: Int
    @Field(key: "int4") var int4: Int
    @Field(key: "int5") var int5: Int
    @Field(key: "text1") var text1: String
    @Field(key: "text2") var text2: String
    @Field(key: "text3") var text3: String
    @Field(key: "text4") var text4: String
    @Field(key: "text5") var text5: String
    @Field(key: "text6") var text6: String
    @Field(key: "float1") var float1: Double
    @Field(key: "float2") var float2: Double
    @Field(key: "float3") var float3: Double
    @Field(key: "flag1") var flag1: Bool
    @Field(key: "flag2") var flag2: Bool
    @Field(key: "flag3") var flag3: Bool
    @Field(key: "at1") var at1: Date
    @Field(key: "at2") var at2: Date

    init() {}
}

/// Fluent as a Vapor application sets it up: `Databases` on NIO's event loops and thread pool, one database
/// handle on one event loop (as `req.db` is), the driver's default pool of one connection per event loop.
///
/// Reading SQLite's datetime text goes through sqlite-nio's `Date(sqliteData:)` (Foundation's ISO 8601 parser),
/// Fluent's own path.
struct FluentContender: Contender {
    let databases: Databases
    let database: any Database
    var name: String { "fluent" }

    /// Fluent on the SQLite file at `sqlitePath`, or on the PostgreSQL server at `postgresURL`.
    init(sqlitePath: String? = nil, postgresURL: String? = nil) throws {
        let group = MultiThreadedEventLoopGroup.singleton
        databases = Databases(threadPool: NIOThreadPool.singleton, on: group)
        if let sqlitePath {
            databases.use(.sqlite(.init(storage: .file(path: sqlitePath))), as: .sqlite)
        } else if let postgresURL {
            databases.use(try .postgres(url: postgresURL + "?sslmode=disable"), as: .psql)
        }
        guard let database = databases.database(logger: Logger(label: "bench.fluent"), on: group.any()) else {
            throw BenchError("fluent: no database")
        }
        self.database = database
    }

    func fetchAll() async throws -> [FluentBenchRow] {
        try await FluentBenchRow.query(on: database).all()
    }

    func fetch(key: Int64) async throws -> FluentBenchRow {
        guard let row = try await FluentBenchRow.find(key, on: database) else { throw BenchError("fluent: no row \(key)") }
        return row
    }

    /// `transaction { 20 × query.filter(id).set(int1).set(text1).update() }`.
    func updateRequest(round: Int) async throws {
        try await database.transaction { transaction in
            for index in 0..<Table.perRequest {
                let (key, int1, text1) = Workload.change(round, index)
                try await FluentBenchRow.query(on: transaction).filter(\.$id == key)
                    .set(\.$int1, to: int1).set(\.$text1, to: text1).update()
            }
        }
    }

    func values(_ row: FluentBenchRow) -> RowValues {
        func text(_ date: Date) -> String { Workload.utcText(epochSeconds: Int(date.timeIntervalSince1970.rounded())) }
        return RowValues(
            id: row.id ?? -1, ints: [row.int1, row.int2, row.int3, row.int4, row.int5],
            texts: [row.text1, row.text2, row.text3, row.text4, row.text5, row.text6],
            floats: [row.float1, row.float2, row.float3], flags: [row.flag1, row.flag2, row.flag3],
            moments: [text(row.at1), text(row.at2)])
    }

    func close() async throws {
        await databases.shutdownAsync()
    }
}
