import HTTPTypes
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1
import ReinhardtHTTP
import Foundation

/// One connection's HTTP/1.1 state machine: turns request parts into ``ReinhardtHTTP/Request``s,
/// runs the responder, writes responses, and enforces the body limit, the read and idle timeouts,
/// keep-alive and graceful shutdown. Requests are handled one at a time; NIO's pipelining handler
/// (ahead of this one) holds pipelined requests back until the previous response has ended.
final class HTTP1RequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

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
    private var servedRequests = 0
    private var bodyBytes = 0
    private var readPaused = false
    private var pendingRead = false
    private var deadline: NIODeadline?
    private var timer: (task: Scheduled<Void>, at: NIODeadline)?
    private var inRead = false
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
        armTimer(context, after: shared.readTimeout)
    }

    func handlerRemoved(context: ChannelHandlerContext) { stopTimer() }

    func channelInactive(context: ChannelHandlerContext) {
        stopTimer()
        if case .streaming(let source) = state { source.fail(ClientDisconnected()) }
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is ChannelShouldQuiesceEvent else { return context.fireUserInboundEventTriggered(event) }
        quiescing = true
        if case .idle = state { context.close(promise: nil) }
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
        inRead = true
        defer { inRead = false }
        switch unwrapInboundIn(data) {
        case .head(let head): receiveHead(head, context: context)
        case .body(let buffer): receiveBody(buffer, context: context)
        case .end: receiveEnd(context: context)
        }
    }

    /// Responses answered while reading are flushed once, after the read burst (as NIO's own
    /// examples do), so pipelined requests share one `writev`.
    func channelReadComplete(context: ChannelHandlerContext) {
        if needsFlush {
            needsFlush = false
            context.flush()
        }
        context.fireChannelReadComplete()
    }

    private func receiveHead(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        cancelTimer()
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
            armTimer(context, after: shared.readTimeout)
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
            cancelTimer()
            return
        }
        armTimer(context, after: shared.readTimeout)
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
            cancelTimer()
        case .idle, .responding, .rejecting:
            break
        }
    }

    private func makeRequest(_ head: HTTPRequest, body: RequestBody) -> Request {
        Request(head: head, body: body, connection: connection, policy: shared.policy, logger: shared.logger)
    }

    // MARK: Backpressure

    func read(context: ChannelHandlerContext) {
        if readPaused {
            pendingRead = true
        } else {
            context.read()
        }
    }

    /// Called on the event loop when the body's consumer wants more (or went away).
    func resumeReading(context: ChannelHandlerContext) {
        readPaused = false
        if pendingRead {
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
        let forbidsBody = response.statusForbidsBody
        let skipBody = forbidsBody || method == .HEAD
        context.write(wrapOutboundOut(.head(responseHead(response, forbidsBody: forbidsBody))), promise: nil)
        switch response.body.storage {
        case .buffer(let buffer):
            if !skipBody, buffer.readableBytes > 0 { context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil) }
            writeEnd(status: response.status, bytes: skipBody ? 0 : buffer.readableBytes, context: context)
        case .stream(let producer):
            if skipBody { return writeEnd(status: response.status, bytes: 0, context: context) }
            context.flush()
            stream(producer, status: response.status, context: context)
        }
    }

    /// Ends the response. The connection's state is settled first, because writing the end lets
    /// NIO's pipelining handler deliver the next pipelined request right away (re-entering this handler).
    private func writeEnd(status: HTTPResponse.Status, bytes: Int?, context: ChannelHandlerContext) {
        let close = finishResponse(status: status, bytes: bytes, context: context)
        if close {
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in bound.value.close(promise: nil) }
        } else if inRead {
            context.write(wrapOutboundOut(.end(nil)), promise: nil)
            needsFlush = true
        } else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }

    private func stream(_ producer: @escaping ResponseBody.Producer, status: HTTPResponse.Status, context: ChannelHandlerContext) {
        let bound = NIOLoopBound(ContextBox(handler: self, context: context), eventLoop: context.eventLoop)
        let channel = context.channel
        let logger = shared.logger
        Task {
            var writer: any ResponseBodyWriter = ChannelBodyWriter(channel: channel)
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
                box.handler.writeEnd(status: status, bytes: nil, context: box.context)
            }
        }
    }

    private func responseHead(_ response: Response, forbidsBody: Bool) -> HTTPResponseHead {
        let fields = response.headersForSending()
        var headers = HTTPHeaders()
        headers.reserveCapacity(fields.count + 4)
        for field in fields { headers.add(name: field.name.rawName, value: field.value) }
        headers.add(name: "Date", value: currentDate())
        if let serverName = shared.serverName { headers.add(name: "Server", value: serverName) }
        if !forbidsBody, let length = response.body.contentLength { headers.add(name: "Content-Length", value: String(length)) }
        if !keepAlive || quiescing {
            headers.replaceOrAdd(name: "Connection", value: "close")
        } else if version == .http1_0 {
            headers.replaceOrAdd(name: "Connection", value: "keep-alive")
        }
        return HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: response.status.code, reasonPhrase: response.status.reasonPhrase), headers: headers)
    }

    /// Bookkeeping once a response is complete: log it, then either mark the connection for
    /// closing (returns `true`) or make it ready for the next request.
    private func finishResponse(status: HTTPResponse.Status, bytes: Int?, context: ChannelHandlerContext) -> Bool {
        servedRequests += 1
        if let line = logLine {
            AccessLog.write(shared.logger, method: line.method, target: line.target, status: status, bytes: bytes, since: line.start)
            logLine = nil
        }
        if !keepAlive || quiescing {
            state = .rejecting
            stopTimer()
            return true
        }
        state = .idle
        armTimer(context, after: shared.idleTimeout)
        readPaused = false
        if pendingRead {
            pendingRead = false
            context.read()
        }
        return false
    }

    private func reject(_ context: ChannelHandlerContext, status: HTTPResponse.Status, reason: String) {
        stopTimer()
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        headers.add(name: "Content-Length", value: String(reason.utf8.count))
        headers.add(name: "Date", value: currentDate())
        headers.add(name: "Connection", value: "close")
        let head = HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: status.code, reasonPhrase: status.reasonPhrase), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: reason)))), promise: nil)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in bound.value.close(promise: nil) }
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

    // MARK: Timers

    /// Sets the time by which the client must make progress. One scheduled task serves many
    /// deadlines: when it fires before a later deadline, it re-schedules itself, so keep-alive
    /// traffic costs a clock read per request instead of a schedule and a cancel. Only a deadline
    /// earlier than the scheduled task replaces it.
    private func armTimer(_ context: ChannelHandlerContext, after timeout: TimeAmount) {
        let newDeadline = NIODeadline.now() + timeout
        deadline = newDeadline
        if let timer, timer.at <= newDeadline { return }
        timer?.task.cancel()
        schedule(context, at: newDeadline)
    }

    private func schedule(_ context: ChannelHandlerContext, at when: NIODeadline) {
        let bound = NIOLoopBound(ContextBox(handler: self, context: context), eventLoop: context.eventLoop)
        let task = context.eventLoop.scheduleTask(deadline: when) { bound.value.handler.timerFired(context: bound.value.context) }
        timer = (task, when)
    }

    private func timerFired(context: ChannelHandlerContext) {
        timer = nil
        guard let deadline else { return }
        if deadline > .now() { return schedule(context, at: deadline) }
        self.deadline = nil
        timedOut(context: context)
    }

    /// The client was too slow: a first request that never completed its head gets a 408; a body
    /// that stopped arriving fails the view's read (which answers 408); an idle keep-alive
    /// connection is simply closed.
    private func timedOut(context: ChannelHandlerContext) {
        switch state {
        case .idle where servedRequests == 0:
            state = .rejecting
            keepAlive = false
            // No request head reached NIO's pipelining handler, which would refuse a response now;
            // write from its position in the pipeline, straight to the encoder.
            let writer = (try? context.pipeline.syncOperations.context(handlerType: HTTPServerPipelineHandler.self)) ?? context
            reject(writer, status: .requestTimeout, reason: RequestTimeout().reason)
        case .streaming(let source):
            keepAlive = false
            state = .responding
            source.fail(RequestTimeout())
        default:
            context.close(promise: nil)
        }
    }

    /// No deadline while the application works on a request (the scheduled task, if any, stays
    /// and finds nothing to do).
    private func cancelTimer() {
        deadline = nil
    }

    /// Stops the scheduled task for good (the connection is going away).
    private func stopTimer() {
        deadline = nil
        timer?.task.cancel()
        timer = nil
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

/// Writes streamed body chunks to the channel, waiting for each write (so a slow client slows the producer).
struct ChannelBodyWriter: ResponseBodyWriter {
    let channel: any Channel
    mutating func write(_ buffer: ByteBuffer) async throws {
        try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(buffer))).get()
    }
}
