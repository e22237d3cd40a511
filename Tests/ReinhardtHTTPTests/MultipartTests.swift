import Foundation
import HTTPTypes
import NIOCore
import Testing
@testable import ReinhardtHTTP

@Suite struct MultipartTests {
    static let boundary = "XyZ123"

    static func body(_ parts: [(name: String, filename: String?, value: String)], closed: Bool = true) -> String {
        var text = ""
        for part in parts {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(part.name)\""
            if let filename = part.filename { text += "; filename=\"\(filename)\"\r\nContent-Type: text/plain" }
            text += "\r\n\r\n\(part.value)\r\n"
        }
        return text + (closed ? "--\(boundary)--\r\n" : "")
    }

    /// A multipart request whose body arrives in chunks of `chunkSize` bytes.
    static func request(_ body: String, limits: RequestLimits = RequestLimits(), chunkSize: Int = 7) -> Request {
        let bytes = Array(body.utf8)
        let chunks = stride(from: 0, to: bytes.count, by: chunkSize).map { ByteBuffer(bytes: bytes[$0..<min($0 + chunkSize, bytes.count)]) }
        let head = HTTPRequest(method: .post, scheme: "http", authority: "x", path: "/upload/", headerFields: [.contentType: "multipart/form-data; boundary=\(boundary)"])
        return Request(head: head, body: RequestBody(stream: Chunks(parts: chunks), declaredLength: nil), policy: RequestPolicy(allowedHosts: ["*"], limits: limits))
    }

    @Test func fieldsAndSmallFilesStayInMemory() async throws {
        let request = Self.request(Self.body([("title", nil, "Hello"), ("doc", "../../etc/notes.txt", "file contents")]))
        let form = try await request.formData()
        #expect(form.fields["title"] == "Hello")
        let file = try #require(form.file("doc"))
        #expect(file.filename == "notes.txt")
        #expect(file.contentType == "text/plain")
        #expect(file.size == 13)
        guard case .memory = file.storage else { Issue.record("expected an in-memory file"); return }
        #expect(String(buffer: try file.readAll()) == "file contents")
    }

    @Test func largeFilesAreSpooledToATemporaryFileThatIsDeletedAfterUse() async throws {
        let contents = String(repeating: "0123456789", count: 100)
        let request = Self.request(Self.body([("big", "big.bin", contents)]), limits: RequestLimits(maxFileMemorySize: 64))
        var path = ""
        do {
            let file = try #require(try await request.files().first?.file)
            guard case .temporaryFile(let spooled) = file.storage else { Issue.record("expected a spooled file"); return }
            path = spooled
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(String(buffer: try file.readAll()) == contents)
        }
        _ = request
        #expect(!path.isEmpty)
    }

    @Test func tooManyFieldsOrFilesIsA400() async throws {
        let fields = Self.request(Self.body([("a", nil, "1"), ("b", nil, "2"), ("c", nil, "3")]), limits: RequestLimits(maxFormFields: 2))
        let fieldError = await #expect(throws: SuspiciousOperation.self) { try await fields.form() }
        #expect(fieldError?.kind == "TooManyFieldsSent")
        let files = Self.request(Self.body([("a", "1.txt", "1"), ("b", "2.txt", "2")]), limits: RequestLimits(maxFiles: 1))
        let fileError = await #expect(throws: SuspiciousOperation.self) { try await files.files() }
        #expect(fileError?.kind == "TooManyFilesSent")
    }

    @Test func truncatedOrMalformedBodiesAreA400() async throws {
        let truncated = Self.request(Self.body([("a", nil, "1")], closed: false))
        let error = await #expect(throws: HTTPError.self) { try await truncated.form() }
        #expect(error?.status == .badRequest)
        let noDisposition = Self.request("--\(Self.boundary)\r\nX-Other: 1\r\n\r\nvalue\r\n--\(Self.boundary)--\r\n")
        await #expect(throws: HTTPError.self) { try await noDisposition.form() }
        let head = HTTPRequest(method: .post, scheme: "http", authority: "x", path: "/", headerFields: [.contentType: "multipart/form-data"])
        await #expect(throws: HTTPError.self) { try await Request(head: head, body: RequestBody(buffer: ByteBuffer(string: "x"))).form() }
    }

    @Test func fieldDataOverTheMemoryLimitIsA413() async throws {
        let request = Self.request(Self.body([("a", nil, String(repeating: "x", count: 100))]), limits: RequestLimits(maxInMemoryBodySize: 50))
        await #expect(throws: RequestBodyTooLarge.self) { try await request.form() }
    }
}
