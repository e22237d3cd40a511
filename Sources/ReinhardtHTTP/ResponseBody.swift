public import NIOCore

/// Something that accepts the chunks of a streamed response body.
public protocol ResponseBodyWriter {
    /// Sends one chunk to the client.
    mutating func write(_ buffer: ByteBuffer) async throws
}

/// The body of a ``Response``: bytes in memory, or a stream written chunk by chunk (Django's
/// `StreamingHttpResponse`).
public struct ResponseBody: Sendable {
    /// Writes a streamed body.
    public typealias Producer = @Sendable (inout any ResponseBodyWriter) async throws -> Void

    /// How the bytes are held.
    public enum Storage: Sendable {
        /// All bytes in memory.
        case buffer(ByteBuffer)
        /// Produced while the response is sent.
        case stream(Producer)
    }

    /// How the bytes are held.
    public var storage: Storage
    /// The length when known in advance (always for a buffer; optional for a stream, which is then chunked).
    public var contentLength: Int?

    /// An empty body.
    public init() {
        storage = .buffer(ByteBuffer())
        contentLength = 0
    }

    /// A body of `buffer`'s readable bytes.
    public init(buffer: ByteBuffer) {
        storage = .buffer(buffer)
        contentLength = buffer.readableBytes
    }

    /// The UTF-8 bytes of `string`.
    public init(string: String) {
        self.init(buffer: ByteBuffer(string: string))
    }

    /// A streamed body; `contentLength` is sent when known, otherwise the body is chunked.
    public init(contentLength: Int? = nil, producer: @escaping Producer) {
        storage = .stream(producer)
        self.contentLength = contentLength
    }

    /// The in-memory bytes, or `nil` for a stream.
    public var buffer: ByteBuffer? {
        if case .buffer(let buffer) = storage { return buffer }
        return nil
    }

    /// `true` for a streamed body.
    public var isStreaming: Bool { buffer == nil }

    /// Collects the whole body (draining a stream): for tests and middleware that must see all bytes.
    public func collect() async throws -> ByteBuffer {
        switch storage {
        case .buffer(let buffer): return buffer
        case .stream(let producer):
            var collector: any ResponseBodyWriter = CollectingWriter()
            try await producer(&collector)
            return (collector as! CollectingWriter).collected
        }
    }
}

/// A writer that keeps everything in memory.
struct CollectingWriter: ResponseBodyWriter {
    var collected = ByteBuffer()
    mutating func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        collected.writeBuffer(&buffer)
    }
}
