/// `Urlizer.trim_punctuation`: separating a word's leading and trailing punctuation from the
/// URL it may hold.
extension Urlizer {
    /// Where the parts of a word lie: the lead is everything before `middle`, the trail is
    /// `trail`. Django can drop punctuation it already moved to the trail when it next trims an
    /// unbalanced closing bracket, so the trail need not reach the end of the word.
    struct WordBounds {
        var middle: Range<Int>
        var trail: Range<Int>
    }

    /// Trims as Django does: opening `(`/`[` first; then, until nothing changes, unbalanced closing
    /// brackets, trailing `.,:;!` (keeping a `;` when the word has a `&`), and a trailing `;` that
    /// does not complete a character reference.
    static func trimPunctuation(_ word: [Unicode.Scalar]) -> WordBounds {
        var start = 0
        while start < word.count, word[start] == "(" || word[start] == "[" { start += 1 }
        var state = TrimState(start: start, middleEnd: word.count, trailEnd: word.count, word: word)
        var trimmedSomething = true
        while trimmedSomething && state.middleEnd > start {
            trimmedSomething = state.trimClosingBrackets()
            trimmedSomething = state.trimTrailingPunctuation() || trimmedSomething
        }
        return WordBounds(middle: start..<state.middleEnd, trail: state.middleEnd..<state.trailEnd)
    }

    /// The mutable state of one `trim_punctuation` run, with Django's bracket counters (taken once
    /// from the untrimmed middle and only decreased by the amount trimmed).
    private struct TrimState {
        let start: Int
        var middleEnd: Int
        var trailEnd: Int
        let word: [Unicode.Scalar]
        var openParens = 0, closeParens = 0, openBrackets = 0, closeBrackets = 0

        init(start: Int, middleEnd: Int, trailEnd: Int, word: [Unicode.Scalar]) {
            (self.start, self.middleEnd, self.trailEnd, self.word) = (start, middleEnd, trailEnd, word)
            for scalar in word[start...] {
                switch scalar {
                case "(": openParens += 1
                case ")": closeParens += 1
                case "[": openBrackets += 1
                case "]": closeBrackets += 1
                default: break
                }
            }
        }

        /// For `()` then `[]`: when closings outnumber openings and the middle ends with one, the
        /// last (closings − openings) characters become the trail.
        mutating func trimClosingBrackets() -> Bool {
            let parens = trimClosing(")", opening: openParens, closing: closeParens)
            closeParens -= parens
            let brackets = trimClosing("]", opening: openBrackets, closing: closeBrackets)
            closeBrackets -= brackets
            return parens > 0 || brackets > 0
        }

        /// Trims one kind of closing bracket; returns how much the closing count drops (0: nothing done).
        private mutating func trimClosing(_ bracket: Unicode.Scalar, opening: Int, closing: Int) -> Int {
            guard opening < closing, middleEnd > start, word[middleEnd - 1] == bracket else { return 0 }
            let strip = closing - opening
            trailEnd = middleEnd
            middleEnd = max(start, middleEnd - strip)
            return strip
        }

        /// Moves trailing `.,:;!` (`.,:!` when the middle has a `&`) to the trail, then a trailing
        /// `;` unless it ends a character reference.
        mutating func trimTrailingPunctuation() -> Bool {
            let ampersand = word[start..<middleEnd].lastIndex(of: "&")
            var trimmed = false
            let end = punctuationStart(allowingSemicolon: ampersand == nil)
            if end != middleEnd {
                middleEnd = end
                trimmed = true
            }
            guard middleEnd > start, word[middleEnd - 1] == ";" else { return trimmed }
            let entity = string(word[(ampersand ?? middleEnd - 1)..<middleEnd])
            let unescaped = PythonHTMLParser.unescape(entity)
            guard unescaped.unicodeScalars.elementsEqual(entity.unicodeScalars) || unescaped.unicodeScalars.last == ";" else {
                return trimmed
            }
            trimSemicolons(keepingEntity: ampersand != nil)
            return true
        }

        /// The start of the run of trailing punctuation in the middle.
        private func punctuationStart(allowingSemicolon: Bool) -> Int {
            var end = middleEnd
            while end > start {
                switch word[end - 1] {
                case ".", ",", ":", "!": end -= 1
                case ";" where allowingSemicolon: end -= 1
                default: return end
                }
            }
            return end
        }

        /// Strips the trailing punctuation, but with a `&` in the middle and several trailing `;`,
        /// keeps everything up to the first `;` of the run, which may end an entity.
        private mutating func trimSemicolons(keepingEntity: Bool) {
            let trailStart = punctuationStart(allowingSemicolon: true)
            var semicolons = 0
            while middleEnd - semicolons > start, word[middleEnd - semicolons - 1] == ";" { semicolons += 1 }
            if keepingEntity && semicolons > 1, let first = word[trailStart..<middleEnd].firstIndex(of: ";") {
                middleEnd = first + 1
            } else {
                middleEnd = trailStart
            }
        }
    }
}
