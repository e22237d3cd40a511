extension TextFilters {
    /// Django's `wrap` (the `wordwrap` filter): each line (Python `str.splitlines()`) is wrapped
    /// with `textwrap.TextWrapper(width, break_long_words=False, break_on_hyphens=False,
    /// replace_whitespace=False)`, so tabs expand to 8 columns, words longer than `width` stay
    /// whole, and a break swallows the spaces it replaces. A final `\n` is kept.
    ///
    /// - Throws: ``TextFilterError/valueError(_:)`` when `width` < 1 and there is a line to wrap.
    public static func wordwrap(_ text: String, width: Int) throws(TextFilterError) -> String {
        let lines = splitLines(text)
        if width <= 0, !lines.isEmpty { throw .valueError("invalid width \(width) (must be > 0)") }
        var result: [String] = []
        for line in lines {
            let wrapped = wrapLine(expandTabs(line), width: width)
            if wrapped.isEmpty {
                result.append(String(String.UnicodeScalarView(line)))
            } else {
                result.append(contentsOf: wrapped)
            }
        }
        if text.unicodeScalars.last == "\n" { result.append("") }
        return result.joined(separator: "\n")
    }

    /// Python's `str.splitlines()`.
    private static func splitLines(_ text: String) -> [ArraySlice<Unicode.Scalar>] {
        let scalars = Array(text.unicodeScalars)
        var lines: [ArraySlice<Unicode.Scalar>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(scalars[start..<index])
                if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                index += 1
                start = index
            default:
                index += 1
            }
        }
        if start < scalars.count { lines.append(scalars[start...]) }
        return lines
    }

    /// Python's `str.expandtabs(8)` on a line.
    private static func expandTabs(_ line: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        guard line.contains("\t") else { return Array(line) }
        var output: [Unicode.Scalar] = []
        for scalar in line {
            if scalar == "\t" {
                output.append(contentsOf: repeatElement(" ", count: 8 - output.count % 8))
            } else {
                output.append(scalar)
            }
        }
        return output
    }

    /// `TextWrapper.wrap` on one line without newlines.
    private static func wrapLine(_ line: [Unicode.Scalar], width: Int) -> [String] {
        var chunks = wrapChunks(line)
        chunks.reverse()
        var lines: [String] = []
        while !chunks.isEmpty {
            var current: [ArraySlice<Unicode.Scalar>] = []
            var length = 0
            if !lines.isEmpty, isBlank(chunks[chunks.count - 1]) { chunks.removeLast() }
            while let chunk = chunks.last, length + chunk.count <= width {
                current.append(chunk)
                length += chunk.count
                chunks.removeLast()
            }
            if let chunk = chunks.last, chunk.count > width, current.isEmpty {
                current.append(chunk)
                chunks.removeLast()
            }
            if let last = current.last, isBlank(last) { current.removeLast() }
            if !current.isEmpty {
                lines.append(String(String.UnicodeScalarView(current.joined())))
            }
        }
        return lines
    }

    /// `wordsep_simple_re` split: runs of `[\t\n\v\f\r ]` and the runs between them.
    private static func wrapChunks(_ line: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        var chunks: [ArraySlice<Unicode.Scalar>] = []
        var start = 0
        for index in line.indices.dropFirst() where isWrapSpace(line[index]) != isWrapSpace(line[index - 1]) {
            chunks.append(line[start..<index])
            start = index
        }
        if start < line.count { chunks.append(line[start...]) }
        return chunks
    }

    private static func isWrapSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\t", "\n", "\u{0B}", "\u{0C}", "\r", " ": return true
        default: return false
        }
    }

    /// `chunk.strip() == ""`.
    private static func isBlank(_ chunk: ArraySlice<Unicode.Scalar>) -> Bool {
        chunk.allSatisfy(PythonText.isSpace)
    }

    /// Django's `slugify`: NFKD and ASCII only (or NFKC with `allowUnicode`), lowercased, with
    /// everything but word characters, whitespace and `-` removed, runs of `-` and whitespace
    /// turned into one `-`, and `-`/`_` stripped from both ends.
    public static func slugify(_ value: String, allowUnicode: Bool = false) -> String {
        let normalized: String
        if allowUnicode {
            normalized = UnicodeNormalization.nfkc(value)
        } else {
            normalized = String(String.UnicodeScalarView(UnicodeNormalization.nfkd(value).unicodeScalars.filter(\.isASCII)))
        }
        var slug: [Unicode.Scalar] = []
        var inSeparator = false
        for scalar in lower(normalized).unicodeScalars {
            if scalar == "-" || PythonText.isSpace(scalar) {
                if !inSeparator { slug.append("-") }
                inSeparator = true
            } else if PythonCaseMapping.isWordCharacter(scalar) {
                slug.append(scalar)
                inSeparator = false
            }
        }
        let trimmed = slug.drop { $0 == "-" || $0 == "_" }
        let end = trimmed.lastIndex { $0 != "-" && $0 != "_" }.map { $0 + 1 } ?? trimmed.startIndex
        return String(String.UnicodeScalarView(trimmed[..<end]))
    }
}
