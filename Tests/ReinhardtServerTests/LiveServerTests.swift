import Synchronization
import Foundation
import Logging
import HTTPTypes
import NIOCore
import Reinhardt
import ReinhardtTesting
import Testing

@Sendable func echoJSON(_ request: Request) async throws -> Response {
    struct Payload: Codable { var name: String; var count: Int }
    return try .json(try await request.decodeJSON(Payload.self))
}

@Sendable func echoForm(_ request: Request) async throws -> Response {
    .text("fields=\(try await request.form().count)")
}

/// How many `/slow/` requests have reached their view, so tests can act once one is in flight.
let slowRequestsStarted = Atomic<Int>(0)

@Sendable func slow(_ request: Request) async throws -> Response {
    slowRequestsStarted.add(1, ordering: .sequentiallyConsistent)
    try await Task.sleep(for: .milliseconds(600))
    return .text("finally")
}

let liveApp: Application = {
    var settings = Settings(debug: false, allowedHosts: ["127.0.0.1", "localhost"], secretKey: "live", rootURLConf: [
        path("hello/", { @Sendable _ in .text("Hello, World!") }),
        path("products/<int:id>/", { @Sendable (_: Request, id: Int) in .text("product \(id)") }),
        path("json/", echoJSON),
        path("form/", echoForm),
        path("slow/", slow),
        path("stream/", { @Sendable _ in
            .stream(contentType: "text/plain") { writer in
                for piece in ["one,", "", "two,", "three"] { try await writer.write(ByteBuffer(string: piece)) }
            }
        }),
        path("empty/", { @Sendable _ in Response(status: .noContent) }),
        path("big/", { @Sendable _ in .text(String(repeating: "x", count: 40_000)) }),
    ])
    settings.limits.maxBodySize = 1024
    settings.limits.maxFormFields = 5
    settings.logLevel = .critical
    return try! Application(settings: settings)
}()

/// Serves `liveApp` with short timeouts and small header limits.
func withServer(_ body: (LiveServer) async throws -> Void) async throws {
    try await withLiveServer(liveApp, configure: { server in
        server.readTimeout = .milliseconds(700)
        server.maxHeaderListSize = 4096
    }, body)
}

/// Sends `raw` on a new connection and reads one response.
func exchange(_ raw: String, port: Int) async throws -> RawResponse? {
    try await RawConnection.with(port: port) { connection in
        try await connection.send(raw)
        return try await connection.readResponse()
    }
}

