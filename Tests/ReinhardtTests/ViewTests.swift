import Foundation
import NIOCore
import HTTPTypes
import Reinhardt
import ReinhardtTesting
import Testing

struct ArticleView: View, HandlesGet, HandlesPost {
    func get(_ request: Request) async throws -> Response {
        .text("article \(try request.parameter("slug", as: String.self))")
    }
    func post(_ request: Request) async throws -> Response {
        .text("posted \(try await request.form()["title"] ?? "")", status: .created)
    }
}

@Sendable func sum(_ request: Request, a: Int, b: Int) async throws -> Response { .text("\(a + b)") }
@Sendable func item(_ request: Request, id: UUID) async throws -> Response { .text(id.uuidString.lowercased()) }

@Suite struct ViewTests {
    @Test func functionViewsReceiveTypedPathValues() async throws {
        let client = try client([
            path("sum/<int:a>/<int:b>/", sum),
            path("items/<uuid:id>/", item),
        ])
        #expect(try await client.get("/sum/2/40/").text == "42")
        #expect(try await client.get("/items/6f1c2a3b-0000-4000-8000-00000000abcd/").text == "6f1c2a3b-0000-4000-8000-00000000abcd")
        #expect(try await client.get("/sum/two/40/").status == .notFound)
    }

    @Test func classBasedViewsDispatchByMethod() async throws {
        let client = try client([path("articles/<slug:slug>/", ArticleView())])
        #expect(try await client.get("/articles/hello-world/").text == "article hello-world")
        let posted = try await client.post("/articles/x/", form: [("title", "New")])
        #expect(posted.status == .created)
        #expect(posted.text == "posted New")
    }

    @Test func unhandledMethodsGet405WithAllow() async throws {
        let client = try client([path("a/<slug:slug>/", ArticleView())])
        let response = try await client.request(.delete, "/a/x/")
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers[.allow] == "GET, POST, HEAD, OPTIONS")
    }

    @Test func headAndOptionsAreAutomatic() async throws {
        let client = try client([path("a/<slug:slug>/", ArticleView())])
        let head = try await client.head("/a/x/")
        #expect(head.status == .ok)
        #expect(head.body.readableBytes == 0)
        #expect(head.headers[.contentLength] == "9")
        let options = try await client.options("/a/x/")
        #expect(options.status == .ok)
        #expect(options.headers[.allow] == "GET, POST, HEAD, OPTIONS")
    }

    @Test func redirectViewReversesInterpolatesOrIsGone() async throws {
        let client = try client([
            path("new/<int:id>/", sum2, name: "new"),
            path("old/<int:id>/", RedirectView(patternName: "new", permanent: true, queryString: true)),
            path("ext/<int:id>/", RedirectView(url: "https://example.com/items/%(id)s/")),
            path("gone/", RedirectView()),
        ])
        let old = try await client.get("/old/7/?x=1")
        #expect(old.status == .movedPermanently)
        #expect(old.headers[.location] == "/new/7/?x=1")
        #expect(try await client.get("/ext/9/").headers[.location] == "https://example.com/items/9/")
        #expect(try await client.get("/gone/").status == .gone)
    }

    @Test func requireHTTPMethodsRejectsOtherMethods() async throws {
        let client = try client([path("only-post/", requirePOST(text("ok")))])
        let get = try await client.get("/only-post/")
        #expect(get.status == .methodNotAllowed)
        #expect(get.headers[.allow] == "POST")
        #expect(try await client.post("/only-post/").text == "ok")
    }

    @Test func redirectShortcutReversesNames() async throws {
        let client = try client([
            path("target/<int:id>/", sum2, name: "target"),
            path("go/", { @Sendable _ in try redirect("target", 5) }),
            path("go-url/", { @Sendable _ in try redirect("/elsewhere/", permanent: true) }),
        ])
        #expect(try await client.get("/go/").headers[.location] == "/target/5/")
        let url = try await client.get("/go-url/")
        #expect(url.status == .movedPermanently)
        #expect(url.headers[.location] == "/elsewhere/")
        let followed = try await client.get("/go/", follow: true)
        #expect(followed.text == "7")
        #expect(followed.redirectChain.map(\.url) == ["/target/5/"])
    }
}

@Sendable func sum2(_ request: Request, id: Int) async throws -> Response { .text("\(id + 2)") }
