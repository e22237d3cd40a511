import Foundation
import Testing
@testable import ReinhardtURLs

@Suite("resolve()")
struct ResolveTests {
    let resolver: URLResolver<String>

    init() throws {
        var converters = ConverterRegistry()
        converters.register(YearConverter(), as: "yyyy")
        resolver = try URLResolver([
            .path("", "home", name: "home"),
            .path("items/<int:id>/", "item-by-id", name: "item"),
            .path("items/<str:name>/", "item-by-name", name: "item"),
            .path("archive/<yyyy:year>/", "archive"),
            .path("download/<str:name>.<str:ext>", "download"),
            .path("files/<path:p>/edit/", "edit"),
            .path("page/<int:n>/", "page", defaults: ["per_page": 20, "n": 1]),
            .rePath("^legacy/([0-9]+)/(x)?/?$", "legacy"),
            .rePath("^noend/(?P<word>[a-z]+)", "noend"),
            .rePath("^(?P<rest>/.*)$", "double-slash"),
            .include("blog/", [
                .path("<int:pk>/", "post", name: "post", defaults: ["source": "inner"]),
                .include("comments/", [.path("<int:cid>/", "comment", name: "comment")], appName: "comments"),
            ], appName: "blog", defaults: ["source": "outer", "section": "blog"]),
            .include("<path:p>/", [.path("x/", "never"), .path("x", "greedy")]),
            .include(regex: "^re/(\\d+)/", [.rePath("^(\\d+)/$", "positional"), .rePath("^n/(?P<k>\\d+)/$", "named")]),
            .path("café/", "cafe"),
            .path("cafe/<slug:slug>/", "cafe-slug"),
        ], converters: converters)
    }

    @Test("the root path matches the empty route")
    func root() {
        let match = resolver.resolve("/")
        #expect(match?.endpoint == "home")
        #expect(match?.route == "")
        #expect(match?.viewName == "home")
    }

    @Test("a path must start with /, as Django's root pattern ^/ requires")
    func needsLeadingSlash() {
        #expect(resolver.resolve("") == nil)
        #expect(resolver.resolve("items/1/") == nil)
    }

    @Test("<int:> converts to Int; non-integers fall through to the next pattern")
    func intConverter() {
        let byID = resolver.resolve("/items/0042/")
        #expect(byID?.endpoint == "item-by-id")
        #expect(byID?.kwarg("id") as? Int == 42)
        #expect(byID?.rawKwargs.first?.value == "0042")
        #expect(resolver.resolve("/items/-5/")?.endpoint == "item-by-name")
        #expect(resolver.resolve("/items/4x/")?.endpoint == "item-by-name")
    }

    @Test("an int too large for Int does not match (Python's would) and falls through")
    func intOverflow() {
        let match = resolver.resolve("/items/99999999999999999999/")
        #expect(match?.endpoint == "item-by-name")
        #expect(match?.kwarg("name") as? String == "99999999999999999999")
    }

    @Test("a custom converter matches with its regex and converts with toValue")
    func customConverter() {
        #expect(resolver.resolve("/archive/0999/")?.kwarg("year") as? Int == 999)
        #expect(resolver.resolve("/archive/99/") == nil)
        #expect(resolver.resolve("/archive/20245/") == nil)
    }

    @Test("captures split where Django's backtracking regex splits them")
    func backtracking() {
        let download = resolver.resolve("/download/report.tar.gz")
        #expect(download?.kwargs.map(\.name) == ["name", "ext"])
        #expect(download?.kwarg("name") as? String == "report.tar")
        #expect(download?.kwarg("ext") as? String == "gz")
        #expect(resolver.resolve("/files/a/edit/edit/")?.kwarg("p") as? String == "a/edit")
        #expect(resolver.resolve("/download/noext") == nil)
    }

    @Test("an include prefix keeps its first (greedy) match, as in Django: no retry with a shorter one")
    func includePrefixIsCommitted() {
        #expect(resolver.resolve("/a/x/") == nil)
        #expect(resolver.resolve("/a/x/x/") == nil)
        let greedy = resolver.resolve("/a/b/x")
        #expect(greedy?.endpoint == "greedy")
        #expect(greedy?.kwarg("p") as? String == "a/b")
    }

    @Test("defaults are merged like Django's dicts: captured first, defaults override, outer include last")
    func defaults() {
        let page = resolver.resolve("/page/3/")
        #expect(page?.kwargs.map(\.name) == ["n", "per_page"])
        #expect(page?.kwarg("n") as? Int == 1)
        #expect(page?.capturedKwargs.first?.value as? Int == 3)
        let post = resolver.resolve("/blog/7/")
        #expect(post?.kwargs.map(\.name) == ["section", "source", "pk"])
        #expect(post?.kwarg("source") as? String == "inner")
    }

