extension Truncator {
    /// Django's `TruncateHTMLParser` with its `TruncateCharsHTMLParser` and
    /// `TruncateWordsHTMLParser` variants: text is unescaped by the parser, counted, and escaped
    /// again; tags are copied, and those still open when the text runs out are closed.
    ///
    /// As in Django, only one `feed()` pass runs: input the parser holds back at the end (an
    /// unfinished tag, a trailing `&name` without `;`) is dropped.
    struct HTMLTruncator {
        enum Mode {
            /// Characters, remembering the requested length.
            case chars(Int)
            case words
        }

        private var parser: PythonHTMLParser
        private let mode: Mode
        private let truncate: String?
        private var remaining: Int
        private var processedChars = 0
        private var output = String.UnicodeScalarView()
        private var outputLength = 0
        /// Open tags, the most recent last.
        private var openTags: [String] = []

        init(_ text: String, mode: Mode, remaining: Int? = nil, truncate: String?) {
            self.parser = PythonHTMLParser(text, convertCharrefs: true)
            self.mode = mode
            self.truncate = truncate
            switch mode {
            case .chars(let length): self.remaining = Truncator.truncateCharsLength(length, truncate)
            case .words: self.remaining = remaining ?? 0
            }
        }

        /// Feeds the whole text and returns the output.
        mutating func run() throws(TextFilterError) -> String {
            while let token = try parser.next(atEnd: false) {
                guard handle(token) else {
                    for tag in openTags.reversed() { append("</\(tag)>") }
                    break
                }
            }
            return String(output)
        }

        /// Handles one token; false once truncation is complete.
        private mutating func handle(_ token: PythonHTMLParser.Token) -> Bool {
            switch token {
            case .startTag(let name, let text, let selfClosing):
                append(parser.scalars[text])
                if !TextFilters.voidElements.contains(name) {
                    openTags.append(name)
                    if selfClosing { endTag(name) }
                }
            case .endTag(let name):
                if !TextFilters.voidElements.contains(name) { endTag(name) }
            case .data(let range, let unescape):
                var data = String.UnicodeScalarView()
                if unescape {
                    PythonHTMLParser.unescape(parser.scalars[range], into: &data)
                } else {
                    data.append(contentsOf: parser.scalars[range])
                }
                return handleData(Array(data))
            case .charref, .entityref, .markup:
                break
            }
            return true
        }

        /// `handle_endtag` for a non-void element: copy it, and pop it if it is the innermost.
        private mutating func endTag(_ name: String) {
            append("</\(name)>")
            if openTags.last == name { openTags.removeLast() }
        }

        /// `handle_data` with `process()`.
        private mutating func handleData(_ data: [Unicode.Scalar]) -> Bool {
            let dataLength: Int
            let kept: String
            switch mode {
            case .chars(let length):
                processedChars += data.count
                if processedChars == length, outputLength + data.count == parser.scalars.count {
                    append(data[...])
                    return false
                }
                kept = escapeHTML(String(String.UnicodeScalarView(data.prefix(max(remaining, 0)))))
                dataLength = data.count
            case .words:
                let words = Self.splitWords(data)
                kept = escapeHTML(words.prefix(max(remaining, 0)).joined(separator: " "))
                dataLength = words.count
            }
            if remaining < dataLength {
                remaining = 0
                append(Truncator.addTruncationText(kept, truncate))
                return false
            }
            remaining -= dataLength
            append(kept)
            return true
        }

        /// `re.split(r"(?<=\S)\s+(?=\S)", data)`.
        private static func splitWords(_ data: [Unicode.Scalar]) -> [String] {
            var words: [String] = []
            var current = String.UnicodeScalarView()
            var index = 0
            while index < data.count {
                let scalar = data[index]
                guard PythonText.isSpace(scalar), index > 0, !PythonText.isSpace(data[index - 1]) else {
                    current.append(scalar)
                    index += 1
                    continue
                }
                var runEnd = index
                while runEnd < data.count, PythonText.isSpace(data[runEnd]) { runEnd += 1 }
                if runEnd < data.count {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                } else {
                    current.append(contentsOf: data[index..<runEnd])
                }
                index = runEnd
            }
            words.append(String(current))
            return words
        }

        private mutating func append(_ text: String) {
            output.append(contentsOf: text.unicodeScalars)
            outputLength += text.unicodeScalars.count
        }

        private mutating func append(_ scalars: ArraySlice<Unicode.Scalar>) {
            output.append(contentsOf: scalars)
            outputLength += scalars.count
        }
    }
}
