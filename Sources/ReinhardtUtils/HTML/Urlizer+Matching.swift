/// The patterns `Urlizer` tests a trimmed word against, hand-written from Django's regular
/// expressions with Python's `re.IGNORECASE` and Unicode `\w` semantics.
extension Urlizer {
    typealias Scalars = ArraySlice<Unicode.Scalar>

    /// `simple_url_re`: `^https?://\[?\w` (case-insensitive).
    static func isSimpleURL(_ word: Scalars) -> Bool {
        var index = word.startIndex
        guard matches(word, at: &index, "http") else { return false }
        if index < word.endIndex, matchesLetter(word[index], "s") { index += 1 }
        guard matches(word, at: &index, "://") else { return false }
        if index < word.endIndex, word[index] == "[" { index += 1 }
        return index < word.endIndex && isWordScalar(word[index])
    }

    /// `simple_url_2_re`: `^www\.|^(?!http)\w[^@]+\.(com|edu|gov|int|mil|net|org)($|/.*)$`
    /// (case-insensitive).
    static func isBareDomainURL(_ word: Scalars) -> Bool {
        var index = word.startIndex
        if matches(word, at: &index, "www.") { return true }
        index = word.startIndex
        guard !matches(word, at: &index, "http"), let first = word.first, isWordScalar(first) else { return false }
        var dot = word.startIndex + 1
        while dot < word.endIndex {
            if word[dot] == "@" { return false }
            if dot >= word.startIndex + 2, word[dot] == ".", endsWithKnownTLD(word, dot: dot) { return true }
            dot += 1
        }
        return false
    }

    /// Whether a TLD of the original seven follows the `.` at `dot`, then the end or a `/`.
    private static func endsWithKnownTLD(_ word: Scalars, dot: Int) -> Bool {
        let tldEnd = dot + 4
        guard tldEnd <= word.endIndex, tldEnd == word.endIndex || word[tldEnd] == "/" else { return false }
        let tlds: [StaticString] = ["com", "edu", "gov", "int", "mil", "net", "org"]
        return tlds.contains { tld in
            var index = dot + 1
            return matches(word, at: &index, tld)
        }
    }

    /// Matches the ASCII `pattern` case-insensitively at `index`, advancing past it on success.
    static func matches(_ word: Scalars, at index: inout Int, _ pattern: StaticString) -> Bool {
        var position = index
        let bytes = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        for byte in bytes {
            guard position < word.endIndex, matchesLetter(word[position], Unicode.Scalar(byte)) else { return false }
            position += 1
        }
        index = position
        return true
    }

    /// Whether `scalar` matches the ASCII pattern character `pattern` under Python's
    /// `re.IGNORECASE`, which also folds `İ`/`ı` to `i`, `ſ` to `s` and the Kelvin sign to `k`.
    static func matchesLetter(_ scalar: Unicode.Scalar, _ pattern: Unicode.Scalar) -> Bool {
        if scalar == pattern { return true }
        switch pattern {
        case "a"..."z":
            if scalar.value == pattern.value - 0x20 { return true }
            switch (pattern, scalar.value) {
            case ("i", 0x130), ("i", 0x131), ("s", 0x17F), ("k", 0x212A): return true
            default: return false
            }
        default:
            return false
        }
    }

    /// Python's `\w` for `str` patterns: `_`, letters (`Lu Ll Lt Lm Lo`) and anything with a
    /// numeric value.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_": return true
            default: return false
            }
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return properties.numericType != nil
        }
    }
}
