import Logging

/// An open transaction (or savepoint) on one connection: Django's `atomic` block.
///
/// Statements run on the transaction's connection. ``transaction(_:)`` opens a savepoint whose
/// failure rolls back only that level; ``onCommit(_:)`` defers work until the outermost commit.
/// Inside the block, ``Database/query(_:_:)`` and friends use this transaction too.
public struct Transaction: DatabaseConnection {
    let connection: any DatabaseConnection
    let level: TransactionLevel
    let databaseID: ObjectIdentifier
    let logger: Logger

    /// The transaction's SQL dialect.
    public var dialect: SQLDialect { connection.dialect }

    /// 0 for the outermost transaction, 1 inside its first savepoint, and so on.
    public var depth: Int { level.depth }

    /// Runs a statement on the transaction's connection and returns its rows.
    public func query(_ sql: String, _ binds: [DatabaseValue]) async throws -> [Row] {
        try await connection.query(sql, binds)
    }

    /// Runs a statement on the transaction's connection and lends `collect` a cursor over its rows.
    public func query<Value>(
        _ sql: String, _ binds: [DatabaseValue], collecting collect: (inout RowCursor) throws -> [Value]
    ) async throws -> [Value] {
        try await connection.query(sql, binds, collecting: collect)
    }

    /// Runs a statement on the transaction's connection for its effect.
    @discardableResult
    public func execute(_ sql: String, _ binds: [DatabaseValue]) async throws -> ExecutionResult {
        try await connection.execute(sql, binds)
    }

    /// Registers `hook` to run once after the outermost transaction commits; it is dropped if this
    /// level (or any enclosing one) rolls back. Errors thrown by hooks are logged, not rethrown.
    public func onCommit(_ hook: @escaping @Sendable () async throws -> Void) {
        level.append(hook)
    }

    /// Runs `body` inside a savepoint: released when `body` returns, rolled back (this level
    /// only) when it throws, after which the error is rethrown and the outer work stays.
    @discardableResult
    public nonisolated(nonsending) func transaction<T>(_ body: (Transaction) async throws -> T) async throws -> T {
        let inner = Transaction(
            connection: connection, level: TransactionLevel(parent: level), databaseID: databaseID, logger: logger)
        let savepoint = dialect.quote("reinhardt_sp_\(inner.depth)")
        try await connection.execute("SAVEPOINT \(savepoint)")
        let result: T
        do {
            result = try await inner.bound { try await body(inner) }
        } catch {
            await rollBack(to: savepoint)
            throw error
        }
        try await connection.execute("RELEASE SAVEPOINT \(savepoint)")
        inner.level.release()
        return result
    }

    /// Runs `body` with this transaction as its database's current one.
    nonisolated(nonsending) func bound<T>(_ body: () async throws -> T) async throws -> T {
        var active = TransactionContext.active
        active[databaseID] = self
        return try await TransactionContext.$active.withValue(active) { try await body() }
    }

    /// Undoes the savepoint's work; a failure here is logged so the original error surfaces.
    private func rollBack(to savepoint: String) async {
        do {
            try await connection.execute("ROLLBACK TO SAVEPOINT \(savepoint)")
            try await connection.execute("RELEASE SAVEPOINT \(savepoint)")
        } catch {
            logger.error("Rolling back to savepoint \(savepoint) failed: \(error)")
        }
    }
}
