import Foundation
import HTTPTypes
import Testing
import ReinhardtUtils

@testable import ReinhardtHTTP

/// Every case of `Fixtures/escaping.json`, generated from real Django 5.2 (Tools/django-fixtures).
@Suite("Django fixtures: escaping.json")
struct DjangoEscapingFixtureTests {
    let fixture: FixtureValue

    init() throws { fixture = try loadFixture("escaping") }

    /// Runs an `{"input", "output"}` section through `function`; a `null` input must give `null`.
    func checkStringSection(_ name: String, _ function: (String) -> String) {
        let cases = fixture[name].array
        #expect(cases.count > 0, "section \(name)")
        for testCase in cases {
            guard let input = testCase["input"].string else {
                #expect(testCase["output"].isNull, "\(name): \(fixtureDescription(testCase))")
                continue
            }
            #expect(function(input) == testCase["output"].string, "\(name): \(fixtureDescription(testCase))")
        }
    }

    @Test func escape() { checkStringSection("escape", escapeHTML) }
    @Test func escapeURIPath() { checkStringSection("escape_uri_path", ReinhardtUtils.escapeURIPath) }
    @Test func iriToURI() { checkStringSection("iri_to_uri", ReinhardtUtils.iriToURI) }
    @Test func uriToIRI() { checkStringSection("uri_to_iri", ReinhardtUtils.uriToIRI) }
    @Test func quoteETag() { checkStringSection("quote_etag", ReinhardtHTTP.quoteETag) }
    @Test func escapejs() { checkStringSection("escapejs", escapeJS) }

    @Test func urlHasAllowedHostAndScheme() throws {
        let cases = fixture["url_has_allowed_host_and_scheme"].array
        #expect(cases.count > 0)
        for testCase in cases {
            let hosts = Set(testCase["allowed_hosts"].strings)
            let result = ReinhardtHTTP.urlHasAllowedHostAndScheme(
                testCase["url"].string, allowedHosts: hosts, requireHTTPS: testCase["require_https"].bool ?? false)
            #expect(result == testCase["result"].bool, "\(fixtureDescription(testCase))")
        }
    }

    @Test func validateHost() {
        let cases = fixture["validate_host"].array
        #expect(cases.count > 0)
        for testCase in cases {
            let result = ReinhardtHTTP.validateHost(
                testCase["host"].string ?? "", allowedHosts: testCase["allowed_hosts"].strings)
            #expect(result == testCase["result"].bool, "\(fixtureDescription(testCase))")
        }
    }

    @Test func getHost() {
        let cases = fixture["get_host"].array
        #expect(cases.count > 0)
        for testCase in cases {
            let allowed = isAllowedHost(testCase["http_host"].string ?? "", allowedHosts: testCase["allowed_hosts"].strings)
            #expect(allowed == (testCase["error"].string == nil), "\(fixtureDescription(testCase))")
        }
    }

    /// The same cases through `Request.host()`, which has an allocation-free fast path for plain hosts.
    @Test func requestHost() throws {
        for testCase in fixture["get_host"].array {
            let host = testCase["http_host"].string ?? ""
            let policy = RequestPolicy(allowedHosts: testCase["allowed_hosts"].strings)
            let request = Request(head: HTTPRequest(method: .get, scheme: "http", authority: host, path: "/"), policy: policy)
            if let expected = testCase["result"].string {
                #expect((try? request.host()) == expected, "\(fixtureDescription(testCase))")
            } else {
                #expect(throws: SuspiciousOperation.self, "\(fixtureDescription(testCase))") { try request.host() }
            }
        }
    }

    @Test func splitDomainPort() {
        let cases = fixture["split_domain_port"].array
        #expect(cases.count > 0)
        for testCase in cases {
            let (domain, port) = ReinhardtHTTP.splitDomainPort(testCase["host"].string ?? "")
            #expect(domain == testCase["domain"].string && port == testCase["port"].string, "\(fixtureDescription(testCase))")
        }
    }

    @Test func httpDate() throws {
        let cases = fixture["http_date"].array
        #expect(cases.count > 0)
        for testCase in cases {
            let epoch = try #require(testCase["epoch"].number)
            #expect(ReinhardtHTTP.httpDate(Date(timeIntervalSince1970: epoch)) == testCase["result"].string, "\(fixtureDescription(testCase))")
        }
    }

    @Test func httpDateRoundTrips() throws {
        for testCase in fixture["http_date"].array {
            let text = try #require(testCase["result"].string)
            let epoch = try #require(testCase["epoch"].number).rounded(.down)
            #expect(parseHTTPDate(text)?.timeIntervalSince1970 == epoch, "\(text)")
        }
    }

    @Test func parseETags() {
        let cases = fixture["parse_etags"].array
        #expect(cases.count > 0)
        for testCase in cases {
            #expect(ReinhardtHTTP.parseETags(testCase["input"].string ?? "") == testCase["result"].strings, "\(fixtureDescription(testCase))")
        }
    }
}
