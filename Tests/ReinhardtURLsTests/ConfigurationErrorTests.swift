import Foundation
import Testing
@testable import ReinhardtURLs

@Suite("Configuration errors")
struct ConfigurationErrorTests {
    @Test("an unknown converter suggests the closest name and how to register one")
    func unknownConverter() {
        let problems = configurationProblems([.path("articles/<itn:year>/", "a")])
        #expect(problems.count == 1)
        let message = problems.first ?? ""
        #expect(message.contains("Route \"articles/<itn:year>/\" uses unknown converter \"itn\""))
        #expect(message.contains("Did you mean \"int\"?"))
        #expect(message.contains("register(MyConverter(), as: \"itn\")"))
    }

    @Test("a registered custom converter is suggested too")
    func suggestsCustomConverter() {
        var converters = ConverterRegistry()
        converters.register(YearConverter(), as: "year")
        let problems = configurationProblems([.path("archive/<yaer:y>/", "a")], converters: converters)
        #expect(problems.first?.contains("Did you mean \"year\"?") == true)
    }

    @Test("malformed parameters are reported like Django's checks", arguments: [
        ("a/<int: id>/", "cannot contain whitespace in angle brackets"),
        ("a/<int:1st>/", "uses parameter name \"1st\" which isn't a valid identifier"),
        ("a/<int:>/", "uses parameter name \"int:\" which isn't a valid identifier"),
        ("a/<int:id/", "unmatched '<' bracket"),
        ("a/int:id>/", "unmatched '>' bracket"),
        ("a/<int:a:b>/", "uses parameter name \"a:b\""),
    ])
    func malformedRoutes(route: String, expected: String) {
        let problems = configurationProblems([.path(route, "view")])
        #expect(problems.contains { $0.contains(expected) }, "\(problems)")
    }

    @Test("a parameter captured twice is an error, within a route and across an include")
    func duplicateParameters() {
        let problems = configurationProblems([
            .path("a/<int:id>/<str:id>/", "a"),
            .include("users/<int:id>/", [.path("posts/<int:id>/", "b")]),
        ])
        #expect(problems.count == 2)
        #expect(problems[0].contains("captures parameter \"id\" more than once"))
        #expect(problems[1].contains("captures \"id\" both in an include() prefix and below it"))
    }

    @Test("an invalid regex is reported with the engine's explanation")
    func invalidRegex() {
        let problems = configurationProblems([.rePath("^a/(?P<x>[0-9]+/$", "a")])
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("re_path regex \"^a/(?P<x>[0-9]+/$\" is not a valid regular expression") == true)
    }

    @Test("a regex Django cannot reverse fails at startup, not on every reverse()")
    func nonReversibleRegex() {
        let problems = configurationProblems([.rePath("(?i)^abc/$", "a", name: "abc")])
        #expect(problems.first?.contains("cannot be reversed: \"(?i\"") == true)
    }

    @Test("a view's parameter type is checked against the converter")
    func typeMismatch() {
        let problems = configurationProblems([
            .path("products/<str:id>/", "p", parameterTypes: [Int.self]),
        ])
        #expect(problems == [
            "Route \"products/<str:id>/\" passes id as String (converter \"str\") but the view expects Int; "
                + "use <int:id> or change the view's parameter type.",
        ])
    }

    @Test("parameter types cover include prefixes, custom converters and UUIDs")
    func typesAcrossChain() {
        var converters = ConverterRegistry()
        converters.register(YearConverter(), as: "yyyy")
        let good = configurationProblems([
            .include("archive/<yyyy:year>/", [
                .path("<uuid:id>/<slug:slug>/", "a", parameterTypes: [Int.self, UUID.self, String.self]),
            ]),
        ], converters: converters)
        #expect(good.isEmpty)
        let bad = configurationProblems([
            .include("archive/<yyyy:year>/", [.path("<int:id>/", "a", parameterTypes: [String.self, UUID.self])]),
        ], converters: converters)
        #expect(bad.count == 2)
        #expect(bad[0].contains("passes year as Int (converter \"yyyy\") but the view expects String; use <str:year>"))
        #expect(bad[1].contains("passes id as Int (converter \"int\") but the view expects UUID; use <uuid:id>"))
    }

    @Test("a view expecting a different number of parameters is an error")
    func countMismatch() {
        let problems = configurationProblems([.path("a/<int:x>/", "a", parameterTypes: [Int.self, Int.self])])
        #expect(problems.first?.contains("captures 1 parameter(s) (x) but the view expects 2 (Int, Int)") == true)
    }

    @Test("a type no converter produces says to register one")
    func noConverterForType() {
        let problems = configurationProblems([.path("a/<int:x>/", "a", parameterTypes: [Double.self])])
        #expect(problems.first?.contains("register a converter whose Value is Double") == true)
    }

    @Test("an instance namespace used twice is an error (Django's urls.W005)")
    func duplicateNamespace() {
        let polls: [URLEntry<String>] = [.path("", "index", name: "index")]
        let problems = configurationProblems([
            .include("polls/", polls, appName: "polls"),
            .include("", [.include("more-polls/", polls, appName: "polls")]),
            .include("author-polls/", polls, appName: "polls", namespace: "author-polls"),
        ])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("Instance namespace \"polls\" is used by more than one include()") == true)
        #expect(problems.first?.contains("\"polls/\" and \"more-polls/\"") == true)
    }

    @Test("the same namespace under different parents is fine")
    func nestedNamespacesMayRepeat() {
        let inner: [URLEntry<String>] = [.include("c/", [.path("", "c", name: "c")], appName: "comments")]
        #expect(configurationProblems([
            .include("blog/", inner, appName: "blog"),
            .include("news/", inner, appName: "news"),
        ]).isEmpty)
    }

    @Test("a namespace without an app name is an error, as in Django")
    func namespaceWithoutAppName() {
        let problems = configurationProblems([.include("x/", [], namespace: "x")])
        #expect(problems.first?.contains("sets namespace \"x\" without an appName") == true)
    }

    @Test("duplicate URL names are allowed (Django allows them)")
    func duplicateNamesAllowed() {
        #expect(configurationProblems([.path("a/", "a", name: "same"), .path("b/", "b", name: "same")]).isEmpty)
    }

    @Test("a colon in a URL name is an error: reverse() could never find it")
    func colonInName() {
        #expect(configurationProblems([.path("a/", "a", name: "x:y")]).first?.contains("contains ':'") == true)
    }

    @Test("converter registration mistakes surface when the resolver is built")
    func registrationProblems() {
        var converters = ConverterRegistry()
        converters.register(YearConverter(), as: "int")
        converters.register(YearConverter(), as: "bad name")
        converters.register(BrokenConverter(), as: "broken")
        let problems = configurationProblems([], converters: converters)
        #expect(problems.count == 3)
        #expect(problems[0].contains("Converter \"int\" is already registered"))
        #expect(problems[1].contains("can never appear in a route"))
        #expect(problems[2].contains("Converter \"broken\" (BrokenConverter) has an invalid regex \"[0-9\""))
    }

    @Test("every problem is collected into one error with a readable description")
    func collectsEverything() {
        do {
            _ = try URLResolver<String>([
                .path("a/<nope:x>/", "a"),
                .path("b/<int:y>/", "b", parameterTypes: [String.self]),
                .rePath("(", "c"),
            ])
            Issue.record("expected a configuration error")
        } catch {
            #expect(error.problems.count == 3)
            #expect(error.description.hasPrefix("URL configuration has 3 problems:\n  1. Route \"a/<nope:x>/\""))
        }
    }
}
