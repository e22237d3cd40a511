public import ReinhardtHTTP

/// A signal: receivers connected at startup, called in order when it is sent (Django's `Signal`).
public struct Signal<Payload: Sendable>: Sendable {
    /// A function called with the payload.
    public typealias Receiver = @Sendable (Payload) -> Void
    private var receivers: [Receiver] = []

    /// A signal with no receivers.
    public init() {}

    /// Connects a receiver; receivers are fixed once the application is built.
    public mutating func connect(_ receiver: @escaping Receiver) { receivers.append(receiver) }

    /// Calls every receiver with `payload`.
    public func send(_ payload: Payload) {
        for receiver in receivers { receiver(payload) }
    }

    /// `true` when nobody listens (so senders can skip building the payload).
    public var isEmpty: Bool { receivers.isEmpty }
}

/// The request signals of Django's `django.core.signals`.
public struct Signals: Sendable {
    /// Sent when a request arrives, before any middleware (Django's `request_started`).
    public var requestStarted = Signal<Request>()
    /// Sent when the response is ready (Django's `request_finished`).
    public var requestFinished = Signal<(Request, Response)>()
    /// Sent when a view or middleware raises an error that becomes a 500 (Django's `got_request_exception`).
    public var gotRequestException = Signal<(Request, any Error)>()

    /// No receivers.
    public init() {}
}
