import HTTPTypes
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1
import ReinhardtHTTP
import Foundation

/// One connection's HTTP/1.1 state machine: turns request parts into ``ReinhardtHTTP/Request``s,
/// runs the responder, writes responses as bytes, and enforces the body limit, the read and idle
/// timeouts, keep-alive and graceful shutdown.
///
/// Requests are handled one at a time: parts of pipelined requests that arrive while a response is
/// being produced wait in a queue (and reading from the socket pauses) until that response has
/// been written. Each response head is serialized straight from the ``ReinhardtHTTP/Response``
/// (``ResponseHeadWriter``) and, with a small body, goes out as a single buffer.
final class HTTP1RequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Bodies up to this size are copied behind the head, so the response is one buffer.
    private static let inlineBodyLimit = 16 * 1024

    private enum State {
        /// Waiting for a request head.
        case idle
        /// A head without a body arrived; waiting for its end before starting.
        case awaitingEnd(Request, HTTPRequestHead)
        /// The request started; body parts go to the stream.
        case streaming(RequestBodySource)
        /// The request has been read completely; its response is being produced.
        case responding
        /// A rejected request: remaining parts are dropped and the connection closes after the answer.
        case rejecting
    }

    private let shared: ConnectionContext
    private var state = State.idle
    private var connection = ConnectionInfo()
    private var version = HTTPVersion.http1_1
    private var keepAlive = true
    private var quiescing = false
    /// The client closed its sending side: answer what it sent, then close.
    private var inputClosed = false
    private var servedRequests = 0
    private var bodyBytes = 0
    private var readPaused = false
    private var pendingRead = false
    private var deadline: ProgressDeadline?
    /// Parts of pipelined requests that arrived while a response was being produced.
    private var queued = CircularBuffer<HTTPServerRequestPart>()
    private var draining = false
    /// Writes are being batched (during a read burst or a drain): flush once at its end.
    private var batching = false
    private var needsFlush = false
    private var dateSecond = 0
    private var dateValue = ""
    private var logLine: (method: String, target: String, start: ContinuousClock.Instant)?

    init(context: ConnectionContext) {
        self.shared = context
    }

    // MARK: Connection lifecycle

    func handlerAdded(context: ChannelHandlerContext) {
        connection = ConnectionInfo(
            remoteAddress: context.channel.remoteAddress,
            isTLS: shared.isTLS,
            serverName: context.channel.localAddress?.ipAddress ?? "localhost",
            serverPort: context.channel.localAddress?.port ?? 80
        )
        // The cycle handler → deadline → expiry action → handler is broken by `stop()`, which
        // runs when the handler is removed or the channel goes inactive.
        deadline = ProgressDeadline(eventLoop: context.eventLoop) { [unowned self] in self.timedOut(context: context) }
        deadline?.arm(after: shared.readTimeout)
    }

    func handlerRemoved(context: ChannelHandlerContext) { deadline?.stop() }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.stop()
        if case .streaming(let source) = state { source.fail(ClientDisconnected()) }
        context.fireChannelInactive()
    }

    /// Graceful shutdown, or a client that closed its sending side: finish the request in
    /// flight (and the ones already queued), then close.
    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            quiescing = true
        } else if case ChannelEvent.inputClosed = event {
            inputClosed = true
        } else {
            return context.fireUserInboundEventTriggered(event)
        }
        if case .idle = state, queued.isEmpty { context.close(promise: nil) }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError else {
            context.close(promise: nil)
            return
        }
        switch state {
        case .idle, .awaitingEnd:
            state = .rejecting
            keepAlive = false
            let tooLarge = parserError == .headerOverflow
            reject(context, status: tooLarge ? .requestHeaderFieldsTooLarge : .badRequest,
                   reason: tooLarge ? "Request header fields too large." : "Malformed request.")
        default:
            context.close(promise: nil)
        }
    }

    // MARK: Reading

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        switch state {
        case .responding:
            // A pipelined request: it waits until the response in flight has been written.
            queued.append(part)
        case .rejecting:
            break
        case .idle, .awaitingEnd, .streaming:
            batching = true
            receive(part, context: context)
        }
    }

    private func receive(_ part: HTTPServerRequestPart, context: ChannelHandlerContext) {
        switch part {
        case .head(let head): receiveHead(head, context: context)
        case .body(let buffer): receiveBody(buffer, context: context)
        case .end: receiveEnd(context: context)
        }
    }

    /// Responses answered while reading are flushed once, after the read burst (as NIO's own
    /// examples do), so pipelined requests share one `writev`.
    func channelReadComplete(context: ChannelHandlerContext) {
        batching = false
        flushIfNeeded(context)
        context.fireChannelReadComplete()
    }

    private func flushIfNeeded(_ context: ChannelHandlerContext) {
        if needsFlush {
            needsFlush = false
            context.flush()
        }
    }

    /// Handles the queued parts of pipelined requests, once the previous response is written,
    /// until one of them is waiting for its own response again. The caller flushes.
    private func drainQueue(_ context: ChannelHandlerContext) {
        guard !draining else { return }
        draining = true
        let wasBatching = batching
        batching = true
        while !queued.isEmpty {
            if case .responding = state { break }
            if case .rejecting = state { queued.removeAll(); break }
            receive(queued.removeFirst(), context: context)
        }
        draining = false
        batching = wasBatching
    }

    private func receiveHead(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        deadline?.suspend()
        version = head.version
        keepAlive = head.isKeepAlive
        bodyBytes = 0
        if shared.accessLog { logLine = ("\(head.method.rawValue)", head.uri, ContinuousClock.now) }
        let declaredLength = head.headers.first(name: "content-length").flatMap { Int($0) }
        let chunked = head.headers.first(name: "transfer-encoding").map { $0.lowercased().contains("chunked") } ?? false
        if let declaredLength, declaredLength > shared.policy.limits.maxBodySize {
            state = .rejecting
            keepAlive = false
            return reject(context, status: .contentTooLarge, reason: RequestBodyTooLarge(limit: shared.policy.limits.maxBodySize, setting: "Settings.limits.maxBodySize").reason)
        }
        guard let converted = RequestHeadConversion.convert(head, secure: shared.isTLS) else {
            state = .rejecting
            keepAlive = false
            return reject(context, status: .badRequest, reason: "Malformed request.")
        }
        if (declaredLength ?? 0) > 0 || chunked {
            let source = RequestBodySource(box: NIOLoopBound(ContextBox(handler: self, context: context), eventLoop: context.eventLoop), eventLoop: context.eventLoop)
            state = .streaming(source)
            deadline?.arm(after: shared.readTimeout)
            start(makeRequest(converted, body: RequestBody(stream: source.chunks, declaredLength: declaredLength)), method: head.method, context: context)
        } else {
            state = .awaitingEnd(makeRequest(converted, body: .empty), head)
        }
    }

    private func receiveBody(_ buffer: ByteBuffer, context: ChannelHandlerContext) {
        guard case .streaming(let source) = state else { return }
        bodyBytes += buffer.readableBytes
        if bodyBytes > shared.policy.limits.maxBodySize {
            source.fail(RequestBodyTooLarge(limit: shared.policy.limits.maxBodySize, setting: "Settings.limits.maxBodySize"))
            keepAlive = false
            state = .responding
            deadline?.suspend()
            return
        }
        deadline?.arm(after: shared.readTimeout)
        if source.yield(buffer) == .stopProducing { readPaused = true }
    }

    private func receiveEnd(context: ChannelHandlerContext) {
        switch state {
        case .awaitingEnd(let request, let head):
            state = .responding
            start(request, method: head.method, context: context)
        case .streaming(let source):
            source.finish()
            state = .responding
            deadline?.suspend()
        case .idle, .responding, .rejecting:
            break
        }
    }

    private func makeRequest(_ head: HTTPRequest, body: RequestBody) -> Request {
        Request(head: head, body: body, connection: connection, policy: shared.policy, logger: shared.logger)
    }

    // MARK: Backpressure

    func read(context: ChannelHandlerContext) {
        if readPaused || !queued.isEmpty {
            pendingRead = true
        } else {
            context.read()
        }
    }

    /// Called on the event loop when the body's consumer wants more (or went away).
    func resumeReading(context: ChannelHandlerContext) {
        readPaused = false
        if pendingRead, queued.isEmpty {
            pendingRead = false
            context.read()
        }
    }

    // MARK: Responding

    /// Runs the responder. `Task.immediate` starts it right here on the event loop, so a view that
    /// never suspends is answered without a thread hop; after a suspension the write hops back.
    private func start(_ request: Request, method: HTTPMethod, context: ChannelHandlerContext) {
        let bound = NIOLoopBound(ContextBox(handler: self, context: context), eventLoop: context.eventLoop)
        let eventLoop = context.eventLoop
        let responder = shared.responder
        let logger = shared.logger
        Task.immediate {
            let response: Response
            do {
                response = try await responder(request)
            } catch {
                logger.error("Responder threw instead of answering: \(String(reflecting: error))")
                response = .text("Internal Server Error", status: .internalServerError)
            }
            if eventLoop.inEventLoop {
                bound.value.handler.send(response, method: method, context: bound.value.context)
            } else {
                eventLoop.execute { bound.value.handler.send(response, method: method, context: bound.value.context) }
            }
        }
    }

    private func send(_ response: Response, method: HTTPMethod, context: ChannelHandlerContext) {
        let skipBody = response.statusForbidsBody || method == .HEAD
        let fields = response.headersForSending()
        if let connection = fields[.connection], connection.lowercased().contains("close") { keepAlive = false }
        switch response.body.storage {
        case .buffer(let body):
            let framing: BodyFraming = response.statusForbidsBody ? .none : .length(body.readableBytes)
            let inline = !skipBody && body.readableBytes <= Self.inlineBodyLimit
            var buffer = context.channel.allocator.buffer(capacity: ResponseHeadWriter.estimatedSize(of: fields) + (inline ? body.readableBytes : 0))
            writeHead(response.status, fields: fields, framing: framing, into: &buffer)
            if inline {
                buffer.writeImmutableBuffer(body)
            } else if !skipBody {
                context.write(wrapOutboundOut(buffer), promise: nil)
                buffer = body
            }
            complete(with: buffer, status: response.status, bytes: skipBody ? 0 : body.readableBytes, context: context)
        case .stream(let producer):
            let framing = streamFraming(response)
            var head = context.channel.allocator.buffer(capacity: ResponseHeadWriter.estimatedSize(of: fields))
            writeHead(response.status, fields: fields, framing: framing, into: &head)
            if skipBody { return complete(with: head, status: response.status, bytes: 0, context: context) }
            context.writeAndFlush(wrapOutboundOut(head), promise: nil)
            stream(producer, chunked: framing == .chunked, status: response.status, context: context)
        }
    }

    /// A streamed body is sent with its declared length, chunked to an HTTP/1.1 client, or
    /// delimited by closing the connection for an HTTP/1.0 client.
    private func streamFraming(_ response: Response) -> BodyFraming {
        if response.statusForbidsBody { return .none }
        if let length = response.body.contentLength { return .length(length) }
        if version.major == 1 && version.minor == 0 {
            keepAlive = false
            return .untilClose
        }
        return .chunked
    }

    private func writeHead(_ status: HTTPResponse.Status, fields: HTTPFields, framing: BodyFraming, into buffer: inout ByteBuffer) {
        let connection: ConnectionHeader
        if closesAfterResponse {
            connection = .close
        } else {
            connection = version.major == 1 && version.minor == 0 ? .keepAlive : .omitted
        }
        ResponseHeadWriter.write(
            status: status, fields: fields, version: version, framing: framing,
            date: currentDate(), serverName: shared.serverName, connection: connection, into: &buffer
        )
    }

    /// Writes the response's last bytes, then either closes the connection once they are out or
    /// gets ready for the next request (handling pipelined ones that are already queued).
    private func complete(with last: ByteBuffer, status: HTTPResponse.Status, bytes: Int?, context: ChannelHandlerContext) {
        if finishResponse(status: status, bytes: bytes, context: context) {
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            context.writeAndFlush(wrapOutboundOut(last)).whenComplete { _ in bound.value.close(promise: nil) }
            return
        }
        context.write(wrapOutboundOut(last), promise: nil)
        needsFlush = true
        drainQueue(context)
        if !batching { flushIfNeeded(context) }
        if queued.isEmpty, !readPaused, pendingRead {
            pendingRead = false
            context.read()
        }
    }

    private func stream(_ producer: @escaping ResponseBody.Producer, chunked: Bool, status: HTTPResponse.Status, context: ChannelHandlerContext) {
        let bound = NIOLoopBound(ContextBox(handler: self, context: context), eventLoop: context.eventLoop)
        let channel = context.channel
        let logger = shared.logger
        Task {
            var writer: any ResponseBodyWriter = ChannelBodyWriter(channel: channel, chunked: chunked)
            let failed: Bool
            do {
                try await producer(&writer)
                failed = false
            } catch {
                logger.error("Streaming the response body failed: \(String(reflecting: error))")
                failed = true
            }
            channel.eventLoop.execute {
                let box = bound.value
                if failed {
                    box.context.close(promise: nil)
                    return
                }
                var last = box.context.channel.allocator.buffer(capacity: chunked ? 5 : 0)
                if chunked { last.writeStaticString(ResponseHeadWriter.lastChunk) }
                box.handler.complete(with: last, status: status, bytes: nil, context: box.context)
            }
        }
    }

    /// Whether the connection closes once the current response is out.
    private var closesAfterResponse: Bool { !keepAlive || quiescing || (inputClosed && queued.isEmpty) }

    /// Bookkeeping once a response is complete: log it, then either mark the connection for
    /// closing (returns `true`) or make it ready for the next request.
    private func finishResponse(status: HTTPResponse.Status, bytes: Int?, context: ChannelHandlerContext) -> Bool {
        servedRequests += 1
        if let line = logLine {
            AccessLog.write(shared.logger, method: line.method, target: line.target, status: status, bytes: bytes, since: line.start)
            logLine = nil
        }
        if closesAfterResponse {
            state = .rejecting
            queued.removeAll()
            deadline?.stop()
            return true
        }
        state = .idle
        deadline?.arm(after: shared.idleTimeout)
        readPaused = false
        return false
    }

    /// Answers a request that cannot be served (malformed, too large, too slow) and closes the connection.
    private func reject(_ context: ChannelHandlerContext, status: HTTPResponse.Status, reason: String) {
        deadline?.stop()
        queued.removeAll()
        var fields = HTTPFields()
        fields[.contentType] = "text/plain; charset=utf-8"
        var buffer = context.channel.allocator.buffer(capacity: 256 + reason.utf8.count)
        ResponseHeadWriter.write(
            status: status, fields: fields, version: version, framing: .length(reason.utf8.count),
            date: currentDate(), serverName: nil, connection: .close, into: &buffer
        )
        buffer.writeString(reason)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(buffer)).whenComplete { _ in bound.value.close(promise: nil) }
    }

    /// The `Date` header, formatted at most once per second per connection.
    private func currentDate() -> String {
        let now = time(nil)
        if now != dateSecond {
            dateSecond = now
            dateValue = httpDate(Date(timeIntervalSince1970: Double(now)))
        }
        return dateValue
    }

    // MARK: Timeouts

    /// The client was too slow: a first request that never completed its head gets a 408; a body
    /// that stopped arriving fails the view's read (which answers 408); an idle keep-alive
    /// connection is simply closed.
    private func timedOut(context: ChannelHandlerContext) {
        switch state {
        case .idle where servedRequests == 0:
            state = .rejecting
            keepAlive = false
            reject(context, status: .requestTimeout, reason: RequestTimeout().reason)
        case .streaming(let source):
            keepAlive = false
            state = .responding
            source.fail(RequestTimeout())
        default:
            context.close(promise: nil)
        }
    }
}

