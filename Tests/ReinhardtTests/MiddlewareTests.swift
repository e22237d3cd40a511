import HTTPTypes
import Reinhardt
import ReinhardtTesting
import Testing

/// Records when it sees the request and the response.
struct Tracing: Middleware {
    let name: String
    let trace: Trace
    func respond(to request: Request, next: Next) async throws -> Response {
        trace.add("\(name) in")
        var response = try await next(request)
        response.headers[HTTPField.Name("X-\(name)")!] = "1"
        trace.add("\(name) out")
        return response
    }
}

/// Answers without calling the rest of the chain.
struct ShortCircuit: Middleware {
    func respond(to request: Request, next: Next) async throws -> Response {
        request.path == "/blocked/" ? .text("blocked", status: .forbidden) : try await next(request)
    }
}

/// Opts out at startup.
struct Disabled: Middleware {
    func prepared(for settings: Settings) throws -> Disabled { throw MiddlewareNotUsed("turned off") }
    func respond(to request: Request, next: Next) async throws -> Response { .text("should never run") }
}

/// Throws on the way in.
struct Exploding: Middleware {
    func respond(to request: Request, next: Next) async throws -> Response {
        if request.path == "/explode/" { throw HTTPError(.init(code: 418, reasonPhrase: "I'm a teapot"), "boom") }
        return try await next(request)
    }
}

struct ViewHook: ViewMiddleware {
    let trace: Trace
    func processView(_ request: Request, view: ViewHandler) async throws -> Response? {
        trace.add("processView \(request.route?.urlName ?? "-")")
        return request.path == "/intercepted/" ? .text("intercepted") : nil
    }
}

struct ExceptionHook: ExceptionMiddleware {
    func processException(_ error: any Error, request: Request) async throws -> Response? {
        (error as? HTTPError)?.reason == "recoverable" ? .text("recovered", status: .accepted) : nil
    }
}

struct TemplateHook: TemplateResponseMiddleware {
    func processTemplateResponse(_ response: Response, request: Request) async throws -> Response {
        var response = response
        response.headers[HTTPField.Name("X-Template-Hook")!] = "seen"
        return response
    }
}

@Suite struct MiddlewareTests {
    @Test func theOnionRunsInOrderOnTheWayInAndReverseOnTheWayOut() async throws {
        let trace = Trace()
        let client = try client([path("x/", text("x"))], middleware: [Tracing(name: "A", trace: trace), Tracing(name: "B", trace: trace)])
        let response = try await client.get("/x/")
        #expect(response.text == "x")
        #expect(trace.all == ["A in", "B in", "B out", "A out"])
        #expect(response.headers[HTTPField.Name("X-A")!] == "1")
    }

    @Test func aMiddlewareCanShortCircuit() async throws {
        let trace = Trace()
        let client = try client([path("blocked/", text("view"))], middleware: [Tracing(name: "A", trace: trace), ShortCircuit(), Tracing(name: "B", trace: trace)])
        let response = try await client.get("/blocked/")
        #expect(response.status == .forbidden)
        #expect(trace.all == ["A in", "A out"])
    }

    @Test func aMiddlewareCanOptOutAtStartup() async throws {
        let app = try Application(settings: testSettings([path("x/", text("x"))], middleware: [Disabled()]))
        #expect(app.activeMiddleware.isEmpty)
        #expect(try await Client(app).get("/x/").text == "x")
    }

    @Test func errorsBecomeResponsesBeforeReachingTheOuterLayer() async throws {
        let trace = Trace()
        let client = try client([path("explode/", text("x"))], middleware: [Tracing(name: "Outer", trace: trace), Exploding()])
        let response = try await client.get("/explode/")
        #expect(response.status.code == 418)
        #expect(response.text == "boom")
        #expect(trace.all == ["Outer in", "Outer out"])
    }

    @Test func processViewSeesTheResolvedRouteAndCanAnswer() async throws {
        let trace = Trace()
        let client = try client([path("intercepted/", text("view"), name: "i"), path("normal/", text("view"), name: "n")], middleware: [ViewHook(trace: trace)])
        #expect(try await client.get("/intercepted/").text == "intercepted")
        #expect(try await client.get("/normal/").text == "view")
        #expect(trace.all == ["processView i", "processView n"])
    }

    @Test func processExceptionCanRecoverOrPassTheErrorOn() async throws {
        let client = try client([
            path("recoverable/", { @Sendable _ in throw HTTPError(.badRequest, "recoverable") }),
            path("fatal/", { @Sendable _ in throw HTTPError(.badRequest, "fatal") }),
        ], middleware: [ExceptionHook()])
        let recovered = try await client.get("/recoverable/")
        #expect(recovered.status == .accepted)
        #expect(try await client.get("/fatal/").status == .badRequest)
    }

    @Test func templateResponsesPassThroughTheHookBeforeRendering() async throws {
        let deferred: @Sendable (Request) async throws -> Response = { _ in
            var response = Response()
            response.deferredRender = DeferredRender(name: "page.html") { unrendered in
                var rendered = unrendered
                rendered.body = ResponseBody(string: "rendered with hook=\(unrendered.headers[HTTPField.Name("X-Template-Hook")!] ?? "none")")
                return rendered
            }
            return response
        }
        let client = try client([path("page/", deferred)], middleware: [TemplateHook()])
        #expect(try await client.get("/page/").text == "rendered with hook=seen")
    }
}
