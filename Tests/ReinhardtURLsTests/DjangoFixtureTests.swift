import Testing
@testable import ReinhardtURLs

/// Every `resolve()` and `reverse()` case Django 5.2 recorded in `Fixtures/urls.json`, run against the
/// same URLconf built with Reinhardt.
@Suite("Django 5.2 fixture")
struct DjangoFixtureTests {
    static let fixture = DjangoFixture.shared

    @Test("resolve() agrees with Django", arguments: fixture.resolveCases.indices)
    func resolveCase(_ index: Int) {
        let testCase = Self.fixture.resolveCases[index]
        let path = testCase["path"]?.string ?? ""
        let match = Self.fixture.resolver.resolve(path)
        if let reason = DjangoFixture.knownDifferences[path] {
            #expect(match == nil, "known difference: \(reason)")
            return
        }
        guard testCase["match"]?.bool == true else {
            #expect(match == nil, "\(path.debugDescription) should not match, got \(String(describing: match?.endpoint))")
            return
        }
        guard let match else {
            Issue.record("\(path.debugDescription) should match \(testCase["view"]?.string ?? "")")
            return
        }
        expect(match, equals: testCase, path: path)
    }

    private func expect(_ match: ResolverMatch<String>, equals testCase: OrderedJSON, path: String) {
        #expect(match.endpoint == testCase["view"]?.string, "view for \(path.debugDescription)")
        #expect(match.urlName == testCase["url_name"]?.string, "url_name for \(path.debugDescription)")
        #expect(match.namespaces == (testCase["namespaces"]?.array ?? []).compactMap(\.string))
        #expect(match.namespace == testCase["namespace"]?.string)
        #expect(match.appNames == (testCase["app_names"]?.array ?? []).compactMap(\.string))
        #expect(match.appName == testCase["app_name"]?.string)
        #expect(match.route == testCase["route"]?.string, "route for \(path.debugDescription)")
        let expectedArgs = (testCase["args"]?.array ?? []).map(FixtureValue.typed)
        let actualArgs = match.args.map(FixtureValue.typed)
        #expect(actualArgs.map(\.type) == expectedArgs.map(\.type), "args for \(path.debugDescription)")
        #expect(actualArgs.map(\.value) == expectedArgs.map(\.value), "args for \(path.debugDescription)")
        let expectedKwargs = (testCase["kwargs"]?.pairs ?? []).map { ($0.0, FixtureValue.typed($0.1)) }
        let actualKwargs = match.kwargs.map { ($0.name, FixtureValue.typed($0.value)) }
        #expect(actualKwargs.map(\.0) == expectedKwargs.map(\.0), "kwargs order for \(path.debugDescription)")
        #expect(actualKwargs.map(\.1.type) == expectedKwargs.map(\.1.type), "kwargs types for \(path.debugDescription)")
        #expect(actualKwargs.map(\.1.value) == expectedKwargs.map(\.1.value), "kwargs for \(path.debugDescription)")
    }

    @Test("resolveWithTried() finds the same match as resolve()", arguments: fixture.resolveCases.indices)
    func triedWalkAgrees(_ index: Int) {
        let path = Self.fixture.resolveCases[index]["path"]?.string ?? ""
        let fast = Self.fixture.resolver.resolve(path)
        let (slow, tried) = Self.fixture.resolver.resolveWithTried(path)
        #expect(fast?.endpoint == slow?.endpoint)
        #expect(fast?.route == slow?.route)
        #expect(!tried.isEmpty)
    }

    @Test("reverse() agrees with Django", arguments: fixture.reverseCases.indices)
    func reverseCase(_ index: Int) {
        let testCase = Self.fixture.reverseCases[index]
        let viewName = testCase["viewname"]?.string ?? ""
        let outcome = Result { () throws(NoReverseMatch) -> String in
            try Self.fixture.resolver.reverse(
                viewName,
                args: (testCase["args"]?.array ?? []).map(FixtureValue.argument),
                orderedKwargs: (testCase["kwargs"]?.pairs ?? []).map { ($0.0, FixtureValue.argument($0.1)) },
                currentApp: testCase["current_app"]?.string,
                query: testCase["query"].flatMap { $0.isNull ? nil : FixtureValue.query($0) },
                fragment: testCase["fragment"]?.string)
        }
        switch (outcome, testCase["result"]?.string, testCase["error"]?.string) {
        case (.success(let url), let expected?, _):
            #expect(url == expected, "reverse(\(viewName))")
        case (.failure(let error), _, let expected?):
            #expect((error.reason == .mixedArguments) == (expected == "ValueError"), "\(viewName): \(error)")
        case (.success(let url), _, let expected?):
            Issue.record("reverse(\(viewName)) gave \(url), Django raised \(expected)")
        case (.failure(let error), let expected, _):
            Issue.record("reverse(\(viewName)) threw \(error), Django gave \(expected ?? "?")")
        case (.success(let url), nil, nil):
            Issue.record("fixture case without result or error; got \(url)")
        }
    }
}
