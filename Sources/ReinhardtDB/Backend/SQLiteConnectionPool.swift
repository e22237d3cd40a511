import Logging
import SQLiteNIO

/// SQLite connections: one writer, through which every write and transaction is serialized, and a
/// few readers that WAL mode lets run alongside it. An in-memory database is one connection.
final class SQLiteConnectionPool: ConnectionPool {
    private let writer: ConnectionLeaser<SQLiteConnection>
    private let readers: ConnectionLeaser<SQLiteConnection>
    private let instrumentation: QueryInstrumentation

    /// A pool for the file at `path` (created on first use), or in memory when `path` is nil.
    init(path: String?, readerCount: Int, logger: Logger) {
        instrumentation = QueryInstrumentation(logger: logger)
        let driverLogger = Self.quietened(logger)
        let open: @Sendable () async throws -> SQLiteConnection = {
            try await Self.open(path: path, logger: driverLogger)
        }
        writer = ConnectionLeaser(maximum: 1, open: open)
        readers = path == nil ? writer : ConnectionLeaser(maximum: readerCount, open: open)
    }

    nonisolated(nonsending) func withConnection<T>(
        for access: SQLAccess, _ body: (any DatabaseConnection) async throws -> T
    ) async throws -> T {
        let leaser = access == .read ? readers : writer
        let connection = try await leaser.lease()
        do {
            let result = try await body(SQLiteDatabaseConnection(connection: connection, instrumentation: instrumentation))
            leaser.release(connection)
            return result
        } catch {
            leaser.release(connection)
            throw error
        }
    }

    func close() async {
        await writer.close { try await $0.close() }
        if readers !== writer { await readers.close { try await $0.close() } }
    }

    func closeInBackground() {
        Task { [writer, readers] in
            await writer.close { try await $0.close() }
            await readers.close { try await $0.close() }
        }
    }

    /// Opens a connection with Django's settings: foreign keys enforced, a 5 s busy timeout
    /// instead of SQLiteNIO's spinning retry, WAL journaling for files, and the `REGEXP` function.
    private static func open(path: String?, logger: Logger) async throws -> SQLiteConnection {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: path.map { .file(path: $0) } ?? .memory, logger: logger)
        } catch let error as SQLiteError {
            throw DatabaseConfigurationError(
                kind: .unusableSQLitePath,
                message: "Cannot open the SQLite database at '\(path ?? ":memory:")' (\(error.message)). "
                    + "Create its directory and make it writable, or choose another path.")
        }
        do {
            for pragma in ["PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"] + (path == nil ? [] : ["PRAGMA journal_mode = WAL"]) {
                _ = try await connection.query(pragma, [])
            }
            for function in SQLiteFunctions.all { try await connection.install(customFunction: function) }
        } catch {
            try? await connection.close()
            throw QueryInstrumentation.databaseError(error, sql: "PRAGMA")
        }
        return connection
    }

    /// The driver's own logger, raised to `.info` so its per-statement debug lines don't double ours.
    static func quietened(_ logger: Logger) -> Logger {
        var logger = logger
        if logger.logLevel < .info { logger.logLevel = .info }
        return logger
    }
}
