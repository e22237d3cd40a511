import Testing

@testable import ReinhardtHTTP

@Suite("QueryDict")
struct QueryDictTests {
    @Test func lastValueWinsAndGetListKeepsAll() throws {
        let query = try QueryDict(parsing: "tag=a&tag=b&q=hello+world")
        #expect(query["tag"] == "b")
        #expect(query.values(for: "tag") == ["a", "b"])
        #expect(query["q"] == "hello world")
        #expect(query.keys == ["tag", "q"])
        #expect(query.count == 2)
    }

    @Test func missingKeys() throws {
        let query = try QueryDict(parsing: "a=1")
        #expect(query["missing"] == nil)
        #expect(query.values(for: "missing") == [])
        #expect(query.get("missing", default: "fallback") == "fallback")
        #expect(query.get("a", default: "fallback") == "1")
        #expect(!query.contains("missing"))
    }

    @Test func emptyInputGivesEmptyDict() throws {
        let query = try QueryDict(parsing: "")
        #expect(query.isEmpty)
        #expect(query == QueryDict())
    }

    @Test func mutationKeepsFirstPosition() {
        var query: QueryDict = ["a": "1", "b": "2"]
        query["a"] = "3"
        #expect(query.keys == ["a", "b"])
        #expect(query.values(for: "a") == ["3"])
        query.append("4", for: "a")
        #expect(query.values(for: "a") == ["3", "4"])
        query.set(["x", "y"], for: "c")
        #expect(query.keys == ["a", "b", "c"])
        #expect(query.removeAll(for: "a") == ["3", "4"])
        #expect(query.keys == ["b", "c"])
        query["b"] = nil
        #expect(query.keys == ["c"])
        #expect(query.removeAll(for: "nope") == [])
    }

    @Test func emptyValueListKeepsKeyButHasNoValue() {
        var query = QueryDict()
        query.set([], for: "k")
        #expect(query.contains("k"))
        #expect(query["k"] == nil)
        #expect(query.get("k", default: "d") == "d")
    }

    @Test func equalityIgnoresKeyOrderButNotValueOrder() {
        let ab: QueryDict = ["a": "1", "b": "2"]
        let ba: QueryDict = ["b": "2", "a": "1"]
        #expect(ab == ba)
        let values12 = QueryDict([("a", "1"), ("a", "2")])
        let values21 = QueryDict([("a", "2"), ("a", "1")])
        #expect(values12 != values21)
    }

    @Test func keysCompareByScalarsLikePython() throws {
        let query = try QueryDict(parsing: "%C3%A9=precomposed&e%CC%81=decomposed")
        #expect(query.count == 2)
        #expect(query["\u{E9}"] == "precomposed")
        #expect(query["e\u{301}"] == "decomposed")
    }

    @Test func manyKeysUseTheIndexConsistently() throws {
        let input = (0..<50).map { "k\($0)=\($0)" }.joined(separator: "&") + "&k7=again"
        var query = try QueryDict(parsing: input)
        #expect(query.count == 50)
        #expect(query.values(for: "k7") == ["7", "again"])
        #expect(query["k49"] == "49")
        query.removeAll(for: "k0")
        #expect(query["k1"] == "1")
        #expect(query["k0"] == nil)
        query.append("new", for: "k0")
        #expect(query.keys.last == "k0")
        for index in 1..<50 { #expect(query.contains("k\(index)")) }
    }

    @Test func iterationAndPairs() throws {
        let query = try QueryDict(parsing: "a=1&b=2&a=3")
        #expect(query.map(\.key) == ["a", "b"])
        #expect(query.map(\.values) == [["1", "3"], ["2"]])
        #expect(query.pairs.map { "\($0.key)=\($0.value)" } == ["a=1", "a=3", "b=2"])
    }

    @Test func invalidUTF8EscapesBecomeReplacementCharacters() throws {
        let query = try QueryDict(parsing: "a=%F0%9F%98&b=%C0%AF&c=%F4%90%80%80")
        #expect(query["a"] == "\u{FFFD}")
        #expect(query["b"] == "\u{FFFD}\u{FFFD}")
        #expect(query["c"] == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func bytesThatAreNotUTF8AreReadAsLatin1() throws {
        let query = try QueryDict(parsing: [UInt8(ascii: "a"), UInt8(ascii: "="), 0xE9])
        #expect(query["a"] == "\u{E9}")
        let utf8 = try QueryDict(parsing: Array("a=\u{E9}".utf8))
        #expect(utf8["a"] == "\u{E9}")
    }

    @Test func tooManyFieldsCountsEverySeparator() {
        #expect(throws: TooManyFieldsError(limit: 2, fieldCount: 3)) { try QueryDict(parsing: "a=1&&", maxFields: 2) }
        #expect(throws: TooManyFieldsError.self) { try QueryDict(parsing: Array("a&b".utf8), maxFields: 1) }
        #expect((try? QueryDict(parsing: "a=1&b=2", maxFields: nil))?.count == 2)
    }

    @Test func tooManyFieldsMessageNamesTheSetting() {
        let error = TooManyFieldsError(limit: 1000, fieldCount: 1001)
        #expect(error.description.contains("Settings.limits.maxFormFields"))
        #expect(error.description.contains("1000"))
    }

    @Test func defaultLimitIsAThousand() throws {
        let ok = Array(repeating: "a", count: 1000).joined(separator: "&")
        #expect(try QueryDict(parsing: ok).values(for: "a").count == 1000)
        #expect(throws: TooManyFieldsError.self) { try QueryDict(parsing: ok + "&a") }
    }

    @Test func urlencodeRoundTrips() throws {
        let original = try QueryDict(parsing: "q=a+b%26c&next=%2Fx%2F&e=%E2%82%AC&e=")
        let encoded = original.urlencode()
        #expect(encoded == "q=a+b%26c&next=%2Fx%2F&e=%E2%82%AC&e=")
        #expect(try QueryDict(parsing: encoded) == original)
        #expect(original.urlencode(safe: "/") == "q=a%20b%26c&next=/x/&e=%E2%82%AC&e=")
    }

    @Test func descriptionLooksLikeDjangosRepr() {
        let query = QueryDict([("a", "1"), ("a", "2")])
        #expect(query.description == "<QueryDict: {\"a\": [\"1\", \"2\"]}>")
    }
}

@Suite("urlencode")
struct URLEncodeTests {
    @Test func pairs() {
        #expect(urlencode([("q", "swift & django"), ("page", "2")]) == "q=swift+%26+django&page=2")
        #expect(urlencode([(String, String)]()) == "")
    }

    @Test func listsWithAndWithoutDoseq() {
        #expect(urlencode([("tag", ["a", "b"])], doseq: true) == "tag=a&tag=b")
        #expect(urlencode([("tag", [])], doseq: true) == "")
        #expect(urlencode([("tag", ["a", "b"])], doseq: false) == "tag=%5B%27a%27%2C+%27b%27%5D")
        #expect(urlencode([("q", ["it's"])], doseq: false) == "q=%5B%22it%27s%22%5D")
    }

    @Test func queryDict() {
        let query = QueryDict([("a", "1"), ("b", "x y"), ("a", "2")])
        #expect(urlencode(query, doseq: true) == "a=1&a=2&b=x+y")
    }
}
