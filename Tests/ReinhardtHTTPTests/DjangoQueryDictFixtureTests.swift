import Testing

@testable import ReinhardtHTTP

/// Every case of `Fixtures/querydict.json`, generated from real Django 5.2 (Tools/django-fixtures).
@Suite("Django fixtures: querydict.json")
struct DjangoQueryDictFixtureTests {
    let fixture: FixtureValue

    init() throws { fixture = try loadFixture("querydict") }

    /// The `[[key, [values]]]` items of a query dict, for comparison with a fixture.
    static func items(_ query: QueryDict) -> [FixtureValue] {
        query.map { .array([.string($0.key), .array($0.values.map(FixtureValue.string))]) }
    }

    @Test func parse() throws {
        let cases = fixture["parse"].array
        #expect(cases.count > 0)
        for testCase in cases {
            let input = try #require(testCase["input"].string)
            let query = try QueryDict(parsing: input)
            #expect(Self.items(query) == testCase["items"].array, "\(fixtureDescription(testCase))")
        }
    }

    @Test func parseFromBytesMatchesParseFromString() throws {
        for testCase in fixture["parse"].array {
            let input = try #require(testCase["input"].string)
            #expect(try QueryDict(parsing: Array(input.utf8)) == QueryDict(parsing: input))
        }
    }

    @Test func urlencode() throws {
        let cases = fixture["urlencode"].array
        #expect(cases.count > 0)
        for testCase in cases {
            var query = QueryDict()
            for pair in testCase["pairs"].array {
                query.append(try #require(pair.array[1].string), for: try #require(pair.array[0].string))
            }
            let safe = testCase["safe"].string ?? ""
            #expect(query.urlencode(safe: safe) == testCase["result"].string, "\(fixtureDescription(testCase))")
        }
    }

    /// `django.utils.http.urlencode`. Cases passing Python `None` as a value raise `TypeError` in
    /// Django; Swift's types make such input unrepresentable, so they are checked to be exactly
    /// those cases and skipped.
    @Test func utilsURLEncode() throws {
        var unrepresentable = 0
        for testCase in fixture["utils_urlencode"].array {
            let doseq = testCase["doseq"] == .bool(true)
            guard let result = Self.utilsURLEncode(testCase["query"].array, doseq: doseq) else {
                unrepresentable += 1
                #expect(testCase["error"].string == "TypeError" || Self.containsNullInList(testCase), "\(fixtureDescription(testCase))")
                continue
            }
            #expect(result == testCase["result"].string, "\(fixtureDescription(testCase))")
        }
        #expect(unrepresentable == 4)
    }

    /// Runs the Swift `urlencode` overload that matches the shape of a fixture query; `nil` when a
    /// value is Python `None` (not representable in Swift).
    static func utilsURLEncode(_ query: [FixtureValue], doseq: Bool) -> String? {
        var pairs: [(String, String)] = []
        var lists: [(String, [String])] = []
        for pair in query {
            guard let key = pair.array[0].pythonString else { return nil }
            let value = pair.array[1]
            if value.isNull { return nil }
            if case .array(let items) = value {
                let strings = items.compactMap { $0.isNull ? nil : $0.pythonString }
                guard strings.count == items.count else { return nil }
                lists.append((key, strings))
            } else {
                pairs.append((key, value.pythonString!))
            }
        }
        if lists.isEmpty { return ReinhardtHTTP.urlencode(pairs) }
        precondition(pairs.isEmpty, "mixed scalar/list fixture queries are not used")
        return ReinhardtHTTP.urlencode(lists, doseq: doseq)
    }

    static func containsNullInList(_ testCase: FixtureValue) -> Bool {
        testCase["query"].array.contains { $0.array[1].array.contains(.null) }
    }

    @Test func limits() throws {
        let cases = fixture["limits"].array
        #expect(cases.count > 0)
        for testCase in cases {
            let input = try #require(testCase["input"].string)
            let maxFields = testCase["max_num_fields"].number.map { Int($0) }
            do {
                let query = try QueryDict(parsing: input, maxFields: maxFields)
                #expect(testCase["result"].string == "ok", "\(fixtureDescription(testCase))")
                #expect(Self.items(query) == testCase["items"].array, "\(fixtureDescription(testCase))")
            } catch {
                #expect(testCase["result"].string == "TooManyFieldsSent", "\(fixtureDescription(testCase))")
                #expect(error.limit == maxFields)
            }
        }
    }

    @Test func defaultLimitIsDjangos() throws {
        #expect(fixture["default_max_num_fields"].number == Double(QueryDict.defaultMaxFields))
    }
}
