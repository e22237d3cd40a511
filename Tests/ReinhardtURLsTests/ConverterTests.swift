import Foundation
import Testing
@testable import ReinhardtURLs

@Suite("Converters")
struct ConverterTests {
    @Test("built-in converters use Django's regexes")
    func regexes() {
        #expect(IntConverter().regex == "[0-9]+")
        #expect(StringConverter().regex == "[^/]+")
        #expect(SlugConverter().regex == "[-a-zA-Z0-9_]+")
        #expect(UUIDConverter().regex == "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        #expect(PathComponentConverter().regex == ".+")
    }

    @Test("IntConverter parses digits and refuses anything else or an overflow")
    func int() throws {
        #expect(try IntConverter().toValue("0042") == 42)
        #expect(throws: PathConversionError.self) { try IntConverter().toValue("-1") }
        #expect(throws: PathConversionError.self) { try IntConverter().toValue("99999999999999999999") }
        #expect(try IntConverter().toURL(5) == "5")
    }

    @Test("UUIDConverter round-trips in lowercase")
    func uuid() throws {
        let uuid = try UUIDConverter().toValue("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")
        #expect(try UUIDConverter().toURL(uuid) == "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")
        #expect(throws: PathConversionError.self) { try UUIDConverter().toValue("nope") }
    }

    @Test("the registry starts with Django's five converters")
    func registry() {
        var registry = ConverterRegistry()
        #expect(registry.names == ["int", "path", "slug", "str", "uuid"])
        registry.register(YearConverter(), as: "yyyy")
        #expect(registry.contains("yyyy"))
    }

    @Test("the hand-written scanners agree with the converters' regexes", arguments: [
        "0", "42", "4x", "", "a-b_C9", "é", "a b", "a/b", "x\ny", "12345678-1234-5678-1234-567812345678",
        "12345678-1234-5678-1234-56781234567", "ABCDEF12-1234-5678-1234-567812345678", "%2F", "\u{0}",
    ])
    func scannersMatchRegexes(text: String) throws {
        let registry = ConverterRegistry()
        for name in registry.names {
            let converter = try #require(registry.converter(named: name))
            let regex = try CompiledRegex(python: "(?:\(converter.regex))")
            let expected = regex.wholeMatch(in: text[...]) != nil
            let scanned = PathInput.with(text) { input in
                switch converter.scanner {
                case .uuid: return input.count == 36 && ComponentScanner.matchesUUID(in: input, at: 0)
                default: return input.count > 0 && converter.scanner.longestRun(in: input, from: 0) == input.count
                }
            }
            #expect(scanned == expected, "\(name) on \(text.debugDescription)")
        }
    }
}
