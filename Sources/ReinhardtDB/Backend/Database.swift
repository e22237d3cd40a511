public import Logging
import NIOSSL
import PostgresNIO

/// A database the ORM talks to: a pool of connections to SQLite or PostgreSQL.
///
/// ```swift
/// let db = try Database(url: "postgres://app:secret@127.0.0.1:5432/app")
/// try await db.transaction { tx in
///     try await tx.execute("INSERT INTO products (name) VALUES ($1)", ["Tea"])
///     tx.onCommit { await notifyWarehouse() }
/// }
/// try await db.close()
/// ```
///
/// `query` and `execute` borrow a pooled connection per statement — except inside
/// ``transaction(_:)``, where they run on the transaction's connection. Call ``close()`` when
/// done (at shutdown) so PostgreSQL connections end cleanly.
public final class Database: Sendable {
    /// How this database was configured.
    public let configuration: DatabaseConfiguration
    /// The SQL dialect its connections speak.
    public var dialect: SQLDialect { configuration.dialect }

    private let pool: any ConnectionPool
    private let logger: Logger

    /// A database for `configuration`. Nothing connects until the first statement.
    /// Statements are logged at `.debug` to `logger`.
    public init(_ configuration: DatabaseConfiguration, logger: Logger = Logger(label: "reinhardt.db")) {
        self.configuration = configuration
        self.logger = logger
        self.pool = Self.makePool(configuration, logger: logger)
    }

    /// A database for a `DATABASE_URL` such as `sqlite:////var/app/db.sqlite3` or
    /// `postgres://user:pass@host:5432/name`; throws ``DatabaseConfigurationError`` when it
    /// does not parse.
    public convenience init(url: String, logger: Logger = Logger(label: "reinhardt.db")) throws {
        self.init(try DatabaseConfiguration(url: url), logger: logger)
    }

    deinit {
        pool.closeInBackground()
    }

    /// The transaction the current task has open on this database, if any.
    public var currentTransaction: Transaction? {
        TransactionContext.active[ObjectIdentifier(self)]
    }

    /// Runs a statement and returns its rows.
    public func query(_ sql: String, _ binds: [DatabaseValue] = []) async throws -> [Row] {
        try await withConnection(for: SQLAccess(sql: sql)) { try await $0.query(sql, binds) }
    }

    /// Runs a statement and decodes each row with `decode` as it is read (on SQLite, in place,
    /// with no ``Row`` built).
    public func query<Value>(
        _ sql: String, _ binds: [DatabaseValue] = [], decoding decode: (RowReader) throws -> Value
    ) async throws -> [Value] {
        try await query(sql, binds) { try $0.collect { try decode($0) } }
    }

    /// Runs a statement and lends `collect` a cursor over its rows, which decodes them as they are
    /// read (on SQLite, in place, with no ``Row`` built).
    public func query<Value>(
        _ sql: String, _ binds: [DatabaseValue] = [], collecting collect: (inout RowCursor) throws -> [Value]
    ) async throws -> [Value] {
        try await withConnection(for: SQLAccess(sql: sql)) { try await $0.query(sql, binds, collecting: collect) }
    }

    /// Runs a statement for its effect and returns the rows it affected.
    @discardableResult
    public func execute(_ sql: String, _ binds: [DatabaseValue] = []) async throws -> ExecutionResult {
        try await withConnection(for: .write) { try await $0.execute(sql, binds) }
    }

    /// Lends one connection for several statements: the current transaction's inside one, else a
    /// pooled connection (on SQLite, the writer, so writes in `body` stay serialized).
    @discardableResult
    public nonisolated(nonsending) func withConnection<T>(
        _ body: (any DatabaseConnection) async throws -> T
    ) async throws -> T {
        try await withConnection(for: .write, body)
    }

    /// Django's `transaction.atomic`: runs `body` in a transaction committed when it returns and
    /// rolled back when it throws (the error is rethrown). Nested calls — here or through
    /// ``Transaction/transaction(_:)`` — become savepoints. ``Transaction/onCommit(_:)`` hooks
    /// run after the outermost commit, once, and never after a rollback.
    @discardableResult
    public nonisolated(nonsending) func transaction<T>(_ body: (Transaction) async throws -> T) async throws -> T {
        if let current = currentTransaction {
            return try await current.transaction(body)
        }
        let (result, hooks) = try await pool.withConnection(for: .write) { connection in
            try await runOutermost(on: connection, body)
        }
        await run(hooks)
        return result
    }

    /// Django's `transaction.on_commit`: inside a transaction, runs `hook` after the outermost
    /// commit; outside one, runs it now.
    public func onCommit(_ hook: @escaping @Sendable () async throws -> Void) async {
        if let current = currentTransaction {
            current.onCommit(hook)
        } else {
            await run([hook])
        }
    }

    /// Closes every connection. Statements started afterwards fail with ``DatabaseError``.
    public func close() async {
        await pool.close()
    }

    private nonisolated(nonsending) func withConnection<T>(
        for access: SQLAccess, _ body: (any DatabaseConnection) async throws -> T
    ) async throws -> T {
        if let current = currentTransaction {
            return try await body(current)
        }
        return try await pool.withConnection(for: access, body)
    }

    /// BEGIN, `body`, COMMIT — or ROLLBACK when anything throws. Returns the hooks to run.
    private nonisolated(nonsending) func runOutermost<T>(
        on connection: any DatabaseConnection, _ body: (Transaction) async throws -> T
    ) async throws -> (T, [TransactionLevel.Hook]) {
        let transaction = Transaction(
            connection: connection, level: TransactionLevel(parent: nil), databaseID: ObjectIdentifier(self),
            logger: logger)
        try await connection.execute(dialect.beginStatement)
        do {
            let result = try await transaction.bound { try await body(transaction) }
            try await connection.execute("COMMIT")
            return (result, transaction.level.takeHooks())
        } catch {
            await rollBack(connection)
            throw error
        }
    }

    private func rollBack(_ connection: any DatabaseConnection) async {
        do {
            try await connection.execute("ROLLBACK")
        } catch {
            logger.error("ROLLBACK failed: \(error)")
        }
    }

    /// Runs on-commit hooks in registration order; a failing hook is logged and the rest still run.
    private func run(_ hooks: [TransactionLevel.Hook]) async {
        for hook in hooks {
            do {
                try await hook()
            } catch {
                logger.error("An on-commit hook failed: \(error)")
            }
        }
    }

    private static func makePool(_ configuration: DatabaseConfiguration, logger: Logger) -> any ConnectionPool {
        switch configuration.backend {
        case .sqlite(let path):
            return SQLiteConnectionPool(path: path, readerCount: configuration.maximumConnections, logger: logger)
        case .postgres(let host, let port, let user, let password, let database, let tls):
            var options = PostgresClient.Configuration(
                host: host, port: port, username: user, password: password, database: database,
                tls: tls ? .require(.makeClientConfiguration()) : .disable)
            options.options.maximumConnections = configuration.maximumConnections
            return PostgresConnectionPool(configuration: options, logger: logger)
        }
    }
}
