import HTTPTypes
import NIOCore
import Testing
@testable import ReinhardtHTTP

@Suite struct RequestTests {
    @Test func pathIsPercentDecodedAsDjangoDoes() {
        #expect(makeRequest(.get, "/caf%C3%A9/").path == "/café/")
        #expect(makeRequest(.get, "/a%2Fb/").path == "/a/b/")
        #expect(makeRequest(.get, "/%FF/x").path == "/%FF/x")
        #expect(makeRequest(.get, "/%zz/").path == "/%zz/")
        #expect(makeRequest(.get, "/x%").path == "/x%")
    }

    @Test func queryAndRawPathAreSplitAtTheFirstQuestionMark() {
        let request = makeRequest(.get, "/search/?query=a+b&x=1&x=2")
        #expect(request.rawPath == "/search/")
        #expect(request.queryString == "query=a+b&x=1&x=2")
        #expect(request.query["query"] == "a b")
        #expect(request.query.values(for: "x") == ["1", "2"])
    }

    @Test func tooManyQueryFieldsIsReportedByCheckLimits() throws {
        let policy = RequestPolicy(allowedHosts: ["*"], limits: RequestLimits(maxFormFields: 3))
        let request = makeRequest(.get, "/?a=1&b=2&c=3&d=4", policy: policy)
        #expect(request.query.isEmpty)
        #expect(throws: TooManyFieldsError.self) { try request.checkLimits() }
        #expect(throws: Never.self) { try makeRequest(.get, "/?a=1&b=2&c=3", policy: policy).checkLimits() }
    }

    @Test func cookiesAreParsed() {
        let request = makeRequest(.get, "/", headers: [.cookie: "a=1; b=two"])
        #expect(request.cookies["a"] == "1")
        #expect(request.cookies["b"] == "two")
    }

    @Test func hostIsValidatedAgainstAllowedHosts() throws {
        let policy = RequestPolicy(allowedHosts: ["example.com", ".example.org"])
        let head = { (authority: String) in HTTPRequest(method: .get, scheme: "http", authority: authority, path: "/") }
        #expect(try Request(head: head("example.com"), policy: policy).host() == "example.com")
        #expect(try Request(head: head("www.example.org:8000"), policy: policy).host() == "www.example.org:8000")
        let error = #expect(throws: SuspiciousOperation.self) { try Request(head: head("evil.com"), policy: policy).host() }
        #expect(error?.kind == "DisallowedHost")
        #expect(error?.reason.contains("add 'evil.com' to Settings.allowedHosts") == true)
    }

    @Test func forwardedHostIsTrustedOnlyWhenConfigured() throws {
        let head = HTTPRequest(method: .get, scheme: "http", authority: "internal", path: "/", headerFields: [HTTPField.Name("X-Forwarded-Host")!: "public.example"])
        #expect(try Request(head: head, policy: RequestPolicy(allowedHosts: ["*"])).host() == "internal")
        #expect(try Request(head: head, policy: RequestPolicy(allowedHosts: ["*"], useXForwardedHost: true)).host() == "public.example")
    }

    @Test func isSecureTrustsTheProxyHeaderOnlyWhenConfigured() {
        let head = HTTPRequest(method: .get, scheme: "http", authority: "x", path: "/", headerFields: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
        #expect(!Request(head: head).isSecure)
        let trusting = RequestPolicy(allowedHosts: ["*"], secureProxySSLHeader: ("X-Forwarded-Proto", "https"))
        #expect(Request(head: head, policy: trusting).isSecure)
        #expect(Request(head: head, policy: trusting).scheme == "https")
        #expect(Request(head: HTTPRequest(method: .get, scheme: "http", authority: "x", path: "/"), connection: ConnectionInfo(isTLS: true)).isSecure)
    }

    @Test func buildAbsoluteURIResolvesLikeDjango() throws {
        let request = makeRequest(.get, "/shop/items/?page=2")
        #expect(try request.buildAbsoluteURI() == "http://testserver/shop/items/?page=2")
        #expect(try request.buildAbsoluteURI("/other/") == "http://testserver/other/")
        #expect(try request.buildAbsoluteURI("edit/") == "http://testserver/shop/items/edit/")
        #expect(try request.buildAbsoluteURI("../up/") == "http://testserver/shop/up/")
        #expect(try request.buildAbsoluteURI("https://elsewhere.example/x") == "https://elsewhere.example/x")
        #expect(try request.buildAbsoluteURI("/a/../b/") == "http://testserver/b/")
    }
}
