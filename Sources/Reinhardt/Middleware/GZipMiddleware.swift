import CompressNIO
import HTTPTypes
import NIOCore
public import ReinhardtHTTP
import Foundation

/// Django's `GZipMiddleware`: compresses responses for clients that accept gzip, following
/// Django's rules for when not to — bodies under 200 bytes, responses that already have a
/// `Content-Encoding`, and compressed output that is not smaller. Adds `Vary: Accept-Encoding`,
/// and weakens a strong `ETag`. Streamed bodies are compressed chunk by chunk.
///
/// Django also pads the gzip header with random bytes against BREACH; CompressNIO offers no header
/// control, so Reinhardt does not. Do not compress responses that mix secrets with user input.
public struct GZipMiddleware: Middleware {
    /// Creates the middleware.
    public init() {}

    /// Compresses the response when Django would.
    public func respond(to request: Request, next: Next) async throws -> Response {
        var response = try await next(request)
        if let buffer = response.body.buffer, buffer.readableBytes < 200 { return response }
        if response.headers[.contentEncoding] != nil { return response }
        patchVary(&response, adding: "Accept-Encoding")
        guard Self.acceptsGzip(request.headers[.acceptEncoding] ?? "") else { return response }
        if let buffer = response.body.buffer {
            var input = buffer
            let compressed = try input.compress(with: .gzip())
            guard compressed.readableBytes < buffer.readableBytes else { return response }
            response.body = ResponseBody(buffer: compressed)
        } else {
            response.body = Self.compressedStream(response.body)
        }
        if let etag = response.headers[.eTag], etag.hasPrefix("\"") { response.headers[.eTag] = "W/" + etag }
        response.headers[.contentEncoding] = "gzip"
        return response
    }

    /// Django's `\bgzip\b` test on `Accept-Encoding`.
    static func acceptsGzip(_ header: String) -> Bool {
        var searchStart = header.startIndex
        while let range = header.range(of: "gzip", options: .caseInsensitive, range: searchStart..<header.endIndex) {
            let before = range.lowerBound == header.startIndex ? nil : header[header.index(before: range.lowerBound)]
            let after = range.upperBound == header.endIndex ? nil : header[range.upperBound]
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber || character == "_"
    }

    private static func compressedStream(_ body: ResponseBody) -> ResponseBody {
        ResponseBody { writer in
            let compressor = CompressionAlgorithm.gzip().compressor
            try compressor.startStream()
            var compressing: any ResponseBodyWriter = GzipWriter(compressor: compressor, downstream: writer)
            if case .stream(let producer) = body.storage { try await producer(&compressing) }
            var finished = compressing as! GzipWriter
            try await finished.finish()
            try compressor.finishStream()
            writer = finished.downstream
        }
    }
}

/// Compresses each chunk as it passes (flushing so clients see data as it is produced).
private struct GzipWriter: ResponseBodyWriter {
    let compressor: any NIOCompressor
    var downstream: any ResponseBodyWriter

    mutating func write(_ buffer: ByteBuffer) async throws {
        var input = buffer
        var output = ByteBufferAllocator().buffer(capacity: compressor.maxSize(from: input))
        try input.compressStream(to: &output, with: compressor, flush: .sync)
        if output.readableBytes > 0 { try await downstream.write(output) }
    }

    mutating func finish() async throws {
        var empty = ByteBuffer()
        var output = ByteBufferAllocator().buffer(capacity: 64)
        try empty.compressStream(to: &output, with: compressor, flush: .finish)
        if output.readableBytes > 0 { try await downstream.write(output) }
    }
}

/// Adds `value` to the response's `Vary` header unless it is already there (Django's `patch_vary_headers`).
func patchVary(_ response: inout Response, adding value: String) {
    let existing = (response.headers[.vary] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    if existing.contains("*") || existing.contains(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) { return }
    response.headers[.vary] = (existing + [value]).filter { !$0.isEmpty }.joined(separator: ", ")
}
