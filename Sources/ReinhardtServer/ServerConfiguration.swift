public import NIOSSL

/// Where and how the server listens: Django's `runserver` address plus what a production WSGI
/// server (gunicorn, uvicorn) lets you tune.
public struct ServerConfiguration: Sendable {
    /// Which protocols to speak on the socket.
    public enum Transport: Sendable {
        /// HTTP/1.1 over plain TCP (keep-alive and pipelining).
        case http1
        /// HTTP/1.1 over TLS.
        case http1TLS(TLSConfiguration)
        /// HTTP/2 with prior knowledge over plain TCP (h2c), for use behind a proxy.
        case http2Cleartext
        /// TLS with ALPN: HTTP/2 when the client offers it, HTTP/1.1 otherwise.
        case http2TLS(TLSConfiguration)
    }

    /// The interface to bind (`"127.0.0.1"`, `"0.0.0.0"`).
    public var host: String
    /// The port; `0` picks a free one (see ``HTTPServer`` `onRunning`).
    public var port: Int
    /// Event-loop threads; `nil` means one per core.
    public var threads: Int?
    /// The listen backlog.
    public var backlog: Int
    /// The protocols to speak.
    public var transport: Transport
    /// Largest single header line, in bytes (431 beyond it).
    public var maxHeaderFieldSize: Int
    /// Largest total size of all headers, in bytes (431 beyond it).
    public var maxHeaderListSize: Int
    /// Most header fields in one request (431 beyond it).
    public var maxHeaderCount: Int
    /// How long an idle keep-alive connection stays open.
    public var idleTimeout: Duration
    /// How long a client may take to send a request head, or between two body chunks; a slow
    /// client (slowloris) is disconnected after it.
    public var readTimeout: Duration
    /// The value of the `Server` response header; `nil` sends none.
    public var serverName: String?
    /// Whether to log one line per request (method, path, status, size, duration) at info level.
    public var accessLog: Bool

    /// Creates a configuration; the defaults suit development (`runserver`).
    public init(
        host: String = "127.0.0.1",
        port: Int = 8000,
        threads: Int? = nil,
        backlog: Int = 256,
        transport: Transport = .http1,
        maxHeaderFieldSize: Int = 8 * 1024,
        maxHeaderListSize: Int = 64 * 1024,
        maxHeaderCount: Int = 100,
        idleTimeout: Duration = .seconds(60),
        readTimeout: Duration = .seconds(20),
        serverName: String? = "Reinhardt",
        accessLog: Bool = true
    ) {
        self.host = host
        self.port = port
        self.threads = threads
        self.backlog = backlog
        self.transport = transport
        self.maxHeaderFieldSize = maxHeaderFieldSize
        self.maxHeaderListSize = maxHeaderListSize
        self.maxHeaderCount = maxHeaderCount
        self.idleTimeout = idleTimeout
        self.readTimeout = readTimeout
        self.serverName = serverName
        self.accessLog = accessLog
    }
}
