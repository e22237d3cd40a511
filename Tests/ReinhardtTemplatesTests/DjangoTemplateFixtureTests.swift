import Foundation
import ReinhardtTemplates
import ReinhardtURLs
import ReinhardtUtils
import Testing

/// Reinhardt's engine against `Fixtures/templates.json`: every case rendered by real Django 5.2.
@Suite struct DjangoTemplateFixtureTests {
    static let fixture: OrderedJSON = {
        let url = Bundle.module.url(forResource: "templates", withExtension: "json", subdirectory: "Fixtures")!
        return try! OrderedJSON.parse(Array(try! Data(contentsOf: url)))
    }()

    static func urlResolver(_ entries: [OrderedJSON]) throws -> URLResolver<String> {
        try URLResolver(entries.map(urlEntry))
    }

    private static func urlEntry(_ json: OrderedJSON) -> URLEntry<String> {
        let route = json["route"]?.string ?? ""
        let name = json["name"]?.string
        switch json["kind"]?.string {
        case "re_path": return .rePath(route, name ?? route, name: name)
        case "include":
            return .include(route, (json["patterns"]?.array ?? []).map(urlEntry), appName: json["app_name"]?.string, namespace: json["namespace"]?.string)
        default: return .path(route, name ?? route, name: name)
        }
    }

    @Test func everyCaseRendersAsDjangoDoes() throws {
        let urls = try Self.urlResolver(Self.fixture["urlconf"]?.array ?? [])
        let now = DateTimeValue(iso: Self.fixture["settings"]?["now"]?.string ?? "")!
        var failures: [String] = []
        let cases = (Self.fixture["cases"]?.array ?? []).map(DjangoFixtureCase.init)
        #expect(cases.count >= 1000)
        for fixtureCase in cases {
            let actual = fixtureCase.run(urls: urls, now: now)
            if !Self.matches(actual, fixtureCase.expected) {
                failures.append("\(fixtureCase.name): \(fixtureCase.templates["main"] ?? "")\n    expected \(fixtureCase.expected)\n    got      \(actual)")
            }
        }
        let unexpected = failures.filter { failure in !KnownDifferences.cases.keys.contains { failure.hasPrefix($0 + ":") } }
        if ProcessInfo.processInfo.environment["FIXTURE_REPORT"] != nil {
            try failures.joined(separator: "\n").write(toFile: "/tmp/template-fixture-failures.txt", atomically: true, encoding: .utf8)
        }
        #expect(unexpected.isEmpty, "\(unexpected.count) of \(cases.count) cases differ from Django:\n\(unexpected.prefix(40).joined(separator: "\n"))")
        let nowMatching = KnownDifferences.cases.keys.filter { key in !failures.contains { $0.hasPrefix(key + ":") } }
        #expect(nowMatching.isEmpty, "known differences that now match Django; remove them: \(nowMatching.sorted())")
    }

    /// Outputs must be equal; errors must have Django's class, and syntax errors Django's message.
    static func matches(_ actual: DjangoFixtureCase.Expected, _ expected: DjangoFixtureCase.Expected) -> Bool {
        switch (actual, expected) {
        case let (.output(a), .output(b)): return a == b
        case let (.error(typeA, messageA), .error(typeB, messageB)):
            return typeA == typeB && (typeA != "TemplateSyntaxError" || messageA == messageB)
        default: return false
        }
    }
}
