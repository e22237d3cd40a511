import ReinhardtTemplates
import Testing

/// Arbitrary template source never crashes the engine: it compiles and renders, or throws a
/// `TemplateError`.
@Suite struct FuzzTests {
    /// Pieces that exercise the lexer, the filter grammar and every tag's argument parsing.
    static let pieces: [String] = [
        "{%", "%}", "{{", "}}", "{#", "#}", "{", "}", "|", ":", "\"", "'", ".", ",", "=", " ", "\n", "\\",
        "if", "elif", "else", "endif", "for", "in", "empty", "endfor", "reversed", "with", "endwith", "as",
        "block", "endblock", "extends", "include", "only", "cycle", "silent", "ifchanged", "endifchanged",
        "filter", "endfilter", "autoescape", "off", "on", "endautoescape", "spaceless", "endspaceless",
        "verbatim", "endverbatim", "comment", "endcomment", "firstof", "regroup", "by", "widthratio", "now",
        "lorem", "url", "load", "static", "querystring", "templatetag", "openblock", "csrf_token", "resetcycle",
        "not", "and", "or", "==", "!=", "<", ">=", "is", "None", "True", "x", "items", "x.0", "x.-1", "_x",
        "0", "-1", "1.5", "1e3", "upper", "date", "add", "default", "floatformat", "slice", "join", "safe",
        "truncatewords_html", "urlize", "striptags", "dictsort", "unordered_list", "json_script", "<b>", "&",
        "é", "😀", "\u{0}", "%s",
    ]

    @Test func randomSourcesRenderOrThrowTemplateErrors() {
        var generator = SplitMix64(seed: 0x5EED)
        let engine = TemplateEngine(loaders: [InMemoryLoader(["a": "{{ x }}", "b": "{% extends 'a' %}"])])
        let context: [String: TemplateValue] = [
            "x": ["<a>", 1, 2.5, ["nested": [1, 2]]], "items": ["k": "v"], "s": "text & <tags>",
        ]
        for _ in 0..<3000 {
            let count = Int.random(in: 1...14, using: &generator)
            let source = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            do {
                _ = try engine.template(source: source).render(context)
            } catch let error as TemplateError {
                #expect(!error.message.isEmpty, "empty message for \(source)")
            } catch {
                Issue.record("\(source) threw a non-template error: \(error)")
            }
        }
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
