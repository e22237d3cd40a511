import Synchronization

/// A fixed-size set of connections opened on demand and lent to one caller at a time; callers
/// beyond the size wait in order.
///
/// Leasing an idle connection and giving it back are a lock and an array operation on the
/// caller's own thread: no actor hop, so a query costs no thread wake-up besides the driver's own.
final class ConnectionLeaser<Connection: Sendable>: Sendable {
    private typealias Waiter = CheckedContinuation<Connection?, any Error>

    private struct State {
        var idle: [Connection] = []
        var all: [Connection] = []
        var opening = 0
        /// Waiters get a connection, or nil to try opening one after an open failed.
        var waiters: [Waiter] = []
        var isClosed = false
    }

    /// What a caller does next: use a connection, open one, or wait for one.
    private enum Step {
        case use(Connection)
        case open
        case wait
    }

    private let maximum: Int
    private let open: @Sendable () async throws -> Connection
    private let state = Mutex(State())

    /// A leaser of at most `maximum` connections made by `open`.
    init(maximum: Int, open: @escaping @Sendable () async throws -> Connection) {
        self.maximum = max(1, maximum)
        self.open = open
    }

    /// An idle connection, a newly opened one, or the next one released.
    func lease() async throws -> Connection {
        while true {
            switch try state.withLock({ try nextStep(&$0) }) {
            case .use(let connection):
                return connection
            case .open:
                return try await openConnection()
            case .wait:
                let handed: Connection? = try await withCheckedThrowingContinuation { (waiter: Waiter) in
                    // The state may have changed since the lock was let go: look again before queueing.
                    state.withLock { state in
                        do {
                            switch try nextStep(&state) {
                            case .use(let connection): waiter.resume(returning: connection)
                            case .open: state.opening -= 1; waiter.resume(returning: nil)
                            case .wait: state.waiters.append(waiter)
                            }
                        } catch {
                            waiter.resume(throwing: error)
                        }
                    }
                }
                if let handed { return handed }
            }
        }
    }

    /// Returns a connection for the next caller.
    func release(_ connection: Connection) {
        let waiter: Waiter? = state.withLock { state in
            if state.waiters.isEmpty {
                state.idle.append(connection)
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.resume(returning: connection)
    }

    /// Fails waiting callers and hands every connection to `close`.
    func close(_ close: @Sendable (Connection) async throws -> Void) async {
        let (waiters, connections) = state.withLock { state in
            state.isClosed = true
            defer {
                state.waiters = []
                state.all = []
                state.idle = []
            }
            return (state.waiters, state.all)
        }
        for waiter in waiters { waiter.resume(throwing: Self.closedError) }
        for connection in connections { try? await close(connection) }
    }

    /// Takes an idle connection, or reserves the opening of a new one, or says to wait.
    private func nextStep(_ state: inout State) throws -> Step {
        guard !state.isClosed else { throw Self.closedError }
        if let connection = state.idle.popLast() { return .use(connection) }
        if state.all.count + state.opening < maximum {
            state.opening += 1
            return .open
        }
        return .wait
    }

    /// Opens the connection `nextStep` reserved.
    private func openConnection() async throws -> Connection {
        do {
            let connection = try await open()
            state.withLock { state in
                state.opening -= 1
                state.all.append(connection)
            }
            return connection
        } catch {
            let waiter: Waiter? = state.withLock { state in
                state.opening -= 1
                return state.waiters.isEmpty ? nil : state.waiters.removeFirst()
            }
            waiter?.resume(returning: nil)
            throw error
        }
    }

    private static var closedError: DatabaseError {
        DatabaseError(kind: .connectionFailed, message: "The database was closed; create a new Database to run more queries")
    }
}
