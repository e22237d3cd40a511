import ReinhardtUtils

/// Django's `smart_split`: splits on whitespace but keeps quoted strings, and words joined to them,
/// whole (`a "b c"d e` → `a`, `"b c"d`, `e`), then rejoins `_("…")` translation literals.
enum SmartSplit {
    static func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var bits: [String] = []
        var index = 0
        while index < scalars.count {
            if PythonText.isSpace(scalars[index]) {
                index += 1
                continue
            }
            let end = quotedWordEnd(scalars, from: index) ?? plainWordEnd(scalars, from: index)
            bits.append(String(String.UnicodeScalarView(scalars[index..<end])))
            index = end
        }
        return joinTranslations(bits)
    }

    /// The end of `[^\s'"]*(?:QUOTED[^\s'"]*)+` starting at `start`, or nil when it does not match.
    private static func quotedWordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = skipPlain(scalars, from: start)
        var matchedQuote = false
        while index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
            guard let close = quoteEnd(scalars, from: index) else { break }
            matchedQuote = true
            index = skipPlain(scalars, from: close)
        }
        return matchedQuote ? index : nil
    }

    /// The index after the closing quote of the `"…"` or `'…'` string (backslash escapes, no
    /// escaped newline) opening at `start`; nil when none opens there or it is unclosed.
    static func quoteEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count, scalars[start] == "\"" || scalars[start] == "'" else { return nil }
        let quote = scalars[start]
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == quote { return index + 1 }
            if scalar == "\\" {
                guard index + 1 < scalars.count, scalars[index + 1] != "\n" else { return nil }
                index += 2
            } else {
                index += 1
            }
        }
        return nil
    }

    private static func skipPlain(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if PythonText.isSpace(scalar) || scalar == "\"" || scalar == "'" { break }
            index += 1
        }
        return index
    }

    private static func plainWordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, !PythonText.isSpace(scalars[index]) { index += 1 }
        return index
    }

    /// Rejoins `_("two words")` that the split cut apart, as `Token.split_contents()` does.
    private static func joinTranslations(_ bits: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < bits.count {
            var bit = bits[index]
            if bit.hasPrefix("_(\"") || bit.hasPrefix("_('") {
                let sentinel = String(bit.unicodeScalars[bit.unicodeScalars.index(bit.unicodeScalars.startIndex, offsetBy: 2)]) + ")"
                var pieces = [bit]
                while !bit.hasSuffix(sentinel), index + 1 < bits.count {
                    index += 1
                    bit = bits[index]
                    pieces.append(bit)
                }
                bit = pieces.joined(separator: " ")
            }
            result.append(bit)
            index += 1
        }
        return result
    }
}
