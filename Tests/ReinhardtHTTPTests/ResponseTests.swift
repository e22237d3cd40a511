import Foundation
import HTTPTypes
import NIOCore
import Testing
@testable import ReinhardtHTTP

@Suite struct ResponseTests {
    @Test func redirectsUseTheRightStatus() throws {
        #expect(try Response.redirect(to: "/a/").status == .found)
        #expect(try Response.redirect(to: "/a/", permanent: true).status == .movedPermanently)
        #expect(try Response.redirect(to: "/a/", preserveMethod: true).status == .temporaryRedirect)
        #expect(try Response.redirect(to: "/a/", permanent: true, preserveMethod: true).status == .permanentRedirect)
        #expect(try Response.redirect(to: "/caf\u{e9}/").headers[.location] == "/caf%C3%A9/")
    }

    @Test func bodyHelpersSetExactlyOneContentType() {
        let cases: [(Response, String)] = [
            (.text("a"), "text/plain; charset=utf-8"),
            (.html("a"), "text/html; charset=utf-8"),
            (.withBody("a", contentType: "application/json"), "application/json"),
            (.withBody("a", contentType: "text/plain"), "text/plain"),
            // The same lengths as usual types, different text.
            (.withBody("a", contentType: "text/plain; charset=UTF-8"), "text/plain; charset=UTF-8"),
            (.withBody("a", contentType: "text/html; charset=UTF-8"), "text/html; charset=UTF-8"),
            (.withBody("a", contentType: "application/jsoN"), "application/jsoN"),
            (.withBody("a", contentType: "text/csv\r\nX-Injected: 1"), "text/csv  X-Injected: 1"),
        ]
        for (response, expected) in cases {
            #expect(response.headers[values: .contentType] == [expected])
            #expect(response.headers.count == 1)
        }
    }

    struct Item: Encodable {
        var id: Int
        var name: String
        var url: URL
    }

    @Test func jsonKeepsDeclarationOrderUnlessAnEncoderIsGiven() throws {
        let item = Item(id: 7, name: "Lamp", url: URL(string: "https://example.com/a")!)
        let response = try Response.json(item, status: .created)
        #expect(response.status == .created)
        #expect(response.headers[.contentType] == "application/json")
        let body = try #require(response.body.buffer)
        #expect(String(buffer: body) == #"{"id":7,"name":"Lamp","url":"https:\/\/example.com\/a"}"#)
        let sorted = JSONEncoder()
        sorted.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let sortedBody = try #require(try Response.json(item, encoder: sorted).body.buffer)
        #expect(String(buffer: sortedBody) == #"{"id":7,"name":"Lamp","url":"https://example.com/a"}"#)
        #expect(throws: EncodingError.self) { try Response.json([Double.nan]) }
    }

    @Test func redirectsToOtherSchemesAreRefused() {
        for target in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", " javascript:x"] {
            let error = #expect(throws: SuspiciousOperation.self) { try Response.redirect(to: target) }
            #expect(error?.kind == "DisallowedRedirect")
        }
        #expect(throws: Never.self) { try Response.redirect(to: "https://example.com/") }
    }

    @Test func safeRedirectFallsBackForOffsiteTargets() throws {
        let request = makeRequest(.get, "/login/")
        #expect(try Response.safeRedirect(to: "/account/", request: request).headers[.location] == "/account/")
        #expect(try Response.safeRedirect(to: "https://evil.example/", request: request).headers[.location] == "/")
        #expect(try Response.safeRedirect(to: "//evil.example/", request: request, fallback: "/home/").headers[.location] == "/home/")
        #expect(try Response.safeRedirect(to: nil, request: request).headers[.location] == "/")
    }

    @Test func cookiesBecomeSetCookieHeaders() throws {
        var response = Response.text("ok")
        try response.setCookie(Cookie(name: "a", value: "1"))
        try response.setCookie(Cookie(name: "a", value: "2", httpOnly: true))
        response.deleteCookie("old")
        let values = response.headersForSending(now: Date(timeIntervalSince1970: 0))[values: .setCookie]
        #expect(values.count == 2)
        #expect(values[0] == "a=2; HttpOnly; Path=/")
        #expect(values[1].hasPrefix("old=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"))
    }

    @Test func theClockIsReadOnlyForCookies() throws {
        var reads = 0
        func clock() -> Date {
            reads += 1
            return Date(timeIntervalSince1970: 0)
        }
        var response = Response.text("ok")
        #expect(response.headersForSending(now: clock()) == response.headers)
        #expect(reads == 0)
        try response.setCookie(Cookie(name: "a", value: "1", maxAge: 60))
        try response.setCookie(Cookie(name: "b", value: "2", maxAge: 60))
        let values = response.headersForSending(now: clock())[values: .setCookie]
        #expect(reads == 1)
        #expect(values.count == 2)
        #expect(values[0].contains("expires=Thu, 01 Jan 1970 00:01:00 GMT"))
    }

    @Test func streamedBodiesCanBeCollected() async throws {
        let response = Response.stream { writer in
            try await writer.write(ByteBuffer(string: "a"))
            try await writer.write(ByteBuffer(string: "b"))
        }
        #expect(response.body.isStreaming)
        #expect(response.body.contentLength == nil)
        #expect(String(buffer: try await response.body.collect()) == "ab")
    }
}

@Suite struct FileResponseTests {
    static func withFile(_ contents: String, _ body: (String) async throws -> Void) async throws {
        let path = NSTemporaryDirectory() + "reinhardt-file-\(UUID().uuidString).txt"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await body(path)
    }

    @Test func wholeFileWithValidators() async throws {
        try await Self.withFile("0123456789") { path in
            let response = try Response.file(at: path, request: makeRequest(.get, "/f"))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(response.headers[.eTag]?.hasPrefix("\"") == true)
            #expect(response.headers[.lastModified]?.hasSuffix("GMT") == true)
            #expect(response.headers[.acceptRanges] == "bytes")
            #expect(String(buffer: try await response.body.collect()) == "0123456789")
        }
    }

    @Test func singleRangesGive206AndUnsatisfiableOnes416() async throws {
        try await Self.withFile("0123456789") { path in
            let range = { (value: String) in try Response.file(at: path, request: makeRequest(.get, "/f", headers: [.range: value])) }
            let middle = try range("bytes=2-4")
            #expect(middle.status == .partialContent)
            #expect(middle.headers[.contentRange] == "bytes 2-4/10")
            #expect(String(buffer: try await middle.body.collect()) == "234")
            #expect(String(buffer: try await range("bytes=-3").body.collect()) == "789")
            #expect(String(buffer: try await range("bytes=7-").body.collect()) == "789")
            let beyond = try range("bytes=20-30")
            #expect(beyond.status == .rangeNotSatisfiable)
            #expect(beyond.headers[.contentRange] == "bytes */10")
            #expect(try range("bytes=0-1,3-4").status == .ok)
            #expect(try range("items=0-1").status == .ok)
        }
    }

    @Test func missingFilesAre404() {
        let error = #expect(throws: HTTPError.self) { try Response.file(at: "/nonexistent/file", request: makeRequest(.get, "/f")) }
        #expect(error?.status == .notFound)
    }
}
