import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import ReinhardtHTTP
import ServiceLifecycle

/// Reinhardt's own HTTP/1.1 child channel, plugged into HummingbirdCore's server (which still owns
/// binding, TLS wrapping and graceful shutdown).
///
/// Unlike HummingbirdCore's `NIOAsyncChannel`-based channel, requests are handled by one channel
/// handler per connection, and each request's responder starts with `Task.immediate` on the event
/// loop: a view that does not suspend (no database wait, no body to read) runs and is written back
/// without leaving the event-loop thread.
struct HTTP1Channel: ServerChildChannel {
    /// The connection, once set up.
    struct Value: ServerChildChannelValue {
        let channel: any Channel
    }

    let configuration: ServerConfiguration
    let context: ConnectionContext

    /// Adds NIO's HTTP/1 request decoder and Reinhardt's request handler (which writes responses as bytes).
    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            // Small responses go out at once (no Nagle delay), as in NIO's own servers.
            try channel.syncOptions?.setOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            var limits = NIOHTTPDecoderLimitConfiguration()
            limits.maxHeaderFieldSize = configuration.maxHeaderFieldSize
            limits.maxHeaderListSize = configuration.maxHeaderListSize
            limits.maxHeaderFieldCount = configuration.maxHeaderCount
            let decoder = HTTPRequestDecoder(leftOverBytesStrategy: .dropBytes, informationalResponseStrategy: .drop, limitConfiguration: limits)
            try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(decoder))
            try channel.pipeline.syncOperations.addHandler(HTTP1RequestHandler(context: context))
            return Value(channel: channel)
        }
    }

    /// Waits for the connection to close (the handler drives it).
    func handle(value: Value, logger: Logger) async {
        try? await value.channel.closeFuture.get()
    }
}

/// What every connection of a server shares: the responder, limits and timeouts.
struct ConnectionContext: Sendable {
    let responder: Responder
    let policy: RequestPolicy
    let logger: Logger
    let serverName: String?
    let isTLS: Bool
    let readTimeout: TimeAmount
    let idleTimeout: TimeAmount
    let accessLog: Bool
}
