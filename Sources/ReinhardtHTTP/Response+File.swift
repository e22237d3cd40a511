import Foundation
import HTTPTypes
import NIOCore
#if canImport(Glibc)
import Glibc
#endif

extension Response {
    /// The file at `path`, streamed in chunks: Django's `FileResponse`, plus what it lacks — an
    /// `ETag`, `Last-Modified`, and a single byte range (`206`, or `416` when unsatisfiable).
    ///
    /// Conditional requests (`If-None-Match`, `If-Modified-Since`) are answered by
    /// `ConditionalGetMiddleware` from these headers.
    /// - Parameters:
    ///   - path: The file to send.
    ///   - request: The request, for its `Range` and `If-Range` headers.
    ///   - contentType: Overrides the type guessed from the file extension.
    ///   - attachmentName: When set, the browser is told to download the file under this name.
    /// - Throws: a 404 ``HTTPError`` if there is no regular file at `path`.
    public static func file(at path: String, request: Request, contentType: String? = nil, attachmentName: String? = nil) throws -> Response {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw HTTPError.notFound() }
        let size = Int(info.st_size)
        let modified = Double(info.st_mtim.tv_sec)
        var response = Response()
        response.headers[.contentType] = contentType ?? MediaTypes.guess(forPath: path)
        response.headers[.acceptRanges] = "bytes"
        response.headers[.lastModified] = httpDate(Date(timeIntervalSince1970: modified))
        response.headers[.eTag] = "\"\(String(Int(info.st_mtim.tv_sec), radix: 16))-\(String(size, radix: 16))\""
        if let attachmentName {
            response.headers[.contentDisposition] = "attachment; filename=\"\(attachmentName.replacingOccurrences(of: "\"", with: "\\\""))\""
        }
        switch ByteRange.select(request: request, size: size, response: response) {
        case .whole:
            response.body = fileBody(path: path, offset: 0, length: size)
        case .partial(let range):
            response.status = .partialContent
            response.headers[.contentRange] = "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(size)"
            response.body = fileBody(path: path, offset: range.lowerBound, length: range.count)
        case .unsatisfiable:
            response.status = .rangeNotSatisfiable
            response.headers[.contentRange] = "bytes */\(size)"
            response.body = ResponseBody()
        }
        return response
    }

    private static func fileBody(path: String, offset: Int, length: Int) -> ResponseBody {
        ResponseBody(contentLength: length) { writer in
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw HTTPError.notFound() }
            defer { close(descriptor) }
            var position = offset
            let end = offset + length
            while position < end {
                let chunkSize = min(64 * 1024, end - position)
                var chunk = ByteBuffer()
                let count = chunk.writeWithUnsafeMutableBytes(minimumWritableBytes: chunkSize) {
                    pread(descriptor, $0.baseAddress!, chunkSize, off_t(position))
                }
                guard count > 0 else { throw UploadError(description: "Reading \(path) failed (errno \(errno)).") }
                position += count
                try await writer.write(chunk)
            }
        }
    }
}

/// Which part of a file a `Range` request asks for.
enum ByteRange: Equatable {
    case whole
    case partial(Range<Int>)
    case unsatisfiable

    /// Picks the range: one `bytes=` range is honoured; several ranges, an `If-Range` that does
    /// not match, or a malformed header give the whole file.
    static func select(request: Request, size: Int, response: Response) -> ByteRange {
        guard request.method == .get || request.method == .head, let header = request.headers[.range] else { return .whole }
        if let ifRange = request.headers[.ifRange], ifRange != response.headers[.eTag], ifRange != response.headers[.lastModified] {
            return .whole
        }
        return parse(header, size: size)
    }

    /// Parses a `Range` header value against a file of `size` bytes.
    static func parse(_ header: String, size: Int) -> ByteRange {
        let value = header.trimmingCharacters(in: .whitespaces)
        guard value.lowercased().hasPrefix("bytes="), !value.contains(",") else { return .whole }
        let spec = value.dropFirst(6).trimmingCharacters(in: .whitespaces)
        guard let dash = spec.firstIndex(of: "-") else { return .whole }
        let first = spec[..<dash], last = spec[spec.index(after: dash)...]
        if first.isEmpty {
            guard let suffix = Int(last), suffix > 0 else { return last.isEmpty ? .whole : .unsatisfiable }
            return size == 0 ? .unsatisfiable : .partial(max(0, size - suffix)..<size)
        }
        guard let start = Int(first), start >= 0 else { return .whole }
        guard start < size else { return .unsatisfiable }
        if last.isEmpty { return .partial(start..<size) }
        guard let end = Int(last), end >= start else { return .whole }
        return .partial(start..<min(end + 1, size))
    }
}

/// Content types by file extension, for file responses.
enum MediaTypes {
    private static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8", "txt": "text/plain; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json", "xml": "application/xml", "csv": "text/csv; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "svg": "image/svg+xml",
        "webp": "image/webp", "ico": "image/vnd.microsoft.icon", "avif": "image/avif",
        "pdf": "application/pdf", "zip": "application/zip", "gz": "application/gzip", "tar": "application/x-tar",
        "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
        "mp3": "audio/mpeg", "mp4": "video/mp4", "webm": "video/webm", "ogg": "audio/ogg", "wasm": "application/wasm",
    ]

    /// The type for `path`'s extension, or `application/octet-stream`.
    static func guess(forPath path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "application/octet-stream" }
        return byExtension[path[path.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}

extension HTTPField.Name {
    /// `Content-Disposition`.
    static let contentDisposition = HTTPField.Name("Content-Disposition")!
}
