public import HTTPTypes
public import Logging
public import NIOCore

/// An HTTP request as a view sees it: Django's `HttpRequest`, as a Swift value.
///
/// ```swift
/// func search(_ request: Request) async throws -> Response {
///     let term = request.query["q"] ?? ""
///     let form = try await request.form()      // POST body, parsed once, limits enforced
///     …
/// }
/// ```
///
/// A request is a value: a middleware that wants to hand the view something (the user, the
/// session) sets it on its copy and passes that copy to `next`.
public struct Request: Sendable {
    /// What the request arrived with, in one copy-on-write box: each middleware and the URL
    /// dispatcher copy the request, and a copy is then a reference instead of some 250 bytes (which
    /// also keeps the async frames of the handler chain small).
    private var arrival: RequestArrival
    /// The body, streamed; read it through ``form()``, ``files()``, ``decodeJSON(_:decoder:)`` or ``RequestBody``.
    public var body: RequestBody
    /// Which URL pattern matched, once the URL dispatcher has resolved the request.
    public var route: RouteMatch?
    /// Per-request values that later layers attach (session, user, …), keyed by type.
    public var extensions: RequestExtensions

    /// The method, scheme, authority, path and headers, as they came from the client.
    public var head: HTTPRequest {
        get { arrival.head }
        set { uniqueArrival().head = newValue }
    }
    /// The connection the request arrived on.
    public var connection: ConnectionInfo {
        get { arrival.connection }
        set { uniqueArrival().connection = newValue }
    }
    /// Allowed hosts, trusted proxy headers and size limits, from the settings.
    public var policy: RequestPolicy {
        get { arrival.policy }
        set { uniqueArrival().policy = newValue }
    }
    /// The percent-decoded path, Django's `request.path` (`/café/` for `/caf%C3%A9/`).
    public var path: String {
        get { arrival.path }
        set { uniqueArrival().path = newValue }
    }
    /// The path exactly as sent, without the query string.
    public var rawPath: Substring {
        get { arrival.rawPath }
        set { uniqueArrival().rawPath = newValue }
    }
    /// The raw query string, without the `?` (empty when there is none).
    public var queryString: Substring {
        get { arrival.queryString }
        set { uniqueArrival().queryString = newValue }
    }
    /// The query string parsed as a ``QueryDict``: Django's `request.GET`.
    public var query: QueryDict {
        get { arrival.query }
        set { uniqueArrival().query = newValue }
    }
    /// The cookies the client sent: Django's `request.COOKIES`.
    public var cookies: Cookies {
        get { arrival.cookies }
        set { uniqueArrival().cookies = newValue }
    }
    /// A logger carrying this request's metadata.
    public var logger: Logger {
        get { arrival.logger }
        set { uniqueArrival().logger = newValue }
    }

    /// Creates a request from its head and body, parsing the path and the query string with
    /// Django's rules. A query string over the field limit leaves ``query`` empty and makes
    /// ``checkLimits()`` throw.
    public init(
        head: HTTPRequest,
        body: RequestBody = .empty,
        connection: ConnectionInfo = ConnectionInfo(),
        policy: RequestPolicy = .permissive,
        logger: Logger = Request.defaultLogger
    ) {
        self.arrival = RequestArrival(head: head, connection: connection, policy: policy, logger: logger)
        self.body = body
        route = nil
        extensions = RequestExtensions()
    }

    /// The box, copied first if another request shares it.
    private mutating func uniqueArrival() -> RequestArrival {
        if !isKnownUniquelyReferenced(&arrival) { arrival = arrival.copy() }
        return arrival
    }

    /// Throws what Django raises lazily when a view first touches `request.GET`: a 400
    /// (`TooManyFieldsSent`) if the query string has more fields than the limit. The handler calls
    /// it before any middleware runs.
    public func checkLimits() throws {
        if let queryError = arrival.queryError { throw queryError }
    }

    /// The logger requests use unless the server gives them another.
    public static let defaultLogger = Logger(label: "reinhardt.request")

    /// The request method (`GET`, `POST`, …).
    public var method: HTTPRequest.Method { head.method }
    /// The request headers, case-insensitive: Django's `request.headers`.
    public var headers: HTTPFields { head.headerFields }
    /// Django's `path_info`. Reinhardt mounts applications at the root, so it equals ``path``.
    public var pathInfo: String { path }
    /// `true` when the request came over TLS, or through a proxy that says so in the trusted
    /// ``RequestPolicy/secureProxySSLHeader`` (and only then): Django's `is_secure()`.
    public var isSecure: Bool {
        if let (name, value) = policy.secureProxySSLHeader, let field = HTTPField.Name(name) {
            guard let header = head.headerFields[field] else { return false }
            return header.split(separator: ",", maxSplits: 1).first?.trimmingWhitespace() == value[...]
        }
        return connection.isTLS
    }
    /// `"https"` or `"http"`.
    public var scheme: String { isSecure ? "https" : "http" }
}

/// The parts of a ``Request`` fixed when it arrives (see ``Request``'s `arrival`).
///
/// `@unchecked Sendable`: a box is changed only through `Request.uniqueArrival()`, that is, while
/// exactly one request holds it; a box two requests share is never mutated.
final class RequestArrival: @unchecked Sendable {
    var head: HTTPRequest
    var connection: ConnectionInfo
    var policy: RequestPolicy
    var logger: Logger
    var path: String
    var rawPath: Substring
    var queryString: Substring
    var query: QueryDict
    var cookies: Cookies
    /// A limit the query string broke, reported by `checkLimits()`.
    var queryError: TooManyFieldsError?

    /// Parses the path, the query string and the cookies of `head`.
    init(head: HTTPRequest, connection: ConnectionInfo, policy: RequestPolicy, logger: Logger) {
        self.head = head
        self.connection = connection
        self.policy = policy
        self.logger = logger
        let target = Substring(head.path ?? "/")
        if let mark = ExactText.firstIndex(of: UInt8(ascii: "?"), in: target) {
            rawPath = target[..<mark]
            queryString = target[target.utf8.index(after: mark)...]
        } else {
            rawPath = target
            queryString = ""
        }
        path = PathDecoding.decode(rawPath)
        do {
            query = try QueryDict.parsingQuery(queryString, maxFields: policy.limits.maxFormFields)
        } catch {
            query = QueryDict()
            queryError = error
        }
        cookies = head.headerFields[.cookie].map(parseCookies) ?? Cookies()
    }

    private init(copying other: RequestArrival) {
        head = other.head
        connection = other.connection
        policy = other.policy
        logger = other.logger
        path = other.path
        rawPath = other.rawPath
        queryString = other.queryString
        query = other.query
        cookies = other.cookies
        queryError = other.queryError
    }

    func copy() -> RequestArrival { RequestArrival(copying: self) }
}

/// Where a request came from.
public struct ConnectionInfo: Sendable {
    /// The peer's address, when known.
    public var remoteAddress: SocketAddress?
    /// `true` if the connection is TLS.
    public var isTLS: Bool
    /// The server's own name and port, used when the client sends no Host (Django's `SERVER_NAME`/`SERVER_PORT`).
    public var serverName: String
    /// The port the server listens on.
    public var serverPort: Int

    /// Creates connection information.
    public init(remoteAddress: SocketAddress? = nil, isTLS: Bool = false, serverName: String = "localhost", serverPort: Int = 80) {
        self.remoteAddress = remoteAddress
        self.isTLS = isTLS
        self.serverName = serverName
        self.serverPort = serverPort
    }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
