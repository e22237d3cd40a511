import Foundation
import Testing
@testable import ReinhardtURLs

@Suite("reverse()")
struct ReverseTests {
    let resolver: URLResolver<String>

    init() throws {
        var converters = ConverterRegistry()
        converters.register(YearConverter(), as: "yyyy")
        let polls: [URLEntry<String>] = [.path("", "index", name: "index"), .path("<int:pk>/", "detail", name: "detail")]
        resolver = try URLResolver([
            .path("articles/<int:year>/", "year", name: "article-year"),
            .path("archive/<yyyy:year>/", "archive", name: "archive"),
            .path("items/<str:name>/", "item", name: "item"),
            .path("uuid/<uuid:id>/", "uuid", name: "uuid"),
            .path("dup/i/<int:v>/", "dup-int", name: "dup"),
            .path("dup/s/<str:v>/", "dup-str", name: "dup"),
            .path("page/", "page", name: "page", defaults: ["page": 1]),
            .path("page/<int:page>/", "page-n", name: "page"),
            .rePath("^opt/(?:(?P<n>[0-9]+)/)?$", "opt", name: "optional"),
            .rePath("^legacy/([0-9]+)/([a-z]+)/$", "legacy", name: "legacy"),
            .rePath("^(?P<rest>/.*)$", "slashes", name: "slashes"),
            .include("polls/", polls, appName: "polls"),
            .include("author-polls/", polls, appName: "polls", namespace: "author-polls"),
            .include("ga/", polls, appName: "gallery", namespace: "gallery-a"),
            .include("gb/", polls, appName: "gallery", namespace: "gallery-b"),
            .include("blog/", [
                .include("comments/", [.path("<int:cid>/", "comment", name: "detail")], appName: "comments"),
            ], appName: "blog"),
            .include("users/<int:uid>/", [.path("posts/<int:pid>/", "user-post", name: "user-post")]),
        ], converters: converters)
    }

    @Test("positional and keyword arguments go through the converters")
    func basics() throws {
        #expect(try resolver.reverse("article-year", args: [2024]) == "/articles/2024/")
        #expect(try resolver.reverse("article-year", kwargs: ["year": 7]) == "/articles/7/")
        #expect(try resolver.reverse("archive", args: [7]) == "/archive/0007/")
        #expect(try resolver.reverse("user-post", kwargs: ["uid": 5, "pid": 6]) == "/users/5/posts/6/")
        #expect(try resolver.reverse("user-post", args: [5, 6]) == "/users/5/posts/6/")
    }

    @Test("a string reverses an int parameter when it looks like one, verbatim (as in Django)")
    func stringForInt() throws {
        #expect(try resolver.reverse("article-year", args: ["0042"]) == "/articles/0042/")
        #expect(try resolver.reverse("archive", args: ["2024"]) == "/archive/2024/")
    }

