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
        let logger = self.logger
        let onRunning = self.onRunning
        let host = configuration.host
        let running: @Sendable (any Channel) async -> Void = { channel in
            let port = channel.localAddress?.port ?? 0
            logger.info("Reinhardt listening on http://\(host):\(port)/")
            await onRunning?(port)
        }
        let hbConfiguration = HummingbirdCore.ServerConfiguration(
            address: .hostname(configuration.host, port: configuration.port),
            serverName: configuration.serverName,
            backlog: configuration.backlog
        )
        let group = Self.eventLoopGroup(threads: configuration.threads)
        let service: any Service
        switch configuration.transport {
        case .http1:
            service = http1Channel(isTLS: false).server(configuration: hbConfiguration, onServerRunning: running, eventLoopGroup: group, logger: logger)
        case .http1TLS(let tls):
            service = try TLSChannel(http1Channel(isTLS: true), tlsConfiguration: tls)
                .server(configuration: hbConfiguration, onServerRunning: running, eventLoopGroup: group, logger: logger)
        case .http2Cleartext, .http2TLS:
            let bridge = HummingbirdBridge(configuration: configuration, policy: policy, logger: logger, responder: responder)
            service = try ServerBuilders.make(for: configuration).buildServer(
                configuration: hbConfiguration,
                eventLoopGroup: group,
                logger: logger,
                responder: { request, writer, channel in try await bridge.respond(to: request, writer: writer, channel: channel) },
                onServerRunning: running
            )
        }
        try await service.run()
    }

    /// Reinhardt's own HTTP/1.1 channel (see ``HTTP1Channel``).
    private func http1Channel(isTLS: Bool) -> HTTP1Channel {
        HTTP1Channel(configuration: configuration, context: ConnectionContext(
            responder: responder,
            policy: policy,
            logger: logger,
            serverName: configuration.serverName,
            isTLS: isTLS,
            readTimeout: TimeAmount(configuration.readTimeout),
            idleTimeout: TimeAmount(configuration.idleTimeout),
            accessLog: configuration.accessLog
        ))
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

/// Builds HummingbirdCore's HTTP/2 child channels (HTTP/1.1 uses Reinhardt's own ``HTTP1Channel``),
/// with Reinhardt's protective handlers on HTTP/1.1 fallbacks and streams.
enum ServerBuilders {
    static func make(for configuration: ServerConfiguration) throws -> HTTPServerBuilder {
        let http1 = http1Configuration(configuration)
        switch configuration.transport {
        case .http1, .http1TLS:
            preconditionFailure("HTTP/1.1 is served by Reinhardt's own HTTP1Channel")
        case .http2Cleartext:
            return .plaintextHTTP2(configuration: .init(idleTimeout: configuration.idleTimeout, streamConfiguration: http1))
        case .http2TLS(let tls):
            return try .http2Upgrade(tlsConfiguration: tls, configuration: .init(idleTimeout: configuration.idleTimeout, streamConfiguration: http1))
        }
    }

    static func http1Configuration(_ configuration: ServerConfiguration) -> HummingbirdCore.HTTP1Channel.Configuration {
        let readTimeout = TimeAmount(configuration.readTimeout)
        return HummingbirdCore.HTTP1Channel.Configuration(
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
