import Synchronization

/// One level of an atomic block (the transaction or a savepoint) and the on-commit hooks
/// registered while it was innermost.
final class TransactionLevel: Sendable {
    /// A hook to run after the outermost commit.
    typealias Hook = @Sendable () async throws -> Void

    /// The enclosing level; nil for the outermost transaction.
    let parent: TransactionLevel?
    /// 0 for the transaction, 1 for its first savepoint, and so on.
    let depth: Int
    private let hooks = Mutex<[Hook]>([])

    init(parent: TransactionLevel?) {
        self.parent = parent
        self.depth = parent.map { $0.depth + 1 } ?? 0
    }

    func append(_ hook: @escaping Hook) {
        hooks.withLock { $0.append(hook) }
    }

    /// The hooks registered so far, leaving none behind.
    func takeHooks() -> [Hook] {
        hooks.withLock { hooks in
            defer { hooks = [] }
            return hooks
        }
    }

    /// A released savepoint hands its hooks to the enclosing level; a rolled-back one drops them.
    func release() {
        let released = takeHooks()
        parent?.hooks.withLock { $0.append(contentsOf: released) }
    }
}