    @Test("a value of the wrong type or shape fails with Django's message")
    func wrongType() {
        let error = reverseError(try resolver.reverse("article-year", args: ["abc"]))
        #expect(error?.reason == .argumentsRejected)
        #expect(error?.message == "Reverse for 'article-year' with arguments '('abc',)' not found. "
            + "1 pattern(s) tried: ['articles/(?P<year>[0-9]+)/\\\\Z']")
        #expect(reverseError(try resolver.reverse("article-year", args: [-1])) != nil)
        #expect(reverseError(try resolver.reverse("archive", args: [12345])) != nil)
        #expect(reverseError(try resolver.reverse("item", args: ["a/b"])) != nil)
        #expect(reverseError(try resolver.reverse("item", args: [""])) != nil)
    }

    @Test("too many, too few or unknown arguments do not match")
    func argumentCounts() {
        let tooMany = reverseError(try resolver.reverse("article-year", args: [2024, 5]))
        #expect(tooMany?.message.hasPrefix("Reverse for 'article-year' with arguments '(2024, 5)' not found.") == true)
        let none = reverseError(try resolver.reverse("article-year"))
        #expect(none?.message.hasPrefix("Reverse for 'article-year' with no arguments not found.") == true)
        let extra = reverseError(try resolver.reverse("article-year", kwargs: ["year": 1, "extra": 2]))
        #expect(extra?.message.hasPrefix("Reverse for 'article-year' with keyword arguments '{'extra': 2, 'year': 1}'") == true)
    }

    @Test("mixing positional and keyword arguments is refused")
    func mixed() {
        let error = reverseError(try resolver.reverse("article-year", args: [1], kwargs: ["year": 1]))
        #expect(error?.reason == .mixedArguments)
        #expect(error?.message == "Don't mix *args and **kwargs in call to reverse()!")
    }

    @Test("an unknown name says it is not a pattern name")
    func unknownName() {
        let error = reverseError(try resolver.reverse("nope"))
        #expect(error?.reason == .unknownName)
        #expect(error?.message == "Reverse for 'nope' not found. 'nope' is not a valid view function or pattern name.")
        #expect(reverseError(try resolver.reverse("blog:comments:nope"))?.reason == .unknownName)
    }

    @Test("an unknown namespace is reported with the namespaces resolved so far")
    func unknownNamespace() {
        let top = reverseError(try resolver.reverse("nope:index"))
        #expect(top?.reason == .unknownNamespace)
        #expect(top?.message == "'nope' is not a registered namespace")
        let inner = reverseError(try resolver.reverse("blog:nope:detail"))
        #expect(inner?.message == "'nope' is not a registered namespace inside 'blog'")
    }

    @Test("among patterns sharing a name, the last declared is tried first")
    func duplicateNames() throws {
        #expect(try resolver.reverse("dup", args: [5]) == "/dup/s/5/")
        #expect(try resolver.reverse("dup", args: ["x"]) == "/dup/s/x/")
    }

    @Test("defaults let a pattern reverse without the parameter, and must agree when given")
    func defaults() throws {
        #expect(try resolver.reverse("page") == "/page/")
        #expect(try resolver.reverse("page", kwargs: ["page": 1]) == "/page/1/")
        #expect(try resolver.reverse("page", kwargs: ["page": 3]) == "/page/3/")
    }

    @Test("optional regex groups give one URL shape with and one without them")
    func optionalGroups() throws {
        #expect(try resolver.reverse("optional") == "/opt/")
        #expect(try resolver.reverse("optional", kwargs: ["n": 3]) == "/opt/3/")
        #expect(try resolver.reverse("legacy", args: [12, "ab"]) == "/legacy/12/ab/")
        #expect(reverseError(try resolver.reverse("legacy", args: ["12", "AB"])) != nil)
    }

    @Test("UUIDs are written lowercase; uppercase text does not fit the uuid pattern")
    func uuids() throws {
        let uuid = UUID(uuidString: "A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D")!
        #expect(try resolver.reverse("uuid", args: [uuid]) == "/uuid/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d/")
        #expect(reverseError(try resolver.reverse("uuid", args: ["A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D"])) != nil)
    }

    @Test("the URL is percent-encoded like Django's quote(), and a leading // is escaped")
    func quoting() throws {
        #expect(try resolver.reverse("item", args: ["with space"]) == "/items/with%20space/")
        #expect(try resolver.reverse("item", args: ["café"]) == "/items/caf%C3%A9/")
        #expect(try resolver.reverse("item", args: ["a+b&c=d;e,f~user@host:1!$'()*"]) == "/items/a+b&c=d;e,f~user@host:1!$'()*/")
        #expect(try resolver.reverse("item", args: ["\"<>[]{}|\\^`#?%"]) == "/items/%22%3C%3E%5B%5D%7B%7D%7C%5C%5E%60%23%3F%25/")
        #expect(try resolver.reverse("slashes", kwargs: ["rest": "/evil.com"]) == "/%2Fevil.com")
        #expect(percentEncodePathForReverse("//a b") == "/%2Fa%20b")
    }

    @Test("query strings are encoded like Django's urlencode; the fragment is appended as is")
    func queryAndFragment() throws {
        #expect(try resolver.reverse("article-year", args: [2024], query: [("page", "2")], fragment: "top")
            == "/articles/2024/?page=2#top")
        #expect(try resolver.reverse("polls:index", query: [("q", "a b&c=d/é"), ("a", "1"), ("a", "2")])
            == "/polls/?q=a+b%26c%3Dd%2F%C3%A9&a=1&a=2")
        #expect(try resolver.reverse("polls:index", query: []) == "/polls/")
        #expect(try resolver.reverse("polls:index", fragment: "") == "/polls/#")
        #expect(try resolver.reverse("polls:index", fragment: "a b#c") == "/polls/#a b#c")
    }

    @Test("application namespaces pick the current app, else the default instance, else the last deployed")
    func applicationNamespaces() throws {
        #expect(try resolver.reverse("polls:index") == "/polls/")
        #expect(try resolver.reverse("polls:index", currentApp: "author-polls") == "/author-polls/")
        #expect(try resolver.reverse("polls:detail", args: [3], currentApp: "author-polls") == "/author-polls/3/")
        #expect(try resolver.reverse("polls:index", currentApp: "unknown") == "/polls/")
        #expect(try resolver.reverse("author-polls:index", currentApp: "polls") == "/author-polls/")
        #expect(try resolver.reverse("gallery:index") == "/gb/")
        #expect(try resolver.reverse("gallery:index", currentApp: "gallery-a") == "/ga/")
        #expect(try resolver.reverse("blog:comments:detail", args: [7], currentApp: "blog:comments") == "/blog/comments/7/")
    }

    @Test("names inside a namespace are not visible without it, nor from a parent namespace")
    func namespaceScoping() {
        #expect(reverseError(try resolver.reverse("detail", args: [1]))?.reason == .unknownName)
        #expect(reverseError(try resolver.reverse("comments:detail", args: [1]))?.reason == .unknownNamespace)
    }

    @Test("hasRoute checks a name without arguments, for {% url %} checks at startup")
    func hasRoute() {
        #expect(resolver.hasRoute(named: "blog:comments:detail"))
        #expect(resolver.hasRoute(named: "gallery:detail"))
        #expect(!resolver.hasRoute(named: "blog:nope"))
        #expect(!resolver.hasRoute(named: "nope:index"))
    }

    @Test("a custom converter's toURL refusing the value means no match")
    func converterRefuses() {
        #expect(reverseError(try resolver.reverse("archive", args: [-3]))?.reason == .argumentsRejected)
        #expect(reverseError(try resolver.reverse("archive", args: [true]))?.reason == .argumentsRejected)
    }

    @Test("a reversed URL resolves back to the same pattern and values")
    func roundTrip() throws {
        let url = try resolver.reverse("user-post", kwargs: ["uid": 5, "pid": 6])
        let match = resolver.resolve(url)
        #expect(match?.endpoint == "user-post")
        #expect(match?.kwargs.map(\.name) == ["uid", "pid"])
    }
}
