/// A pooled SQLite connection: each statement runs through ``SQLiteHandle`` on the caller's thread,
/// never an event loop's (see ``runningOffEventLoop(_:)``).
struct SQLiteDatabaseConnection: DatabaseConnection {
    let handle: SQLiteHandle
    let instrumentation: QueryInstrumentation

    var dialect: SQLDialect { .sqlite }

    func query(_ sql: String, _ binds: [DatabaseValue]) async throws -> [Row] {
        try await run(sql, binds) { try handle.query(sql, binds) }
    }

    func query<Value>(
        _ sql: String, _ binds: [DatabaseValue], collecting collect: (inout RowCursor) throws -> [Value]
    ) async throws -> [Value] {
        try await run(sql, binds) { try handle.query(sql, binds, collecting: collect) }
    }

    func execute(_ sql: String, _ binds: [DatabaseValue]) async throws -> ExecutionResult {
        try await run(sql, binds) { try handle.execute(sql, binds, keyword: SQLAccess.firstKeyword(of: sql)) }
    }

    /// Runs `statement` (the handle's call for `sql`) instrumented, and off any event loop.
    private func run<T>(_ sql: String, _ binds: [DatabaseValue], _ statement: () throws -> T) async throws -> T {
        try await instrumentation.run(sql, bindCount: binds.count) { try await runningOffEventLoop(statement) }
    }
}
