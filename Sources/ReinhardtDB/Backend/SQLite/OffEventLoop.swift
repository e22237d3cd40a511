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
        // The caller waits for the worker and touches neither value meanwhile.
        let job = UncheckedTransfer(value: escapable)
        let outcome: UncheckedTransfer<Result<T, any Error>> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: UncheckedTransfer(value: Result { try job.value() }))
            }
        }
        return try outcome.value.get()
    }
}

/// A value handed to one other thread while its owner waits for that thread to finish with it.
private struct UncheckedTransfer<Value>: @unchecked Sendable {
    let value: Value
}
