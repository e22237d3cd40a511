import HTTPTypes
import HummingbirdCore
import HummingbirdHTTP2
import HummingbirdTLS
public import Logging
import NIOCore
import NIOPosix
public import ReinhardtHTTP
public import ServiceLifecycle
import UnixSignals

/// The socket server: HummingbirdCore's HTTP/1.1, HTTP/2 and TLS channels, serving one
/// ``Responder``.
///
/// It is a swift-service-lifecycle `Service`: run it in a `ServiceGroup` (or with
/// ``runUntilShutdownSignal()``) and SIGTERM/SIGINT stop accepting connections while in-flight
/// requests finish.
public struct HTTPServer: Service, CustomStringConvertible {
    /// Where and how to listen.
    public let configuration: ServerConfiguration
    /// Allowed hosts, trusted proxy headers and body limits handed to every request.
    public let policy: RequestPolicy
    /// The server's logger (access log and connection errors).
    public let logger: Logger
    private let responder: Responder
    private let onRunning: (@Sendable (Int) async -> Void)?

    /// Creates a server.
    /// - Parameters:
    ///   - configuration: Address, threads, limits, transport.
    ///   - policy: What each request consults (allowed hosts, limits).
    ///   - logger: The server's logger.
    ///   - onRunning: Called with the bound port once the socket listens.
    ///   - responder: The framework: turns each request into a response.
    public init(
        configuration: ServerConfiguration,
        policy: RequestPolicy,
        logger: Logger = Logger(label: "reinhardt.server"),
        onRunning: (@Sendable (Int) async -> Void)? = nil,
        responder: @escaping Responder
    ) {
        self.configuration = configuration
        self.policy = policy
        self.logger = logger
        self.onRunning = onRunning
        self.responder = responder
    }

    /// `"HTTPServer(127.0.0.1:8000)"`, for service-lifecycle logs.
    public var description: String { "HTTPServer(\(configuration.host):\(configuration.port))" }

    /// Serves until the service group shuts down gracefully.
    public func run() async throws {
        let bridge = HummingbirdBridge(configuration: configuration, policy: policy, logger: logger, responder: responder)
        let builder = try ServerBuilders.make(for: configuration)
        let onRunning = self.onRunning
        let logger = self.logger
        let service = try builder.buildServer(
            configuration: HummingbirdCore.ServerConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: configuration.serverName,
                backlog: configuration.backlog
            ),
            eventLoopGroup: Self.eventLoopGroup(threads: configuration.threads),
            logger: logger,
            responder: { request, writer, channel in
                try await bridge.respond(to: request, writer: writer, channel: channel)
            },
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                logger.info("Reinhardt listening on http://\(configuration.host):\(port)/")
                await onRunning?(port)
            }
        )
        try await service.run()
    }

    /// Runs the server alone in a service group that shuts down gracefully on SIGTERM or SIGINT.
    public func runUntilShutdownSignal() async throws {
        let group = ServiceGroup(
            configuration: .init(services: [self], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        )
        try await group.run()
    }

    private static func eventLoopGroup(threads: Int?) -> any EventLoopGroup {
        guard let threads, threads != System.coreCount else { return MultiThreadedEventLoopGroup.singleton }
        return MultiThreadedEventLoopGroup(numberOfThreads: threads)
    }
}

/// Builds HummingbirdCore's child channel for each transport, with Reinhardt's protective handlers.
enum ServerBuilders {
    static func make(for configuration: ServerConfiguration) throws -> HTTPServerBuilder {
        let http1 = http1Configuration(configuration)
        switch configuration.transport {
        case .http1:
            return .http1(configuration: http1)
        case .http1TLS(let tls):
            return try .tls(.http1(configuration: http1), tlsConfiguration: tls)
        case .http2Cleartext:
            return .plaintextHTTP2(configuration: .init(idleTimeout: configuration.idleTimeout, streamConfiguration: http1))
        case .http2TLS(let tls):
            return try .http2Upgrade(tlsConfiguration: tls, configuration: .init(idleTimeout: configuration.idleTimeout, streamConfiguration: http1))
        }
    }

    static func http1Configuration(_ configuration: ServerConfiguration) -> HTTP1Channel.Configuration {
        let readTimeout = TimeAmount(configuration.readTimeout)
        return HTTP1Channel.Configuration(
            additionalChannelHandlers: [HeaderLimitHandler(), ReadTimeoutHandler(timeout: readTimeout)],
            idleTimeout: TimeAmount(configuration.idleTimeout),
            httpDecoderConfiguration: .init(
                maxHeaderFieldSize: configuration.maxHeaderFieldSize,
                maxHeaderListSize: configuration.maxHeaderListSize,
                maxHeaderFieldCount: configuration.maxHeaderCount
            )
        )
    }
}
