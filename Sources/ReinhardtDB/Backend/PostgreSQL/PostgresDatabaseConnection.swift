import Logging
import NIOCore
import PostgresNIO

/// A PostgreSQL connection leased from PostgresClient's pool.
struct PostgresDatabaseConnection: DatabaseConnection {
    let connection: PostgresConnection
    let instrumentation: QueryInstrumentation
    let driverLogger: Logger

    var dialect: SQLDialect { .postgresql }

    func query(_ sql: String, _ binds: [DatabaseValue]) async throws -> [Row] {
        Row.rows(fromPostgres: try await run(sql, binds).rows)
    }

    func execute(_ sql: String, _ binds: [DatabaseValue]) async throws -> ExecutionResult {
        ExecutionResult(rowsAffected: try await run(sql, binds).metadata.rows ?? 0)
    }

    /// Runs the statement and collects all rows with the command tag (for the affected-row count).
    private func run(_ sql: String, _ binds: [DatabaseValue]) async throws -> PostgresQueryResult {
        try await instrumentation.run(sql, bindCount: binds.count) {
            let query = PostgresQuery(unsafeSQL: sql, binds: PostgresBindings(binds))
            let result: EventLoopFuture<PostgresQueryResult> = connection.query(query, logger: driverLogger)
            return try await result.get()
        }
    }
}
