public import HTTPTypes

/// An error that knows which HTTP response it becomes.
///
/// Reinhardt's error boundary (Django's `convert_exception_to_response`) turns any thrown error that
/// conforms to this protocol into a response with its ``status``; every other error becomes a 500.
/// ``HTTPError`` is the ready-made conformance; library errors (too many form fields, a disallowed
/// host, bad JSON) conform too, so a view can simply let them propagate.
public protocol HTTPResponseError: Error {
    /// The status of the response this error becomes.
    var status: HTTPResponse.Status { get }
    /// Extra headers for that response (for example `Allow` on a 405).
    var headers: HTTPFields { get }
    /// A short explanation shown to the client; it must never contain secrets.
    var reason: String { get }
}

extension HTTPResponseError {
    /// No extra headers by default.
    public var headers: HTTPFields { [:] }
    /// The status's reason phrase by default.
    public var reason: String { status.reasonPhrase }
}
