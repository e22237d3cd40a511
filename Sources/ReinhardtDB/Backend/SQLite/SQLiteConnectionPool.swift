import Logging
import NIOPosix

/// SQLite connections: one writer, through which every write and transaction is serialized, and a
/// few readers that WAL mode lets run alongside it. An in-memory database is one connection.
final class SQLiteConnectionPool: ConnectionPool {
    private let writer: ConnectionLeaser<SQLiteHandle>
    private let readers: ConnectionLeaser<SQLiteHandle>
    private let instrumentation: QueryInstrumentation

    /// A pool for the file at `path` (created on first use), or in memory when `path` is nil.
    init(path: String?, readerCount: Int, logger: Logger) {
        instrumentation = QueryInstrumentation(logger: logger)
        let open: @Sendable () async throws -> SQLiteHandle = { try Self.open(path: path) }
        writer = ConnectionLeaser(maximum: 1, open: open)
        readers = path == nil ? writer : ConnectionLeaser(maximum: readerCount, open: open)
    }

    nonisolated(nonsending) func withConnection<T>(
        for access: SQLAccess, _ body: (any DatabaseConnection) async throws -> T
    ) async throws -> T {
        await Self.leaveEventLoop()
        let leaser = access == .read ? readers : writer
        let handle = try await leaser.lease()
        do {
            let result = try await body(SQLiteDatabaseConnection(handle: handle, instrumentation: instrumentation))
            leaser.release(handle)
            return result
        } catch {
            leaser.release(handle)
            throw error
        }
    }

    /// Statements run on the calling thread, so a task running on a NIO event loop thread (the
    /// server starts each request's task there with `Task.immediate`, and a view that has not
    /// suspended yet is still there) first moves to Swift's task executor. One hop per request at
    /// most; usually the task stays off the event loop afterwards, and ``runningOffEventLoop(_:)``
    /// covers the statements of one that does not.
    private static func leaveEventLoop() async {
        guard MultiThreadedEventLoopGroup.currentEventLoop != nil else { return }
        await yieldToTaskExecutor()
    }

    /// Suspends and resumes on the global concurrent executor. (A `Task.yield()` in the caller's
    /// own `nonisolated(nonsending)` context resumes where it was, and a `@concurrent` call alone
    /// does not suspend when the task's executor is already the global one: it takes both.)
    @concurrent private static func yieldToTaskExecutor() async {
        await Task.yield()
    }

    func close() async {
        await writer.close { $0.close() }
        if readers !== writer { await readers.close { $0.close() } }
    }

    func closeInBackground() {
        Task { [writer, readers] in
            await writer.close { $0.close() }
            await readers.close { $0.close() }
        }
    }

    /// Opens a connection with Django's settings: foreign keys enforced, a 5 s busy timeout,
    /// WAL journaling for files, and the `REGEXP` function.
    private static func open(path: String?) throws -> SQLiteHandle {
        let handle: SQLiteHandle
        do {
            handle = try SQLiteHandle(path: path)
        } catch {
            throw DatabaseConfigurationError(
                kind: .unusableSQLitePath,
                message: "Cannot open the SQLite database at '\(path ?? ":memory:")' (\(error.message)). "
                    + "Create its directory and make it writable, or choose another path.")
        }
        do {
            try handle.setBusyTimeout(milliseconds: 5000)
            for pragma in ["PRAGMA foreign_keys = ON"] + (path == nil ? [] : ["PRAGMA journal_mode = WAL"]) {
                _ = try handle.query(pragma, [])
            }
            for function in SQLiteFunctions.all { try handle.install(function) }
        } catch {
            handle.close()
            throw QueryInstrumentation.databaseError(error, sql: "PRAGMA")
        }
        return handle
    }
}
