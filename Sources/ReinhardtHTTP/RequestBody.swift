public import NIOCore
import Synchronization

/// The body of a request: streamed from the socket, read at most once, cached once collected.
///
/// Views usually never touch it directly: ``Request/form()``, ``Request/files()`` and
/// ``Request/decodeJSON(_:decoder:)`` read it with the configured limits. Reading it yourself:
///
/// ```swift
/// let bytes = try await request.body.collect(upTo: 1 << 20)   // 413 past 1 MiB
/// for try await chunk in request.body.stream() { … }          // or chunk by chunk
/// ```
public final class RequestBody: Sendable {
    /// The chunks of a body that has not been read yet.
    public typealias Chunks = any AsyncSequence<ByteBuffer, any Error> & Sendable

    private enum State: Sendable {
        case buffered(ByteBuffer)
        case streaming(Chunks)
        case streamTaken
    }

    private let state: Mutex<State>
    /// The length the client declared in `Content-Length`, if any.
    public let declaredLength: Int?
    /// Cached parse of the body as a form (set by ``Request/formData()``).
    let parsedForm = Mutex<FormData?>(nil)

    /// An empty body.
    public static let empty = RequestBody(buffer: ByteBuffer())

    /// A body already in memory.
    public init(buffer: ByteBuffer) {
        self.state = Mutex(.buffered(buffer))
        self.declaredLength = buffer.readableBytes
    }

    /// A body that arrives as a stream of chunks.
    public init(stream: Chunks, declaredLength: Int?) {
        self.state = Mutex(.streaming(stream))
        self.declaredLength = declaredLength
    }

    /// Reads the whole body into memory, refusing more than `limit` bytes.
    ///
    /// The result is cached: calling it again returns the same bytes.
    /// - Throws: ``RequestBodyTooLarge`` past the limit (naming `setting`), or the stream's error.
    public func collect(upTo limit: Int, setting: String = "Settings.limits.maxInMemoryBodySize") async throws -> ByteBuffer {
        if let declaredLength, declaredLength > limit { throw RequestBodyTooLarge(limit: limit, setting: setting) }
        let current = state.withLock { state -> Result<ByteBuffer, any Error>? in
            switch state {
            case .buffered(let buffer): return .success(buffer)
            case .streamTaken: return .failure(BodyAlreadyConsumed())
            case .streaming: return nil
            }
        }
        if let current {
            let buffer = try current.get()
            guard buffer.readableBytes <= limit else { throw RequestBodyTooLarge(limit: limit, setting: setting) }
            return buffer
        }
        var collected = ByteBuffer()
        for try await var chunk in try stream() {
            guard collected.readableBytes + chunk.readableBytes <= limit else {
                throw RequestBodyTooLarge(limit: limit, setting: setting)
            }
            collected.writeBuffer(&chunk)
        }
        state.withLock { $0 = .buffered(collected) }
        return collected
    }

    /// Takes the body as a stream of chunks. A streamed body can be taken once; a buffered body
    /// yields its bytes as a single chunk every time.
    /// - Throws: ``BodyAlreadyConsumed`` if the stream was taken before.
    public func stream() throws -> Chunks {
        let taken = state.withLock { state -> Result<Chunks, BodyAlreadyConsumed> in
            switch state {
            case .buffered(let buffer): return .success(SingleChunk(buffer: buffer))
            case .streaming(let chunks):
                state = .streamTaken
                return .success(chunks)
            case .streamTaken: return .failure(BodyAlreadyConsumed())
            }
        }
        return try taken.get()
    }
}

/// The body stream was already taken (by an earlier ``RequestBody/stream()``), so it cannot be read again.
public struct BodyAlreadyConsumed: Error, CustomStringConvertible {
    /// Explains how to avoid it.
    public var description: String {
        "The request body stream was already read; read it once with collect(upTo:) (which caches) or stream() (which does not)."
    }
}

/// An async sequence of exactly one buffer.
struct SingleChunk: AsyncSequence, Sendable {
    let buffer: ByteBuffer

    struct AsyncIterator: AsyncIteratorProtocol {
        var buffer: ByteBuffer?
        mutating func next() async throws -> ByteBuffer? {
            defer { buffer = nil }
            return buffer
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(buffer: buffer.readableBytes > 0 ? buffer : nil)
    }
}