    @Test("namespaces and routes of nested includes")
    func namespaces() {
        let comment = resolver.resolve("/blog/comments/5/")
        #expect(comment?.namespaces == ["blog", "comments"])
        #expect(comment?.appNames == ["blog", "comments"])
        #expect(comment?.namespace == "blog:comments")
        #expect(comment?.viewName == "blog:comments:comment")
        #expect(comment?.route == "blog/comments/<int:cid>/")
    }

    @Test("unnamed groups become args (None for a group that did not take part) when no group is named")
    func positionalArgs() {
        let legacy = resolver.resolve("/legacy/12/")
        #expect(legacy?.args.count == 2)
        #expect(legacy?.args.first as? String == "12")
        #expect(legacy.map { "\($0.args[1])" } == "nil")
        let nested = resolver.resolve("/re/1/2/")
        #expect(nested?.args.compactMap { $0 as? String } == ["1", "2"])
        #expect(nested?.route == "^re/(\\d+)/(\\d+)/$")
        let named = resolver.resolve("/re/1/n/3/")
        #expect(named?.args.isEmpty == true)
        #expect(named?.kwargs.map(\.name) == ["k"])
    }

    @Test("a regex without $ only needs to match a prefix")
    func regexSearch() {
        #expect(resolver.resolve("/noend/abc/def")?.kwarg("word") as? String == "abc")
    }

    @Test("a path starting with // reaches a pattern that captures it")
    func doubleSlash() {
        #expect(resolver.resolve("//evil.com")?.kwarg("rest") as? String == "/evil.com")
    }

    @Test("routes compare code points: NFD does not match an NFC route")
    func codePoints() {
        #expect(resolver.resolve("/caf\u{E9}/")?.endpoint == "cafe")
        #expect(resolver.resolve("/cafe\u{301}/") == nil)
    }

    @Test("resolveWithTried lists what Django's debug 404 page lists")
    func tried() {
        let (match, tried) = resolver.resolveWithTried("/blog/x/")
        #expect(match == nil)
        let described = tried.map { $0.map(\.description) }
        #expect(Array(described.prefix(3)) == [[" [name='home']"], ["items/<int:id>/ [name='item']"], ["items/<str:name>/ [name='item']"]])
        #expect(described.contains(["blog/", "<int:pk>/ [name='post']"]))
        #expect(described.contains(["blog/", "comments/"]))
        #expect(tried.last?.first?.isInclude == false)
    }

    @Test("the literal-prefix index offers only the routes that can match")
    func indexNarrowsCandidates() throws {
        let entries: [URLEntry<Int>] = (0..<500).map { .path("section\($0)/<int:id>/", $0) }
        let big = try URLResolver(entries)
        let candidates = PathInput.with("/section499/7/") { big.compiled.conf.trie.candidates($0, from: 1) }
        #expect(candidates == [499])
        #expect(big.resolve("/section499/7/")?.endpoint == 499)
        #expect(big.resolve("/section4/7/")?.endpoint == 4)
    }

    @Test("declaration order wins even when a later route has a longer literal prefix")
    func firstMatchWins() throws {
        let ordered = try URLResolver<String>([
            .path("<slug:any>/", "generic"),
            .path("about/", "about"),
            .rePath("^about/$", "regex"),
        ])
        #expect(ordered.resolve("/about/")?.endpoint == "generic")
    }

    @Test("allRoutes lists every endpoint with its full route and reverse name")
    func routes() {
        let routes = resolver.allRoutes()
        #expect(routes.count == 18)
        let comment = routes.first { $0.endpoint == "comment" }
        #expect(comment?.route == "blog/comments/<int:cid>/")
        #expect(comment?.qualifiedName == "blog:comments:comment")
        #expect(resolver.namedRoutes.map(\.qualifiedName) == ["home", "item", "item", "blog:post", "blog:comments:comment"])
    }

    @Test("one resolver serves many concurrent tasks, regex routes included")
    func concurrentUse() async {
        let resolver = self.resolver
        await withTaskGroup(of: Bool.self) { group in
            for task in 0..<16 {
                group.addTask {
                    (0..<100).allSatisfy { _ in
                        resolver.resolve("/legacy/\(task)/")?.endpoint == "legacy"
                            && resolver.resolve("/noend/abc")?.endpoint == "noend"
                            && (try? resolver.reverse("item", args: ["n\(task)"])) == "/items/n\(task)/"
                    }
                }
            }
            for await succeeded in group { #expect(succeeded) }
        }
    }
}