/// The handler and its context, carried across the responder's task (touched only on the event loop).
struct ContextBox {
    let handler: HTTP1RequestHandler
    let context: ChannelHandlerContext
}

/// The client took longer than ``ServerConfiguration/readTimeout`` to send its request: a 408.
struct RequestTimeout: HTTPResponseError {
    var status: HTTPResponse.Status { .requestTimeout }
    var reason: String { "The request was not received in time." }
}

/// The client closed the connection while the view was reading the body.
struct ClientDisconnected: Error, CustomStringConvertible {
    var description: String { "The client disconnected before sending the whole request body." }
}

/// Writes streamed body chunks to the channel (framed as chunks when the body is chunked),
/// waiting for each write, so a slow client slows the producer.
struct ChannelBodyWriter: ResponseBodyWriter {
    let channel: any Channel
    let chunked: Bool

    mutating func write(_ buffer: ByteBuffer) async throws {
        guard chunked else { return try await channel.writeAndFlush(buffer).get() }
        guard buffer.readableBytes > 0 else { return }  // an empty chunk would end the body
        var framed = channel.allocator.buffer(capacity: buffer.readableBytes + 12)
        ResponseHeadWriter.writeChunkHeader(size: buffer.readableBytes, into: &framed)
        framed.writeImmutableBuffer(buffer)
        framed.writeStaticString("\r\n")
        try await channel.writeAndFlush(framed).get()
    }
}
