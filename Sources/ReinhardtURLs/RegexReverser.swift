/// Works out which URLs a regex can produce, following Django's rules for reversing patterns
/// (`django.utils.regex_helper.normalize`), quirks included:
///
/// - a repeated piece keeps its minimum count; an optional piece holding a group yields two shapes,
///   with and without it;
/// - a character class becomes its first character, `.` stays `.`, `\d` becomes `0`, `\w` `x`;
/// - look-around is dropped, `$` ends the pattern, and `|` makes the pattern produce only `""`;
/// - any other `(?…)` construct (inline flags, for instance) cannot be reversed.
enum RegexReverser {
    /// A construct Django cannot reverse; every `reverse()` would fail with it.
    struct NotReversible: Error {
        /// The offending piece, e.g. `(?i`.
        let portion: String
    }

    /// The URL shapes `pattern` can produce, in Django's order.
    static func templates(for pattern: String) throws(NotReversible) -> [ReverseTemplate] {
        var normalizer = Normalizer(tokens: Tokens(Array(pattern.unicodeScalars)))
        do {
            try normalizer.run()
        } catch {
            switch error {
            case .end: break
            case .disjunction: return [ReverseTemplate()]
            case .notReversible(let portion): throw NotReversible(portion: portion)
            }
        }
        return flatten(list: normalizer.result)
    }

    /// What a piece of a pattern reverses to.
    indirect enum Item {
        /// A character.
        case character(Unicode.Scalar)
        /// A capture group (`parameter` is `nil` for a back-reference, which repeats a value).
        case group(key: String, parameter: String?)
        /// Either nothing or the item (an optional piece holding a group).
        case optional(Item)
        /// A non-capturing group.
        case nonCapture([Item])

        /// Whether this item is or contains a capture group.
        var containsGroup: Bool {
            switch self {
            case .group: return true
            case .nonCapture(let items): return items.contains { $0.containsGroup }
            default: return false
            }
        }
    }

    /// How reading a pattern stops early.
    enum Stop: Error {
        /// The pattern ran out; what was read so far stands.
        case end
        /// An alternation: Django gives up and produces `""`.
        case disjunction
        /// A construct that cannot be reversed.
        case notReversible(String)
    }

    static func flatten(_ item: Item) -> [ReverseTemplate] {
        switch item {
        case .character(let scalar): return [ReverseTemplate(parts: [.text(String(scalar))])]
        case .group(let key, let parameter):
            return [ReverseTemplate(parts: [.value(key)], parameters: parameter.map { [$0] } ?? [])]
        case .optional(let inner): return [ReverseTemplate()] + flatten(inner)
        case .nonCapture(let items): return flatten(list: items)
        }
    }

    /// Every combination of the alternatives in `items`, left to right.
    static func flatten(list items: [Item]) -> [ReverseTemplate] {
        var results = [ReverseTemplate()]
        var pending = ""
        for item in items {
            if case .character(let scalar) = item {
                pending.unicodeScalars.append(scalar)
                continue
            }
            var piece = ReverseTemplate(parts: pending.isEmpty ? [] : [.text(pending)])
            pending = ""
            if case .group = item { piece = piece.appending(flatten(item)[0]) }
            results = results.map { $0.appending(piece) }
            switch item {
            case .optional, .nonCapture:
                let alternatives = flatten(item)
                results = results.flatMap { result in alternatives.map { result.appending($0) } }
            default:
                continue
            }
        }
        if !pending.isEmpty { results = results.map { $0.appending(ReverseTemplate(parts: [.text(pending)])) } }
        return results
    }
}
