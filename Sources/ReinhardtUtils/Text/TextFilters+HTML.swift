extension TextFilters {
    /// Django's `strip_tags` (the `striptags` filter): Python's HTML parser is run repeatedly,
    /// keeping only text, entity and character references (`&amp;`, `&#39;`, re-terminated with
    /// `;`), until a pass removes no more `<`.
    ///
    /// - Throws: ``TextFilterError/suspiciousOperation`` past 50 passes or for a 1000+ character
    ///   unclosed tag holding 50 `<`; ``TextFilterError/assertionError(_:)`` for a malformed `<![`.
    public static func stripTags(_ html: String) throws(TextFilterError) -> String {
        try checkLongOpenTags(html)
        var value = html
        var depth = 0
        while value.utf8.contains(UInt8(ascii: "<")), value.utf8.contains(UInt8(ascii: ">")) {
            guard depth < 50 else { throw .suspiciousOperation }
            let stripped = try stripOnce(value)
            if lessThanCount(value) == lessThanCount(stripped) { break }
            value = stripped
            depth += 1
        }
        return value
    }

    /// `_strip_once`: Django's `MLStripper`, fed the text and closed.
    private static func stripOnce(_ value: String) throws(TextFilterError) -> String {
        var parser = PythonHTMLParser(value, convertCharrefs: false)
        var output = String.UnicodeScalarView()
        for end in [false, true] {
            while let token = try parser.next(atEnd: end) {
                switch token {
                case .data(let range, _):
                    output.append(contentsOf: parser.scalars[range])
                case .entityref(let name):
                    output.append("&")
                    output.append(contentsOf: parser.scalars[name])
                    output.append(";")
                case .charref(let name):
                    output.append(contentsOf: "&#".unicodeScalars)
                    output.append(contentsOf: parser.scalars[name])
                    output.append(";")
                case .startTag, .endTag, .markup:
                    break
                }
            }
        }
        return String(output)
    }

    /// `long_open_tag_without_closing_re` (`<[a-zA-Z][^>]{1000,}`): any match holding 50 `<`
    /// is suspicious.
    private static func checkLongOpenTags(_ value: String) throws(TextFilterError) {
        let bytes = Array(value.utf8)
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), PythonHTMLParser.isASCIILetter(Unicode.Scalar(bytes[index + 1])) else {
                index += 1
                continue
            }
            let end = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
            let run = bytes[(index + 1)..<end]
            // Code points, not bytes: count the bytes that start one.
            if run.lazy.filter({ $0 & 0xC0 != 0x80 }).count >= 1000 {
                let opens = bytes[index..<end].lazy.filter { $0 == UInt8(ascii: "<") }.count
                if opens >= 50 { throw .suspiciousOperation }
            }
            index = end
        }
    }

    private static func lessThanCount(_ value: String) -> Int {
        value.utf8.lazy.filter { $0 == UInt8(ascii: "<") }.count
    }

    /// Django's `linebreaks` (the `linebreaks` filter): `\r\n` and `\r` become `\n`; paragraphs
    /// split on two or more newlines become `<p>…</p>` joined by a blank line; single newlines
    /// become `<br>`. With `autoescape` the text is HTML-escaped first.
    public static func linebreaks(_ value: String, autoescape: Bool) -> String {
        let normalized = Array(normalizeNewlines(value).unicodeScalars)
        var paragraphs: [String] = []
        var start = 0
        var index = 0
        while index < normalized.count {
            guard normalized[index] == "\n", index + 1 < normalized.count, normalized[index + 1] == "\n" else {
                index += 1
                continue
            }
            paragraphs.append(String(String.UnicodeScalarView(normalized[start..<index])))
            while index < normalized.count, normalized[index] == "\n" { index += 1 }
            start = index
        }
        paragraphs.append(String(String.UnicodeScalarView(normalized[start...])))
        return paragraphs.map { paragraph in
            "<p>" + replace(autoescape ? escapeHTML(paragraph) : paragraph, "\n", with: "<br>") + "</p>"
        }.joined(separator: "\n\n")
    }

    /// The `linebreaksbr` filter: newlines normalised, optionally escaped, then `\n` → `<br>`.
    public static func linebreaksbr(_ value: String, autoescape: Bool) -> String {
        let normalized = normalizeNewlines(value)
        return replace(autoescape ? escapeHTML(normalized) : normalized, "\n", with: "<br>")
    }

    /// The `linenumbers` filter: each `\n`-separated line prefixed with its zero-padded number
    /// and `. ` (the width is that of the line count); lines are escaped when `autoescape`.
    public static func linenumbers(_ value: String, autoescape: Bool) -> String {
        let lines = value.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        let width = String(lines.count).count
        var output: [String] = []
        output.reserveCapacity(lines.count)
        for (offset, line) in lines.enumerated() {
            let number = String(offset + 1)
            let text = String(String.UnicodeScalarView(line))
            output.append(String(repeating: "0", count: width - number.count) + number + ". " + (autoescape ? escapeHTML(text) : text))
        }
        return output.joined(separator: "\n")
    }

    /// Django's `normalize_newlines`: `\r\n` and lone `\r` become `\n`.
    public static func normalizeNewlines(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        var output = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = scalar == "\r"
            output.append(previousCR ? "\n" : scalar)
        }
        return String(output)
    }
}
