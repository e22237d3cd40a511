import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import ReinhardtHTTP

/// Adapts HummingbirdCore's request/response-writer pair to the ``Responder`` boundary: builds the
/// ``ReinhardtHTTP/Request`` (enforcing the body limit), calls the framework, and writes the
/// ``ReinhardtHTTP/Response`` with `Date`, `Server` and `Content-Length`.
struct HummingbirdBridge: Sendable {
    let configuration: ServerConfiguration
    let policy: RequestPolicy
    let logger: Logger
    let responder: Responder
    let dateCache = DateCache()

    private var isTLS: Bool {
        switch configuration.transport {
        case .http1, .http2Cleartext: false
        case .http1TLS, .http2TLS: true
        }
    }

    /// Serves one request on `channel`.
    func respond(to incoming: HummingbirdCore.Request, writer: consuming ResponseWriter, channel: any Channel) async throws {
        let start = configuration.accessLog ? ContinuousClock.now : nil
        let declaredLength = incoming.headers[.contentLength].flatMap { Int($0) }
        let response: ReinhardtHTTP.Response
        var request: ReinhardtHTTP.Request?
        if let declaredLength, declaredLength > policy.limits.maxBodySize {
            response = .text(RequestBodyTooLarge(limit: policy.limits.maxBodySize, setting: "Settings.limits.maxBodySize").reason, status: .contentTooLarge)
        } else {
            let built = makeRequest(incoming, declaredLength: declaredLength, channel: channel)
            request = built
            response = await callResponder(built)
        }
        let sent = try await write(response, method: incoming.method, writer: writer)
        if response.status == .contentTooLarge || request == nil {
            channel.close(promise: nil)
        }
        if let start { AccessLog.write(logger, method: incoming.method.rawValue, target: incoming.head.path ?? "/", status: response.status, bytes: sent, since: start) }
    }

    private func makeRequest(_ incoming: HummingbirdCore.Request, declaredLength: Int?, channel: any Channel) -> ReinhardtHTTP.Request {
        let hasBody = (declaredLength ?? 0) > 0 || incoming.headers[.transferEncoding] != nil
        let body = hasBody
            ? RequestBody(stream: BodyLimit(base: incoming.body, limit: policy.limits.maxBodySize), declaredLength: declaredLength)
            : RequestBody.empty
        let connection = ConnectionInfo(
            remoteAddress: channel.remoteAddress,
            isTLS: isTLS,
            serverName: configuration.host,
            serverPort: channel.localAddress?.port ?? configuration.port
        )
        return ReinhardtHTTP.Request(head: incoming.head, body: body, connection: connection, policy: policy, logger: logger)
    }

    private func callResponder(_ request: ReinhardtHTTP.Request) async -> ReinhardtHTTP.Response {
        do {
            return try await responder(request)
        } catch {
            logger.error("Responder threw instead of answering: \(String(reflecting: error))")
            return .text("Internal Server Error", status: .internalServerError)
        }
    }

    /// Writes the response; returns the number of body bytes sent (when known).
    private func write(_ response: ReinhardtHTTP.Response, method: HTTPRequest.Method, writer: consuming ResponseWriter) async throws -> Int? {
        var fields = response.headersForSending()
        fields[.date] = dateCache.current
        if let serverName = configuration.serverName { fields[.server] = serverName }
        let forbidsBody = response.statusForbidsBody
        if !forbidsBody, let length = response.body.contentLength { fields[.contentLength] = String(length) }
        let head = HTTPResponse(status: response.status, headerFields: fields)
        if method == .head || forbidsBody {
            try await writer.writeResponse(head)
            return 0
        }
        switch response.body.storage {
        case .buffer(let buffer):
            try await writer.write(response: head, body: HummingbirdCore.ResponseBody(byteBuffer: buffer))
            return buffer.readableBytes
        case .stream(let producer):
            let body = HummingbirdCore.ResponseBody(contentLength: response.body.contentLength) { hbWriter in
                var adapter: any ReinhardtHTTP.ResponseBodyWriter = WriterAdapter(inner: hbWriter)
                try await producer(&adapter)
                try await hbWriter.finish(nil)
            }
            try await writer.write(response: head, body: body)
            return response.body.contentLength
        }
    }
}

/// Lets Reinhardt's streaming producers write through HummingbirdCore's body writer.
struct WriterAdapter: ReinhardtHTTP.ResponseBodyWriter {
    var inner: any HummingbirdCore.ResponseBodyWriter
    mutating func write(_ buffer: ByteBuffer) async throws { try await inner.write(buffer) }
}

/// A request body stream that fails with ``RequestBodyTooLarge`` once more than `limit` bytes
/// arrived (for chunked bodies, whose length is not declared up front).
struct BodyLimit<Base: AsyncSequence & Sendable>: AsyncSequence, Sendable where Base.Element == ByteBuffer {
    let base: Base
    let limit: Int

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let limit: Int
        var received = 0

        mutating func next() async throws -> ByteBuffer? {
            guard let chunk = try await base.next() else { return nil }
            received += chunk.readableBytes
            guard received <= limit else { throw RequestBodyTooLarge(limit: limit, setting: "Settings.limits.maxBodySize") }
            return chunk
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: base.makeAsyncIterator(), limit: limit) }
}
