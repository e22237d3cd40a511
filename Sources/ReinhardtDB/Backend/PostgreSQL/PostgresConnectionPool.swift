import Logging
import PostgresNIO

/// PostgresClient's own pool, run in a background task from creation until ``close()``.
final class PostgresConnectionPool: ConnectionPool {
    private let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let instrumentation: QueryInstrumentation
    private let driverLogger: Logger

    init(configuration: PostgresClient.Configuration, logger: Logger) {
        instrumentation = QueryInstrumentation(logger: logger)
        driverLogger = Self.quietened(logger)
        let client = PostgresClient(configuration: configuration, backgroundLogger: driverLogger)
        self.client = client
        // Start run() before the first lease (Task.immediate runs it up to its first suspension
        // right here), so the pool never sees a lease before it runs.
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            runTask = Task.immediate { await client.run() }
        } else {
            runTask = Task { await client.run() }
        }
    }

    nonisolated(nonsending) func withConnection<T>(
        for access: SQLAccess, _ body: (any DatabaseConnection) async throws -> T
    ) async throws -> T {
        var result: T?
        do {
            try await client.withConnection { connection in
                result = try await body(
                    PostgresDatabaseConnection(
                        connection: connection, instrumentation: instrumentation, driverLogger: driverLogger))
            }
        } catch let error as PSQLError {
            throw DatabaseError(postgres: error, sql: nil)
        }
        return result!
    }

    func close() async {
        runTask.cancel()
        await runTask.value
    }

    func closeInBackground() {
        runTask.cancel()
    }

    /// The driver's own logger, raised to `.info` so its per-statement debug lines don't double ours.
    private static func quietened(_ logger: Logger) -> Logger {
        var logger = logger
        if logger.logLevel < .info { logger.logLevel = .info }
        return logger
    }
}
