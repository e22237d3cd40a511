/// A fixed-size set of connections opened on demand and lent to one caller at a time; callers
/// beyond the size wait in order.
actor ConnectionLeaser<Connection: Sendable> {
    private let maximum: Int
    private let open: @Sendable () async throws -> Connection
    private var idle: [Connection] = []
    private var all: [Connection] = []
    private var opening = 0
    /// Waiters get a connection, or nil to try opening one after an open failed.
    private var waiters: [CheckedContinuation<Connection?, any Error>] = []
    private var isClosed = false

    /// A leaser of at most `maximum` connections made by `open`.
    init(maximum: Int, open: @escaping @Sendable () async throws -> Connection) {
        self.maximum = max(1, maximum)
        self.open = open
    }

    /// An idle connection, a newly opened one, or the next one released.
    func lease() async throws -> Connection {
        while true {
            guard !isClosed else { throw Self.closedError }
            if let connection = idle.popLast() { return connection }
            if all.count + opening < maximum { return try await openConnection() }
            if let connection = try await withCheckedThrowingContinuation({ waiters.append($0) }) {
                return connection
            }
        }
    }

    /// Returns a connection for the next caller.
    func release(_ connection: Connection) {
        if waiters.isEmpty {
            idle.append(connection)
        } else {
            waiters.removeFirst().resume(returning: connection)
        }
    }

    /// Fails waiting callers and hands every connection to `close`.
    func close(_ close: @Sendable (Connection) async throws -> Void) async {
        isClosed = true
        for waiter in waiters { waiter.resume(throwing: Self.closedError) }
        waiters = []
        let connections = all
        all = []
        idle = []
        for connection in connections { try? await close(connection) }
    }

    private func openConnection() async throws -> Connection {
        opening += 1
        defer { opening -= 1 }
        do {
            let connection = try await open()
            all.append(connection)
            return connection
        } catch {
            if !waiters.isEmpty { waiters.removeFirst().resume(returning: nil) }
            throw error
        }
    }

    private static var closedError: DatabaseError {
        DatabaseError(kind: .connectionFailed, message: "The database was closed; create a new Database to run more queries")
    }
}
