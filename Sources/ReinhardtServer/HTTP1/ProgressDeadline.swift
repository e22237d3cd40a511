import NIOCore

/// The time by which a client must make progress on a connection, kept with one scheduled task.
///
/// When the task fires before a later deadline it re-schedules itself, so keep-alive traffic costs
/// a clock read per request instead of a schedule and a cancel; only a deadline earlier than the
/// scheduled task replaces it. Used only on the connection's event loop.
final class ProgressDeadline {
    private let eventLoop: any EventLoop
    private var onExpiry: (() -> Void)?
    private var deadline: NIODeadline?
    private var scheduled: (task: Scheduled<Void>, at: NIODeadline)?

    /// A deadline that calls `onExpiry` on `eventLoop` when the client missed it.
    init(eventLoop: any EventLoop, onExpiry: @escaping () -> Void) {
        self.eventLoop = eventLoop
        self.onExpiry = onExpiry
    }

    /// The client must make progress within `timeout` from now.
    func arm(after timeout: TimeAmount) {
        let newDeadline = NIODeadline.now() + timeout
        deadline = newDeadline
        if let scheduled, scheduled.at <= newDeadline { return }
        scheduled?.task.cancel()
        schedule(at: newDeadline)
    }

    /// No deadline while the application works on a request (the scheduled task, if any, stays
    /// and finds nothing to do).
    func suspend() {
        deadline = nil
    }

    /// Stops for good (the connection is going away); also releases the expiry action.
    func stop() {
        deadline = nil
        scheduled?.task.cancel()
        scheduled = nil
        onExpiry = nil
    }

    private func schedule(at when: NIODeadline) {
        let bound = NIOLoopBound(self, eventLoop: eventLoop)
        scheduled = (eventLoop.scheduleTask(deadline: when) { bound.value.fired() }, when)
    }

    private func fired() {
        scheduled = nil
        guard let deadline else { return }
        if deadline > .now() { return schedule(at: deadline) }
        self.deadline = nil
        onExpiry?()
    }
}
