import Foundation
import ReinhardtURLs
import Testing

@Suite("Hot path")
struct FastPathTests {
    /// `resolve()` takes the precompiled path for `path()`-only chains; `resolveWithTried()` walks
    /// element by element as Django does. Both must agree on everything a match carries.
    @Test("resolve() agrees with the step-by-step walk: kwargs, captures, raw texts, route, names")
    func agreesWithWalk() throws {
        let resolver = try URLResolver<String>([
            .path("a/<int:n>/", "a", name: "a", defaults: ["n": 7, "extra": "x"]),
            .include("u/<uuid:id>/", [
                .path("<path:rest>/edit/", "edit", name: "edit"),
                .path("<str:name>.<str:ext>", "file", defaults: ["source": "inner"]),
            ], appName: "u", defaults: ["source": "outer", "section": "u"]),
            .include("s/<slug:s>/", [.path("<int:k>/", "k", name: "k")], appName: "s", namespace: "s2"),
            .path("plain/", "plain"),
        ])
        let paths = [
            "/a/0042/", "/u/0b9e6f8e-8a1c-4bde-9f2e-4c7d2b1a0e9f/x/y/edit/",
            "/u/0b9e6f8e-8a1c-4bde-9f2e-4c7d2b1a0e9f/archive.tar.gz", "/s/my-slug/12/", "/plain/",
            "/a/99999999999999999999999/", "/s/bad slug/1/",
        ]
        func describe(_ pairs: [(name: String, value: any Sendable)]) -> [String] {
            pairs.map { "\($0.name)=\(String(describing: $0.value))" }
        }
        for path in paths {
            let fast = resolver.resolve(path)
            let walked = resolver.resolveWithTried(path).match
            #expect((fast == nil) == (walked == nil), "\(path)")
            guard let fast, let walked else { continue }
            #expect(fast.endpoint == walked.endpoint)
            #expect(describe(fast.kwargs) == describe(walked.kwargs), "\(path)")
            #expect(describe(fast.capturedKwargs) == describe(walked.capturedKwargs), "\(path)")
            #expect(fast.rawKwargs.map { "\($0.name)=\($0.value)" } == walked.rawKwargs.map { "\($0.name)=\($0.value)" })
            #expect(fast.route == walked.route && fast.urlName == walked.urlName)
            #expect(fast.namespaces == walked.namespaces && fast.appNames == walked.appNames)
            #expect(fast.args.isEmpty && walked.args.isEmpty)
        }
        #expect(resolver.resolve("/a/0042/")?.rawKwargs.first?.value == "0042")
        #expect(resolver.resolve("/u/0b9e6f8e-8a1c-4bde-9f2e-4c7d2b1a0e9f/x/y/edit/")?.kwarg("id") as? UUID
            == UUID(uuidString: "0b9e6f8e-8a1c-4bde-9f2e-4c7d2b1a0e9f"))
    }
}
