import Foundation
import HTTPTypes
import NIOCore
import CompressNIO
import Reinhardt
import ReinhardtTesting
import Testing

@Suite struct CommonMiddlewareTests {
    static let patterns: URLPatterns = [path("about/", text("about")), path("plain", text("plain"))]

    @Test func appendSlashRedirectsOnlyWhenTheSlashedPathResolves() async throws {
        let client = try client(Self.patterns, middleware: [CommonMiddleware()])
        let redirect = try await client.get("/about?x=1")
        #expect(redirect.status == .movedPermanently)
        #expect(redirect.headers[.location] == "/about/?x=1")
        #expect(try await client.get("/plain").text == "plain")
        #expect(try await client.get("/nothing").status == .notFound)
    }

    @Test func appendSlashCanBeTurnedOff() async throws {
        let client = try client(Self.patterns, middleware: [CommonMiddleware()]) { $0.appendSlash = false }
        #expect(try await client.get("/about").status == .notFound)
    }

    @Test func postWithoutSlashIsAnErrorInDebug() async throws {
        let client = try client(Self.patterns, middleware: [CommonMiddleware()], debug: true)
        let response = try await client.post("/about", form: [("a", "1")])
        #expect(response.status == .internalServerError)
        #expect(response.text.contains("doesn&#x27;t end in a slash") || response.text.contains("doesn't end in a slash"))
    }

    @Test func prependWWWRedirects() async throws {
        let client = try client(Self.patterns, middleware: [CommonMiddleware()]) {
            $0.prependWWW = true
            $0.allowedHosts = ["example.com", "www.example.com"]
        }
        client.host = "example.com"
        let response = try await client.get("/about/")
        #expect(response.status == .movedPermanently)
        #expect(response.headers[.location] == "http://www.example.com/about/")
        client.host = "www.example.com"
        #expect(try await client.get("/about/").text == "about")
    }
}

@Suite struct SecurityMiddlewareTests {
    @Test func defaultHeaders() async throws {
        let client = try client([path("x/", text("x"))], middleware: [SecurityMiddleware(), XFrameOptionsMiddleware()])
        let response = try await client.get("/x/")
        #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
        #expect(response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] == "same-origin")
        #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
        #expect(response.headers[.strictTransportSecurity] == nil)
    }

    @Test func sslRedirectAndHSTSBehindATrustedProxy() async throws {
        let client = try client([path("x/", text("x")), path("health/", text("ok"))], middleware: [SecurityMiddleware()]) {
            $0.security.sslRedirect = true
            $0.security.hstsSeconds = 3600
            $0.security.hstsIncludeSubdomains = true
            $0.security.redirectExempt = ["^health/$"]
            $0.secureProxySSLHeader = ("X-Forwarded-Proto", "https")
        }
        let plain = try await client.get("/x/?a=1")
        #expect(plain.status == .movedPermanently)
        #expect(plain.headers[.location] == "https://testserver/x/?a=1")
        #expect(try await client.get("/health/").text == "ok")
        let secure = try await client.get("/x/", headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
        #expect(secure.text == "x")
        #expect(secure.headers[.strictTransportSecurity] == "max-age=3600; includeSubDomains")
    }

    @Test func xFrameOptionsKeepsTheViewsValue() async throws {
        let view: @Sendable (Request) async throws -> Response = { _ in
            var response = Response.text("framed")
            response.headers[HTTPField.Name("X-Frame-Options")!] = "SAMEORIGIN"
            return response
        }
        let client = try client([path("x/", view)], middleware: [XFrameOptionsMiddleware()])
        #expect(try await client.get("/x/").headers[HTTPField.Name("X-Frame-Options")!] == "SAMEORIGIN")
    }
}

@Suite struct GZipMiddlewareTests {
    static let long = String(repeating: "Reinhardt compresses this. ", count: 40)
    static let patterns: URLPatterns = [
        path("long/", text(long)),
        path("short/", text("tiny")),
        path("stream/", { @Sendable _ in
            .stream(contentType: "text/plain") { writer in
                for _ in 0..<10 { try await writer.write(ByteBuffer(string: long)) }
            }
        }),
    ]

    @Test func compressesLargeBodiesForClientsThatAcceptGzip() async throws {
        let client = try client(Self.patterns, middleware: [GZipMiddleware()])
        let response = try await client.get("/long/", headers: [.acceptEncoding: "gzip, deflate"])
        #expect(response.headers[.contentEncoding] == "gzip")
        #expect(response.headers[.vary] == "Accept-Encoding")
        #expect(response.body.readableBytes < Self.long.utf8.count)
        var body = response.body
        let decompressed = try body.decompress(with: .gzip())
        #expect(String(buffer: decompressed) == Self.long)
    }

    @Test func leavesShortBodiesAndNonAcceptingClientsAlone() async throws {
        let client = try client(Self.patterns, middleware: [GZipMiddleware()])
        #expect(try await client.get("/short/", headers: [.acceptEncoding: "gzip"]).headers[.contentEncoding] == nil)
        let plain = try await client.get("/long/", headers: [.acceptEncoding: "identity, gzipped"])
        #expect(plain.headers[.contentEncoding] == nil)
        #expect(plain.headers[.vary] == "Accept-Encoding")
        #expect(plain.text == Self.long)
    }

    @Test func compressesStreams() async throws {
        let client = try client(Self.patterns, middleware: [GZipMiddleware()])
        let response = try await client.get("/stream/", headers: [.acceptEncoding: "gzip"])
        #expect(response.headers[.contentEncoding] == "gzip")
        var body = response.body
        let decompressed = try body.decompress(with: .gzip())
        #expect(String(buffer: decompressed) == String(repeating: Self.long, count: 10))
    }
}

@Suite struct ConditionalGetMiddlewareTests {
    @Test func etagIsAddedAndMatchingRequestsGet304() async throws {
        let client = try client([path("x/", text("hello"))], middleware: [ConditionalGetMiddleware()])
        let first = try await client.get("/x/")
        let etag = try #require(first.headers[.eTag])
        #expect(etag == "\"5d41402abc4b2a76b9719d911017c592\"")
        let second = try await client.get("/x/", headers: [.ifNoneMatch: etag])
        #expect(second.status == .notModified)
        #expect(second.body.readableBytes == 0)
        #expect(second.headers[.eTag] == etag)
        #expect(try await client.get("/x/", headers: [.ifNoneMatch: "\"other\""]).status == .ok)
        #expect(try await client.get("/x/", headers: [.ifMatch: "\"other\""]).status == .preconditionFailed)
    }

    @Test func lastModifiedIsHonoured() async throws {
        let view: @Sendable (Request) async throws -> Response = { _ in
            var response = Response.text("dated")
            response.headers[.lastModified] = "Wed, 21 Oct 2015 07:28:00 GMT"
            response.headers[.eTag] = nil
            return response
        }
        let client = try client([path("x/", view)], middleware: [ConditionalGetMiddleware()])
        #expect(try await client.get("/x/", headers: [.ifModifiedSince: "Wed, 21 Oct 2015 07:28:00 GMT"]).status == .notModified)
        #expect(try await client.get("/x/", headers: [.ifModifiedSince: "Tue, 20 Oct 2015 07:28:00 GMT"]).status == .ok)
    }
}