@Suite(.serialized) struct LiveServerTests {
    @Test func keepAliveAndPipelining() async throws {
        try await withServer { server in
            try await RawConnection.with(port: server.port) { connection in
                try await connection.send("GET /hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /products/7/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                let first = try #require(try await connection.readResponse())
                let second = try #require(try await connection.readResponse())
                #expect(first.body == "Hello, World!")
                #expect(second.body == "product 7")
                #expect(first.header("date") != nil)
                #expect(first.header("server") == "Reinhardt")
                try await connection.send("GET /hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                #expect(try await connection.readResponse()?.statusCode == 200)
            }
        }
    }

    @Test func pipelinedRequestsWaitForASlowResponseAndKeepTheirOrder() async throws {
        try await withServer { server in
            try await RawConnection.with(port: server.port) { connection in
                try await connection.send(
                    "GET /slow/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /products/1/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        + "GET /products/2/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                #expect(try await connection.readResponse()?.body == "finally")
                #expect(try await connection.readResponse()?.body == "product 1")
                #expect(try await connection.readResponse()?.body == "product 2")
                try await connection.send("GET /hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                #expect(try await connection.readResponse()?.body == "Hello, World!")
            }
        }
    }

    @Test func streamedBodiesAreChunkedForHTTP11AndDelimitedByCloseForHTTP10() async throws {
        try await withServer { server in
            let chunked = try await RawConnection.with(port: server.port) { connection in
                try await connection.send("GET /stream/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                return try await connection.readUntilClosed()
            }
            #expect(chunked.contains("\r\nTransfer-Encoding: chunked\r\n"))
            #expect(!chunked.contains("Content-Length"))
            #expect(chunked.hasSuffix("\r\n\r\n4\r\none,\r\n4\r\ntwo,\r\n5\r\nthree\r\n0\r\n\r\n"))

            let closeDelimited = try await RawConnection.with(port: server.port) { connection in
                try await connection.send("GET /stream/ HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n")
                return try await connection.readUntilClosed()
            }
            #expect(closeDelimited.hasPrefix("HTTP/1.0 200 OK\r\n"))
            #expect(closeDelimited.contains("\r\nConnection: close\r\n"))
            #expect(!closeDelimited.contains("Transfer-Encoding"))
            #expect(closeDelimited.hasSuffix("\r\n\r\none,two,three"))
        }
    }

    @Test func framingFollowsTheMethodAndStatus() async throws {
        try await withServer { server in
            try await RawConnection.with(port: server.port) { connection in
                // HEAD: the GET's length, no body; the connection stays usable.
                try await connection.send("HEAD /hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /empty/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                let head = try #require(try await connection.readResponse(toHEAD: true))
                #expect(head.header("content-length") == "13")
                #expect(head.body.isEmpty)
                let empty = try #require(try await connection.readResponse())
                #expect(empty.statusCode == 204)
                #expect(empty.header("content-length") == nil)
                // A body too large to copy behind the head goes out as its own buffer.
                try await connection.send("GET /big/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                let big = try #require(try await connection.readResponse())
                #expect(big.body == String(repeating: "x", count: 40_000))
            }
            // HTTP/1.0 keep-alive is honoured and said.
            try await RawConnection.with(port: server.port) { connection in
                try await connection.send("GET /hello/ HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n")
                let first = try #require(try await connection.readResponse())
                #expect(first.head.hasPrefix("HTTP/1.0 200 OK"))
                #expect(first.header("connection") == "keep-alive")
                try await connection.send("GET /hello/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                let second = try #require(try await connection.readResponse())
                #expect(second.header("connection") == "close")
                #expect(try await connection.readUntilClosed().isEmpty)
            }
        }
    }

    @Test func aClientThatStopsSendingGetsItsAnswersThenTheConnectionCloses() async throws {
        try await withServer { server in
            let answer = try await RawConnection.with(port: server.port) { connection in
                try await connection.send("GET /slow/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                try await connection.finishSending()
                return try await connection.readUntilClosed()
            }
            #expect(answer.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(answer.contains("\r\n\r\nfinallyHTTP/1.1 200 OK\r\n"))
            #expect(answer.hasSuffix("\r\nConnection: close\r\n\r\nHello, World!"))
        }
    }

    @Test func badInputGetsA4xxAndTheServerKeepsServing() async throws {
        try await withServer { server in
            let cases: [(String, String, Int)] = [
                ("malformed request line", "GARBAGE\r\n\r\n", 400),
                ("unknown method", "FROBNICATE /hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400),
                ("invalid Host", "GET /hello/ HTTP/1.1\r\nHost: evil.example\r\n\r\n", 400),
                ("non-integer for <int:>", "GET /products/abc/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 404),
                ("bad percent-encoding", "GET /products/%zz/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 404),
                ("invalid UTF-8 in the path", "GET /products/%FF/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 404),
                ("bad JSON", "POST /json/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"name\":1", 400),
                ("wrong JSON type", "POST /json/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 26\r\n\r\n{\"name\":\"a\",\"count\":\"two\"}", 400),
                ("too many fields", "POST /form/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 23\r\n\r\na=1&b=2&c=3&d=4&e=5&f=6", 400),
                ("too many query fields", "GET /hello/?a&b&c&d&e&f&g HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400),
                ("oversized body", "POST /form/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\nabc", 413),
                ("oversized headers", "GET /hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: \(String(repeating: "a", count: 8000))\r\n\r\n", 431),
            ]
            for (name, raw, status) in cases {
                let response = try await exchange(raw, port: server.port)
                #expect(response?.statusCode == status, "\(name): got \(response?.head ?? "no response")")
            }
            #expect(try await exchange("GET /hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: server.port)?.body == "Hello, World!")
        }
    }

    @Test func chunkedBodiesOverTheLimitAre413() async throws {
        try await withServer { server in
            let chunk = String(repeating: "a", count: 600)
            let raw = "POST /form/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "258\r\n\(chunk)\r\n258\r\n\(chunk)\r\n0\r\n\r\n"
            let status = try await exchange(raw, port: server.port)?.statusCode
            #expect(status == 413)
        }
    }

    @Test func slowClientsAreDisconnected() async throws {
        try await withServer { server in
            let start = ContinuousClock.now
            let answer = try await RawConnection.with(port: server.port) { connection in
                try await connection.send("GET /hello/ HTTP/1.1\r\nHo")
                return try await connection.readUntilClosed()
            }
            let elapsed = ContinuousClock.now - start
            #expect(answer.hasPrefix("HTTP/1.1 408 Request Timeout"))
            #expect(elapsed >= .milliseconds(600) && elapsed < .seconds(5))
            #expect(try await exchange("GET /hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: server.port)?.statusCode == 200)
        }
    }

    @Test func aBodyThatStopsArrivingIsA408() async throws {
        try await withServer { server in
            let answer = try await RawConnection.with(port: server.port) { connection in
                try await connection.send("POST /form/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\na=1")
                return try await connection.readUntilClosed()
            }
            #expect(answer.hasPrefix("HTTP/1.1 408 Request Timeout"))
        }
    }

    @Test func idleKeepAliveConnectionsAreClosedQuietly() async throws {
        try await withLiveServer(liveApp, configure: { $0.idleTimeout = .milliseconds(300) }) { server in
            let rest = try await RawConnection.with(port: server.port) { connection in
                try await connection.send("GET /hello/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                #expect(try await connection.readResponse()?.statusCode == 200)
                return try await connection.readUntilClosed()
            }
            #expect(rest.isEmpty)
        }
    }

    @Test func theLiveClientTalksToTheRealServer() async throws {
        try await withServer { server in
            let client = Client(live: server)
            client.host = "127.0.0.1"
            #expect(try await client.get("/hello/").text == "Hello, World!")
            let json = try await client.post("/json/", json: ["name": "a"])
            #expect(json.status == .badRequest)
        }
    }
}
