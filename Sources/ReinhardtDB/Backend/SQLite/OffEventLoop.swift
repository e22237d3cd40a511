import Dispatch
import NIOPosix

/// Runs `work` on the calling thread, unless that thread is a NIO event loop's: then on a Dispatch
/// worker while the caller waits, so that no event loop ever runs an SQLite statement.
///
/// ``SQLiteConnectionPool`` moves a request's task off its event loop before the first statement,
/// and that usually holds for the rest of the request. But the live-server test saw about one
/// request in three resume on the loop after that hop, with no task executor preference set (most
/// likely a task the server started from inside one of the loop's own jobs, which then counts the
/// loop as its executor). Such a task's statements take the Dispatch path: two thread wake-ups each.
func runningOffEventLoop<T>(_ work: () throws -> T) async throws -> T {
    guard MultiThreadedEventLoopGroup.currentEventLoop != nil else { return try work() }
    return try await withoutActuallyEscaping(work) { escapable in
        let handoff = Handoff(escapable)
        let outcome = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: handoff.run()) }
        }
        return try outcome.value.get()
    }
}

/// Work handed to a Dispatch worker while its owner waits for the outcome.
///
/// The worker lets go of the work before it answers. `withoutActuallyEscaping` traps if the work
/// is still referenced when the owner resumes, and the worker's block (which holds this handoff)
/// may be released only after the owner has resumed.
private final class Handoff<T>: @unchecked Sendable {
    private var work: (() throws -> T)?

    init(_ work: @escaping () throws -> T) {
        self.work = work
    }

    /// Runs the work once and drops it; the outcome is handed back across threads.
    func run() -> Transfer<Result<T, any Error>> {
        guard let work else { preconditionFailure("A handoff runs once") }
        self.work = nil
        return Transfer(value: Result { try work() })
    }
}

/// A value handed back to the waiting owner, which touches it only after the worker is done with it.
private struct Transfer<Value>: @unchecked Sendable {
    let value: Value
}
