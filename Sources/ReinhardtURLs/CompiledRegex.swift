/// A Python-syntax regular expression compiled once into a Swift `Regex`, matching code point by code
/// point (Python's semantics) rather than by grapheme cluster.
///
/// Swift's `Regex` is not `Sendable` because its output type may not be; this wrapper only ever reads
/// an already-compiled program, which the regex engine guards itself.
final class CompiledRegex: @unchecked Sendable {
    /// The pattern as written (Python syntax).
    let source: String
    /// The capture groups in order; `nil` names an unnamed group.
    let captureNames: [String?]
    private let regex: Regex<AnyRegexOutput>

    /// Compiles a Python-syntax pattern.
    /// - Throws: ``RegexSyntaxError`` with the engine's explanation when the pattern is invalid.
    init(python source: String) throws(RegexSyntaxError) {
        let (swiftSource, names) = PythonRegexTranslator.translate(source)
        do {
            regex = try Regex(swiftSource).matchingSemantics(.unicodeScalar).wordBoundaryKind(.simple)
        } catch {
            throw RegexSyntaxError(explanation: String(describing: error))
        }
        self.source = source
        self.captureNames = names
        _ = try? regex.firstMatch(in: "")
    }

    /// Whether the pattern has any named group (then Django ignores unnamed groups).
    var hasNamedGroups: Bool { captureNames.contains { $0 != nil } }

    /// The leftmost match anywhere in `text` (Python's `search`).
    func firstMatch(in text: Substring) -> Regex<AnyRegexOutput>.Match? {
        (try? regex.firstMatch(in: text)) ?? nil
    }

    /// A match that starts at the start of `text` (Python's `match`).
    func prefixMatch(in text: Substring) -> Regex<AnyRegexOutput>.Match? {
        (try? regex.prefixMatch(in: text)) ?? nil
    }

    /// A match of all of `text` (Python's `fullmatch`).
    func wholeMatch(in text: Substring) -> Regex<AnyRegexOutput>.Match? {
        (try? regex.wholeMatch(in: text)) ?? nil
    }
}
