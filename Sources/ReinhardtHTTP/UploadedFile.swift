public import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file sent in a `multipart/form-data` body: Django's `UploadedFile`.
///
/// Small files stay in memory; files larger than ``RequestLimits/maxFileMemorySize`` were streamed
/// to a temporary file while the body arrived, which is deleted when the last reference goes away.
public final class UploadedFile: Sendable {
    /// Where the bytes are.
    public enum Storage: Sendable {
        /// Kept in memory.
        case memory(ByteBuffer)
        /// Written to a temporary file at this path.
        case temporaryFile(path: String)
    }

    /// The form field the file came in.
    public let fieldName: String
    /// The file name the client gave, without any directory part.
    public let filename: String
    /// The content type the client declared.
    public let contentType: String?
    /// The size in bytes.
    public let size: Int
    /// Where the bytes are.
    public let storage: Storage

    /// Creates an uploaded file.
    public init(fieldName: String, filename: String, contentType: String?, size: Int, storage: Storage) {
        self.fieldName = fieldName
        self.filename = filename
        self.contentType = contentType
        self.size = size
        self.storage = storage
    }

    deinit {
        if case .temporaryFile(let path) = storage { unlink(path) }
    }

    /// Reads the whole file into memory.
    /// - Throws: ``UploadError`` if the temporary file cannot be read.
    public func readAll() throws -> ByteBuffer {
        switch storage {
        case .memory(let buffer): return buffer
        case .temporaryFile(let path): return try TemporaryFile.read(path: path, size: size)
        }
    }
}

/// A problem reading or storing an upload.
public struct UploadError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String
}

/// Minimal POSIX file I/O for upload spooling (small sequential writes to the temporary directory).
enum TemporaryFile {
    /// Creates a new empty temporary file and returns its descriptor and path.
    static func create(in directory: String?) throws -> (descriptor: Int32, path: String) {
        let base = directory ?? (getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp")
        var template = Array((base + "/reinhardt-upload-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw UploadError(description: "Cannot create a temporary file in \(base) (errno \(errno)).") }
        return (descriptor, String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Writes all of `buffer` to `descriptor`.
    static func write(_ buffer: ByteBuffer, to descriptor: Int32) throws {
        try buffer.withUnsafeReadableBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                guard written > 0 else { throw UploadError(description: "Writing an upload to disk failed (errno \(errno)).") }
                offset += written
            }
        }
    }

    /// Reads `size` bytes from the file at `path`.
    static func read(path: String, size: Int) throws -> ByteBuffer {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw UploadError(description: "Cannot open \(path) (errno \(errno)).") }
        defer { close(descriptor) }
        var buffer = ByteBuffer()
        buffer.reserveCapacity(size)
        let count = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { pointer in
            Glibc.read(descriptor, pointer.baseAddress!, size)
        }
        guard count == size else { throw UploadError(description: "Reading \(path) returned \(count) of \(size) bytes.") }
        return buffer
    }
}
