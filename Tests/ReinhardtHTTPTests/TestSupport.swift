import HTTPTypes
import NIOCore
@testable import ReinhardtHTTP

/// A request for `method path` with optional headers and body, as the server would build it.
func makeRequest(
    _ method: HTTPRequest.Method = .get,
    _ path: String,
    headers: HTTPFields = [:],
    body: String? = nil,
    policy: RequestPolicy = .permissive
) -> Request {
    var fields = headers
    if let body { fields[.contentLength] = String(body.utf8.count) }
    let head = HTTPRequest(method: method, scheme: "http", authority: "testserver", path: path, headerFields: fields)
    let requestBody = body.map { RequestBody(buffer: ByteBuffer(string: $0)) } ?? .empty
    return Request(head: head, body: requestBody, policy: policy)
}

/// A streamed body that arrives in the given chunks.
struct Chunks: AsyncSequence, Sendable {
    let parts: [ByteBuffer]
    struct AsyncIterator: AsyncIteratorProtocol {
        var parts: [ByteBuffer]
        mutating func next() async throws -> ByteBuffer? { parts.isEmpty ? nil : parts.removeFirst() }
    }
    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(parts: parts) }
}
