import Foundation
import Testing
@testable import ReinhardtUtils

/// `StreamingJSONEncoder` against Foundation's `JSONEncoder()` with default options, the encoder it
/// stands in for: the same bytes wherever `JSONEncoder`'s output does not depend on its dictionary
/// order, the same parsed value everywhere, the same errors.
@Suite struct StreamingJSONEncoderTests {
    private func streaming<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try StreamingJSONEncoder.encode(value), as: UTF8.self)
    }

    private func foundation<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    /// Both encoders' output, parsed, compared as values (key order aside).
    private func expectSameParsedValue<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ours = try JSONSerialization.jsonObject(with: Data(try StreamingJSONEncoder.encode(value)), options: .fragmentsAllowed)
        let theirs = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(value), options: .fragmentsAllowed)
        #expect(NSDictionary(dictionary: ["v": ours]) == NSDictionary(dictionary: ["v": theirs]), sourceLocation: sourceLocation)
    }

    @Test func integersOfEveryWidthMatchJSONEncoder() throws {
        try #expect(streaming([Int.min, -1, 0, 7, Int.max]) == foundation([Int.min, -1, 0, 7, Int.max]))
        try #expect(streaming([Int8.min, Int8.max]) == foundation([Int8.min, Int8.max]))
        try #expect(streaming([Int16.min, Int16.max]) == foundation([Int16.min, Int16.max]))
        try #expect(streaming([Int32.min, Int32.max]) == foundation([Int32.min, Int32.max]))
        try #expect(streaming([Int64.min, Int64.max]) == foundation([Int64.min, Int64.max]))
        try #expect(streaming([UInt.min, UInt.max]) == foundation([UInt.min, UInt.max]))
        try #expect(streaming([UInt8.max]) == foundation([UInt8.max]))
        try #expect(streaming([UInt16.max]) == foundation([UInt16.max]))
        try #expect(streaming([UInt32.max]) == foundation([UInt32.max]))
        try #expect(streaming([UInt64.max]) == foundation([UInt64.max]))
        try #expect(streaming([Int128.min, Int128.max]) == foundation([Int128.min, Int128.max]))
        try #expect(streaming([UInt128.max]) == foundation([UInt128.max]))
        try #expect(streaming(42) == "42")
    }

    @Test func floatingPointNumbersMatchJSONEncoder() throws {
        let doubles: [Double] = [
            0, -0.0, 1, 100, 0.1, 0.30000000000000004, 1.0 / 3.0, 2.5e-5, 1e-6, 1e-7, 1234567, 1e15, 1e16, 1e20, 1e21,
            123456789.125, 1.2345678901234568e17, 5e-324, .leastNormalMagnitude, .greatestFiniteMagnitude, -1.5e300,
        ]
        try #expect(streaming(doubles) == foundation(doubles))
        var generator = SystemRandomNumberGenerator()
        let random = (0..<2000).map { _ in Double(bitPattern: generator.next()) }.filter(\.isFinite)
        try #expect(streaming(random) == foundation(random))
        let floats: [Float] = [0, 0.1, 1.0 / 3.0, 1e20, 1e-7, 16_777_216, .greatestFiniteMagnitude, -.leastNonzeroMagnitude]
        try #expect(streaming(floats) == foundation(floats))
        let randomFloats = (0..<2000).map { _ in Float(bitPattern: UInt32(truncatingIfNeeded: generator.next())) }.filter(\.isFinite)
        try #expect(streaming(randomFloats) == foundation(randomFloats))
    }

    @Test func stringsAreEscapedAsJSONEncoderEscapes() throws {
        let everyASCII = String(decoding: (0..<128).map(UInt8.init), as: UTF8.self)
        let strings = [everyASCII, "a/b", "é😀\u{2028}\u{7f}", "", "\"quoted\" \\ back", "\u{8}\u{c}"]
        try #expect(streaming(strings) == foundation(strings))
        try #expect(streaming("top") == #""top""#)
        try #expect(streaming(["a/b": 1]) == #"{"a\/b":1}"#)
    }

    @Test func foundationTypesAreWrittenAsJSONEncoderWritesThem() throws {
        let date = Date(timeIntervalSinceReferenceDate: 12.5)
        try #expect(streaming([date]) == foundation([date]))
        let data = Data([1, 2, 3, 255, 0, 62])
        try #expect(streaming([data]) == foundation([data]))
        try #expect(streaming(data) == foundation(data))
        let urls = [URL(string: "https://x.y/a?b=c")!, URL(string: "/rel", relativeTo: URL(string: "https://h/"))!]
        try #expect(streaming(urls) == foundation(urls))
        let decimals = [Decimal(string: "12.340")!, Decimal(string: "-1e-3")!, Decimal(0), Decimal(string: "123456789012345678901234567890")!]
        try #expect(streaming(decimals) == foundation(decimals))
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode([Decimal.nan]) }
    }

    struct Product: Encodable {
        var id: Int
        var name: String
        var price: Double
        var tags: [String]
        var note: String?
        var rating: Float?
        var dimensions: [String: Int]
        var parts: [Part]
    }

    struct Part: Encodable {
        var sku: String
        var count: UInt8
        var active: Bool
    }

    @Test func objectsKeepDeclarationOrderAndParseAsJSONEncoderOutput() throws {
        let product = Product(
            id: 42, name: "Lamp", price: 19.5, tags: ["a", "b"], note: nil, rating: 4.5, dimensions: ["w": 3],
            parts: [Part(sku: "x-1", count: 2, active: true), Part(sku: "y", count: 0, active: false)]
        )
        try #expect(streaming(product) == #"{"id":42,"name":"Lamp","price":19.5,"tags":["a","b"],"rating":4.5,"dimensions":{"w":3},"#
            + #""parts":[{"sku":"x-1","count":2,"active":true},{"sku":"y","count":0,"active":false}]}"#)
        try expectSameParsedValue(product)
        try expectSameParsedValue(["one": [1, 2], "two": [], "three": [3]])
        try #expect(streaming([1: "a"]) == foundation([1: "a"]))
        try #expect(streaming([true: 1]) == foundation([true: 1]))
        try #expect(streaming([[Int?]]([[1, nil], []])) == foundation([[Int?]]([[1, nil], []])))
        try #expect(streaming(Int?.none) == "null")
    }

    struct EncodesNothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    struct OpensEmptyObject: Encodable {
        enum Key: CodingKey { case a }
        func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: Key.self) }
    }

    @Test func emptyValuesFollowJSONEncoder() throws {
        try #expect(streaming([EncodesNothing()]) == foundation([EncodesNothing()]))
        try #expect(streaming(["k": EncodesNothing()]) == #"{"k":{}}"#)
        try #expect(streaming(OpensEmptyObject()) == foundation(OpensEmptyObject()))
        try #expect(streaming([String: Int]()) == "{}")
        try #expect(streaming([Int]()) == "[]")
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode(EncodesNothing()) }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(EncodesNothing()) }
    }

    struct Measurement: Encodable {
        var label = "x"
        var values: [Double]
    }

    @Test func nonFiniteNumbersAreRefusedWithTheirPath() throws {
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode(value) }
        }
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode([Float.infinity]) }
        do {
            _ = try StreamingJSONEncoder.encode(["m": Measurement(values: [1, .nan])])
            Issue.record("nan was encoded")
        } catch EncodingError.invalidValue(_, let context) {
            #expect(context.codingPath.map(\.stringValue) == ["m", "values", "Index 1"])
        }
    }

    /// Ignores the refusal of one member and goes on.
    struct IgnoresItsErrors: Encodable {
        enum Key: CodingKey { case a, b, c }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(1, forKey: .a)
            try? container.encode(Double.nan, forKey: .b)
            try? container.encode(2, forKey: .a)
            try container.encode(3, forKey: .c)
        }
    }

    @Test func failuresTheValueIgnoresLeaveNoHalfWrittenMember() throws {
        try expectSameParsedValue(IgnoresItsErrors())
        let parsed = try JSONSerialization.jsonObject(with: Data(try StreamingJSONEncoder.encode(IgnoresItsErrors()))) as? [String: Int]
        #expect(parsed == ["a": 2, "c": 3])
    }

    /// Writes the same key twice, as `JSONEncoder` allows (the last value wins).
    struct RepeatsAKey: Encodable {
        enum Key: CodingKey { case a, b }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(1, forKey: .a)
            try container.encode(2, forKey: .b)
            try container.encode(3, forKey: .a)
        }
    }

    /// Writes to a nested array after opening a sibling.
    struct Interleaves: Encodable {
        enum Key: CodingKey { case a, b, c }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            var first = container.nestedUnkeyedContainer(forKey: .a)
            var second = container.nestedUnkeyedContainer(forKey: .b)
            try first.encode(1)
            try second.encode(2)
            try first.encode(3)
            try container.encode(9, forKey: .c)
        }
    }

    class Base: Encodable {
        var id = 1
    }

    final class Derived: Base, @unchecked Sendable {
        var extra = "e"
        enum Key: CodingKey { case extra }
        override func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(extra, forKey: .extra)
            try super.encode(to: container.superEncoder())
        }
    }

    @Test func whatOnlyATreeCanFollowIsHandedToJSONEncoder() throws {
        try expectSameParsedValue(RepeatsAKey())
        try #expect(streaming(RepeatsAKey()).contains(#""a":3"#))
        try expectSameParsedValue(Interleaves())
        try expectSameParsedValue(["x": Interleaves()])
        try expectSameParsedValue(Derived())
        try #expect(streaming(Derived()).contains(#""super":{"id":1}"#))
    }

    /// Asks for a keyed container where it already wrote an array (`JSONEncoder` traps on this).
    struct MixesContainers: Encodable {
        enum Key: CodingKey { case a }
        func encode(to encoder: any Encoder) throws {
            var array = encoder.unkeyedContainer()
            try array.encode(1)
            var object = encoder.container(keyedBy: Key.self)
            try object.encode(2, forKey: .a)
        }
    }

    struct EncodesTwoSingleValues: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(1)
            try container.encode(2)
        }
    }

    struct AsksTwice: Encodable {
        func encode(to encoder: any Encoder) throws {
            var first = encoder.unkeyedContainer()
            try first.encode(1)
            var second = encoder.unkeyedContainer()
            try second.encode(2)
            try first.encode(3)
        }
    }

    @Test func misusedContainersThrowInsteadOfTrapping() throws {
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode(MixesContainers()) }
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode([MixesContainers()]) }
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.encode(EncodesTwoSingleValues()) }
        try #expect(streaming(AsksTwice()) == foundation(AsksTwice()))
    }

    /// Records the coding path it sees, at each level.
    final class PathRecorder: Encodable, @unchecked Sendable {
        var seen: [[String]] = []
        struct Leaf: Encodable {
            let recorder: PathRecorder
            func encode(to encoder: any Encoder) throws {
                recorder.seen.append(encoder.codingPath.map(\.stringValue))
                var container = encoder.singleValueContainer()
                recorder.seen.append(container.codingPath.map(\.stringValue))
                try container.encode("leaf")
            }
        }
        enum Key: CodingKey { case outer, inner }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            var nested = container.nestedUnkeyedContainer(forKey: .outer)
            try nested.encode(Leaf(recorder: self))
            var object = nested.nestedContainer(keyedBy: Key.self)
            seen.append(object.codingPath.map(\.stringValue))
            try object.encode(Leaf(recorder: self), forKey: .inner)
        }
    }

    /// (`JSONEncoder` itself reports shorter paths here: `["Index 0"]` for the first leaf.)
    @Test func codingPathsNameEachLevel() throws {
        let recorder = PathRecorder()
        try #expect(streaming(recorder) == #"{"outer":["leaf",{"inner":"leaf"}]}"#)
        #expect(recorder.seen == [
            ["outer", "Index 0"], ["outer", "Index 0"], ["outer", "Index 1"], ["outer", "Index 1", "inner"], ["outer", "Index 1", "inner"],
        ])
    }
}
