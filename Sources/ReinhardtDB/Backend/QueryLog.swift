import Synchronization

/// Records the statements a task runs, for `assertNumQueries`-style tests and per-request reports.
///
/// The log is task-local: everything run inside ``recording(_:)`` — on any ``Database`` and in
/// child tasks — is recorded. Recordings nest; an inner one also feeds the outer ones.
///
/// ```swift
/// let (rows, queries) = try await QueryLog.recording { try await db.query("SELECT 1") }
/// #expect(queries.count == 1)
/// ```
public final class QueryLog: Sendable {
    /// The log statements are recorded into right now, if any.
    @TaskLocal public static var current: QueryLog?

    private let entries = Mutex<[RecordedQuery]>([])
    private let parent: QueryLog?

    /// An empty log that also forwards to `parent`.
    public init(parent: QueryLog? = nil) {
        self.parent = parent
    }

    /// The statements recorded so far, oldest first.
    public var queries: [RecordedQuery] {
        entries.withLock { $0 }
    }

    /// Adds a statement (and forwards it to the enclosing log).
    public func record(_ query: RecordedQuery) {
        entries.withLock { $0.append(query) }
        parent?.record(query)
    }

    /// Forgets the statements recorded so far.
    public func reset() {
        entries.withLock { $0.removeAll() }
    }

    /// Runs `body` with a fresh log bound to the task and returns its result with every statement
    /// it ran, transaction control (`BEGIN`, `SAVEPOINT` …) included.
    public nonisolated(nonsending) static func recording<T>(
        _ body: () async throws -> T
    ) async rethrows -> (T, [RecordedQuery]) {
        let log = QueryLog(parent: current)
        let result = try await $current.withValue(log) { try await body() }
        return (result, log.queries)
    }
}
