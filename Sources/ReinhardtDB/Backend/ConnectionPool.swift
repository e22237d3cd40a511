/// Where ``Database`` gets connections: SQLite's reader/writer pool or PostgresClient's pool.
protocol ConnectionPool: Sendable {
    /// Lends a connection suited to `access` for the duration of `body`.
    nonisolated(nonsending) func withConnection<T>(
        for access: SQLAccess, _ body: (any DatabaseConnection) async throws -> T
    ) async throws -> T

    /// Closes every connection; waits for in-flight work to finish on PostgreSQL.
    func close() async

    /// Starts closing without waiting (for `deinit` of a database nobody closed).
    func closeInBackground()
}
