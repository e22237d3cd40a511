import MultipartKit
import NIOCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads a `multipart/form-data` body as it streams in: text fields into memory (counted against
/// the field and memory limits), files into memory until they outgrow
/// ``RequestLimits/maxFileMemorySize`` and into a temporary file after that.
final class MultipartFormReader {
    private let parser: MultipartParser
    private let limits: RequestLimits
    private var form = FormData()
    private var part = PartState()
    private var fieldBytes = 0
    private var sawPart = false
    private var failure: (any Error)?

    /// The headers and bytes of the part being read.
    private struct PartState {
        var headers: [(String, String)] = []
        var buffer = ByteBuffer()
        var spool: (descriptor: Int32, path: String)?
        var size = 0
        var disposition: MediaType?
        var isOpen = false
    }

    init(boundary: String, limits: RequestLimits) {
        self.parser = MultipartParser(boundary: boundary)
        self.limits = limits
        parser.onHeader = { [unowned self] name, value in
            part.isOpen = true
            sawPart = true
            part.headers.append((name.lowercased(), value))
        }
        parser.onBody = { [unowned self] chunk in
            guard failure == nil else { return }
            do { try receive(&chunk) } catch { failure = error }
        }
        parser.onPartComplete = { [unowned self] in
            guard failure == nil else { return }
            do { try completePart() } catch { failure = error }
        }
    }

    /// Reads the whole stream and returns the form.
    /// - Throws: a 400 for a malformed body or too many fields/files, a 413 past the memory limit.
    func read(_ chunks: RequestBody.Chunks) async throws -> FormData {
        do {
            for try await chunk in chunks {
                do { try parser.execute(chunk) } catch { throw HTTPError.badRequest("Malformed multipart body.") }
                if let failure { throw failure }
            }
            guard !part.isOpen, sawPart else {
                throw HTTPError.badRequest("The multipart body ended before its closing boundary.")
            }
            return form
        } catch {
            discardSpool()
            throw error
        }
    }

    private var isFile: Bool { part.disposition?.parameters["filename"] != nil }

    private func receive(_ chunk: inout ByteBuffer) throws {
        if part.disposition == nil { try startPart() }
        part.size += chunk.readableBytes
        if isFile {
            try receiveFileBytes(&chunk)
        } else {
            fieldBytes += chunk.readableBytes
            guard fieldBytes <= limits.maxInMemoryBodySize else {
                throw RequestBodyTooLarge(limit: limits.maxInMemoryBodySize, setting: "Settings.limits.maxInMemoryBodySize")
            }
            part.buffer.writeBuffer(&chunk)
        }
    }

    private func receiveFileBytes(_ chunk: inout ByteBuffer) throws {
        if let spool = part.spool {
            try TemporaryFile.write(chunk, to: spool.descriptor)
        } else if part.size > limits.maxFileMemorySize {
            let spool = try TemporaryFile.create(in: limits.temporaryDirectory)
            part.spool = spool
            try TemporaryFile.write(part.buffer, to: spool.descriptor)
            try TemporaryFile.write(chunk, to: spool.descriptor)
            part.buffer = ByteBuffer()
        } else {
            part.buffer.writeBuffer(&chunk)
        }
    }

    private func startPart() throws {
        guard let header = part.headers.last(where: { $0.0 == "content-disposition" })?.1 else {
            throw HTTPError.badRequest("A multipart part has no Content-Disposition header.")
        }
        let disposition = MediaType(header)
        guard disposition.type == "form-data", disposition.parameters["name"] != nil else {
            throw HTTPError.badRequest("A multipart part is not form-data with a name.")
        }
        part.disposition = disposition
        if isFile {
            guard form.files.count < limits.maxFiles else {
                throw SuspiciousOperation(kind: "TooManyFilesSent", "The number of files exceeded Settings.limits.maxFiles (\(limits.maxFiles)).")
            }
        } else {
            guard form.fields.totalValueCount < limits.maxFormFields else {
                throw SuspiciousOperation(kind: "TooManyFieldsSent", "The number of GET/POST parameters exceeded Settings.limits.maxFormFields (\(limits.maxFormFields)).")
            }
        }
    }

    private func completePart() throws {
        if part.disposition == nil { try startPart() }
        defer { part = PartState() }
        guard let disposition = part.disposition, let name = disposition.parameters["name"] else { return }
        guard let filename = disposition.parameters["filename"] else {
            form.fields.append(String(decoding: part.buffer.readableBytesView, as: UTF8.self), for: name)
            return
        }
        let storage: UploadedFile.Storage
        if let spool = part.spool {
            close(spool.descriptor)
            storage = .temporaryFile(path: spool.path)
            part.spool = nil
        } else {
            storage = .memory(part.buffer)
        }
        let contentType = part.headers.last { $0.0 == "content-type" }?.1
        let file = UploadedFile(fieldName: name, filename: Self.baseName(filename), contentType: contentType, size: part.size, storage: storage)
        form.files.append((name, file))
    }

    /// Drops any directory part a client put in the file name (Django's `os.path.basename` rule).
    static func baseName(_ filename: String) -> String {
        let name = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return name
    }

    private func discardSpool() {
        if let spool = part.spool {
            close(spool.descriptor)
            unlink(spool.path)
        }
    }
}
