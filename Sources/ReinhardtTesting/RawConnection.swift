import NIOCore
import Foundation
import NIOPosix

/// A bare TCP connection for sending hand-made (including malformed) HTTP to a live server and
/// reading exactly what comes back.
///
/// ```swift
/// try await RawConnection.with(port: server.port) { connection in
///     try await connection.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
///     let reply = try await connection.readResponse()
/// }
/// ```
public final class RawConnection {
    private var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private var pending = ByteBuffer()

    private init(inbound: NIOAsyncChannelInboundStream<ByteBuffer>, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) {
        self.iterator = inbound.makeAsyncIterator()
        self.outbound = outbound
    }

    /// Connects to `host:port`, runs `body` with the connection, then closes it.
    public static func with<T>(host: String = "127.0.0.1", port: Int, _ body: (RawConnection) async throws -> T) async throws -> T {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(
                        wrappingChannelSynchronously: channel,
                        configuration: .init(isOutboundHalfClosureEnabled: true)
                    )
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            try await body(RawConnection(inbound: inbound, outbound: outbound))
        }
    }

    /// Sends raw bytes.
    public func send(_ text: String) async throws {
        try await outbound.write(ByteBuffer(string: text))
    }

    /// Closes the sending side (a TCP half-close), as a client that has nothing more to ask does.
    public func finishSending() {
        outbound.finish()
    }

    /// Reads one HTTP/1.1 response (head, then a `Content-Length` body). Returns `nil` if the
    /// server closed the connection without answering.
    /// - Parameter toHEAD: The response answers a `HEAD` request, so no body follows its head
    ///   whatever its `Content-Length` says.
    public func readResponse(toHEAD: Bool = false) async throws -> RawResponse? {
        while true {
            if let response = RawResponse.parse(&pending, bodyless: toHEAD) { return response }
            guard var chunk = try await iterator.next() else {
                guard pending.readableBytes > 0 else { return nil }
                let text = pending.readString(length: pending.readableBytes) ?? ""
                return RawResponse(head: text, body: "")
            }
            pending.writeBuffer(&chunk)
        }
    }

    /// Waits until the server closes the connection; returns the bytes that arrived meanwhile.
    public func readUntilClosed() async throws -> String {
        while var chunk = try await iterator.next() { pending.writeBuffer(&chunk) }
        return pending.readString(length: pending.readableBytes) ?? ""
    }
}

/// A response read by ``RawConnection``.
public struct RawResponse: Sendable {
    /// The status line and headers, as text.
    public var head: String
    /// The body, as text.
    public var body: String

    /// The status code from the status line.
    public var statusCode: Int? {
        let parts = head.split(separator: " ", maxSplits: 2)
        return parts.count > 1 ? Int(parts[1]) : nil
    }

    /// The value of a header (case-insensitive).
    public func header(_ name: String) -> String? {
        for line in head.split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if line[..<colon].lowercased() == name.lowercased() {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    static func parse(_ buffer: inout ByteBuffer, bodyless: Bool) -> RawResponse? {
        let view = buffer.readableBytesView
        guard let end = view.firstRange(of: Array("\r\n\r\n".utf8)) else { return nil }
        let headLength = end.upperBound - view.startIndex
        let head = String(decoding: view[view.startIndex..<end.lowerBound], as: UTF8.self)
        var response = RawResponse(head: head, body: "")
        let length = bodyless ? 0 : response.header("content-length").flatMap(Int.init) ?? 0
        guard buffer.readableBytes >= headLength + length else { return nil }
        buffer.moveReaderIndex(forwardBy: headLength)
        response.body = buffer.readString(length: length) ?? ""
        buffer.discardReadBytes()
        return response
    }
}
