import Foundation
import HTTPTypes
import Reinhardt
import ReinhardtTesting
import Testing

struct Crash: Error, CustomStringConvertible { var description: String { "database exploded" } }

@Suite struct ErrorResponseTests {
    static let patterns: URLPatterns = [
        path("crash/", { @Sendable _ in throw Crash() }, name: "crash"),
        path("denied/", { @Sendable _ in throw HTTPError.permissionDenied("members only") }),
        path("bad/", { @Sendable _ in throw HTTPError.badRequest("missing field") }),
        path("suspicious/", { @Sendable _ in throw SuspiciousOperation(kind: "DisallowedRedirect", "nope") }),
        path("missing/", { @Sendable _ in throw HTTPError.notFound("no such thing") }),
        include("blog/", [path("<int:year>/", { @Sendable (_: Request, year: Int) in .text("\(year)") }, name: "year")]),
    ]

    @Test func productionErrorPagesArePlain() async throws {
        let client = try client(Self.patterns)
        let crash = try await client.get("/crash/")
        #expect(crash.status == .internalServerError)
        #expect(crash.text.contains("<h1>Server Error (500)</h1>"))
        #expect(!crash.text.contains("database exploded"))
        let notFound = try await client.get("/nowhere/")
        #expect(notFound.status == .notFound)
        #expect(notFound.text.contains("The requested resource was not found on this server."))
        #expect(try await client.get("/denied/").status == .forbidden)
        #expect(try await client.get("/bad/").text.contains("Bad Request (400)"))
        #expect(try await client.get("/suspicious/").status == .badRequest)
        #expect(try await client.get("/missing/").status == .notFound)
    }

    @Test func debugPagesShowTheTriedPatternsAndTheError() async throws {
        let client = try client(Self.patterns, debug: true) { $0.secretKey = "s3cr3t-value" }
        let notFound = try await client.get("/blog/x/")
        #expect(notFound.status == .notFound)
        #expect(notFound.text.contains("crash/"))
        #expect(notFound.text.contains("blog/ &lt;int:year&gt;/"))
        #expect(notFound.text.contains("The current path, blog/x/, didn’t match any of these."))
        let crash = try await client.get("/crash/?q=1")
        #expect(crash.status == .internalServerError)
        #expect(crash.text.contains("Crash at /crash/"))
        #expect(crash.text.contains("database exploded"))
        #expect(crash.text.contains("********************"))
        #expect(!crash.text.contains("s3cr3t-value"))
    }

    @Test func errorHandlersCanBeReplaced() async throws {
        let client = try client(Self.patterns) { settings in
            settings.errorHandlers.notFound = { request, _ in .html("<p>Lost: \(escapeHTML(request.path))</p>", status: .notFound) }
            settings.errorHandlers.serverError = { _, _ in .html("<p>Sorry</p>", status: .internalServerError) }
        }
        #expect(try await client.get("/<x>/").text == "<p>Lost: /&lt;x&gt;/</p>")
        #expect(try await client.get("/crash/").text == "<p>Sorry</p>")
    }

    @Test func signalsReportTheCycle() async throws {
        let trace = Trace()
        var signals = Signals()
        signals.requestStarted.connect { trace.add("started \($0.path)") }
        signals.requestFinished.connect { trace.add("finished \($0.1.status.code)") }
        signals.gotRequestException.connect { trace.add("exception \($0.1)") }
        let client = Client(try Application(settings: testSettings(Self.patterns), signals: signals))
        _ = try await client.get("/crash/")
        #expect(trace.all == ["started /crash/", "exception database exploded", "finished 500"])
    }

    @Test func disallowedHostsAre400() async throws {
        let client = try client(Self.patterns)
        #expect(try await client.get("/blog/2024/").text == "2024")
        client.host = "evil.example"
        let response = try await client.get("/blog/2024/")
        #expect(response.status == .badRequest)
        client.host = "bad host!"
        #expect(try await client.get("/blog/2024/").status == .badRequest)
    }
}
