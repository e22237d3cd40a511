/// The tokeniser of Python 3.11's `html.parser.HTMLParser`, which Django's `strip_tags` and its
/// HTML truncators are built on, with the same quirks: lenient start tags, bogus comments, CDATA
/// mode inside `<script>`/`<style>`, text held back at the end of a `feed()`.
///
/// Works on code points (Python string indices). Pull tokens with ``next(atEnd:)``: a `nil`
/// ends one `goahead()` pass; calling it again with `atEnd: true` runs Python's `close()`.
package struct PythonHTMLParser {
    /// What Python's parser would report to a `handle_*` method.
    package enum Token: Equatable {
        /// `handle_data` with `scalars[range]`, first passed through `html.unescape()` if `unescape`.
        case data(Range<Int>, unescape: Bool)
        /// `handle_starttag` (or `handle_startendtag` when `selfClosing`); `text` is the whole tag.
        case startTag(name: String, text: Range<Int>, selfClosing: Bool)
        /// `handle_endtag`.
        case endTag(name: String)
        /// `handle_charref` with the reference's name (`39`, `x27`).
        case charref(Range<Int>)
        /// `handle_entityref` with the reference's name (`amp`).
        case entityref(Range<Int>)
        /// A comment, declaration, processing instruction or marked section (ignored by Django).
        case markup
    }

    /// The whole input, as code points.
    package let scalars: [Unicode.Scalar]
    /// Python's `convert_charrefs`.
    package let convertCharrefs: Bool
    /// Where the unprocessed input (Python's `rawdata`) starts.
    package private(set) var position = 0
    /// `script` or `style` while inside one.
    private var cdataElement: String?
    private var pending: [Token] = []
    private var pendingIndex = 0
    private var passEnded = false

    package init(_ text: String, convertCharrefs: Bool) {
        self.scalars = Array(text.unicodeScalars)
        self.convertCharrefs = convertCharrefs
    }

    /// The next token of the current pass, or `nil` when the pass is over (the next call starts a
    /// new pass over what is left).
    package mutating func next(atEnd end: Bool) throws(TextFilterError) -> Token? {
        while pendingIndex == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingIndex = 0
            if passEnded {
                passEnded = false
                return nil
            }
            try step(end: end)
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }

    // MARK: - goahead

    private var count: Int { scalars.count }

    /// One turn of `goahead()`'s loop.
    private mutating func step(end: Bool) throws(TextFilterError) {
        let i = position
        let n = count
        guard i < n else { return finish(end: end) }
        let unescapes = convertCharrefs && cdataElement == nil
        var j: Int
        if unescapes {
            if let less = find("<", from: i) {
                j = less
            } else {
                if let amp = lastIndex(of: "&", from: max(i, n - 34)), !containsSpaceOrSemicolon(from: amp) {
                    return finish(end: end)
                }
                j = n
            }
        } else if let match = searchInteresting(from: i) {
            j = match
        } else {
            if cdataElement != nil { return finish(end: end) }
            j = n
        }
        if i < j { pending.append(.data(i..<j, unescape: unescapes)) }
        position = j
        guard j < n else { return finish(end: end) }
        // Hand the data over before parsing on: the consumer may stop here, as Django's
        // truncators do by raising from `handle_data`.
        guard i == j else { return }
        switch scalars[j] {
        case "<": try stepMarkup(at: j, end: end)
        case "&" where has("&#", at: j): stepCharref(at: j, end: end)
        default: stepEntityref(at: j, end: end)
        }
    }

    /// The `<` branch of `goahead()`.
    private mutating func stepMarkup(at i: Int, end: Bool) throws(TextFilterError) {
        let n = count
        var k: Int
        if i + 1 < n, Self.isASCIILetter(scalars[i + 1]) {
            k = parseStartTag(at: i)
        } else if has("</", at: i) {
            k = parseEndTag(at: i)
        } else if has("<!--", at: i) {
            k = parseComment(at: i)
        } else if has("<?", at: i) {
            k = find(">", from: i + 2).map { pending.append(.markup); return $0 + 1 } ?? -1
        } else if has("<!", at: i) {
            k = try parseHTMLDeclaration(at: i)
        } else if i + 1 < n {
            pending.append(.data(i..<(i + 1), unescape: false))
            k = i + 1
        } else {
            return finish(end: end)
        }
        if k < 0 {
            guard end else { return finish(end: end) }
            if let greater = find(">", from: i + 1) {
                k = greater + 1
            } else {
                k = find("<", from: i + 1) ?? (i + 1)
            }
            pending.append(.data(i..<k, unescape: convertCharrefs && cdataElement == nil))
        }
        position = k
    }

    /// The `&#` branch of `goahead()`.
    private mutating func stepCharref(at i: Int, end: Bool) {
        if let matchEnd = matchCharref(at: i) {
            pending.append(.charref((i + 2)..<(matchEnd - 1)))
            position = scalars[matchEnd - 1] == ";" ? matchEnd : matchEnd - 1
            return
        }
        if find(";", from: i) != nil {
            pending.append(.data(i..<(i + 2), unescape: false))
            position = i + 2
        }
        finish(end: end)
    }

    /// The `&` branch of `goahead()`.
    private mutating func stepEntityref(at i: Int, end: Bool) {
        let n = count
        if let (nameEnd, matchEnd) = matchEntityref(at: i) {
            pending.append(.entityref((i + 1)..<nameEnd))
            position = scalars[matchEnd - 1] == ";" ? matchEnd : matchEnd - 1
        } else if i + 1 < n, Self.isASCIILetter(scalars[i + 1]) || scalars[i + 1] == "#" {
            if end, i + 2 == n { position = i + 1 }
            finish(end: end)
        } else if i + 1 < n {
            pending.append(.data(i..<(i + 1), unescape: false))
            position = i + 1
        } else {
            finish(end: end)
        }
    }

    /// The code after `goahead()`'s loop: at the end, what is left is data.
    private mutating func finish(end: Bool) {
        if end, position < count, cdataElement == nil {
            pending.append(.data(position..<count, unescape: convertCharrefs))
            position = count
        }
        passEnded = true
    }

    // MARK: - Tags

    /// `parse_starttag`: the end of the tag, or -1 if it is incomplete.
    private mutating func parseStartTag(at i: Int) -> Int {
        let endPosition = checkForWholeStartTag(at: i)
        guard endPosition >= 0 else { return endPosition }
        let nameEnd = tagNameEnd(from: i + 1)
        let name = PythonCaseMapping.lower(scalars[(i + 1)..<nameEnd])
        var k = skipTagSeparators(from: nameEnd)
        while k < endPosition, let attributeEnd = matchAttribute(at: k) { k = attributeEnd }
        let rest = k < endPosition ? stripped(k..<endPosition) : k..<k
        let closing = rest.count == 2 && scalars[rest.lowerBound] == "/" && scalars[rest.lowerBound + 1] == ">"
        guard closing || (rest.count == 1 && scalars[rest.lowerBound] == ">") else {
            pending.append(.data(i..<endPosition, unescape: false))
            return endPosition
        }
        pending.append(.startTag(name: name, text: i..<endPosition, selfClosing: closing))
        if !closing, name == "script" || name == "style" { cdataElement = name }
        return endPosition
    }

    /// `check_for_whole_start_tag` (with `locatestarttagend_tolerant`).
    private func checkForWholeStartTag(at i: Int) -> Int {
        let n = count
        var j = tagNameEnd(from: i + 1)
        while j < n, PythonText.isSpace(scalars[j]) || scalars[j] == "/" { j += 1 }
        while let attributeEnd = matchAttribute(at: j) { j = attributeEnd }
        while j < n, PythonText.isSpace(scalars[j]) { j += 1 }
        guard j < n else { return -1 }
        switch scalars[j] {
        case ">": return j + 1
        case "/": return has("/>", at: j) ? j + 2 : -1
        case "=": return -1
        case let next where Self.isASCIILetter(next): return -1
        default: return j > i ? j : i + 1
        }
    }

    /// The end of `[a-zA-Z][^\t\n\r\f />\x00]*` starting at `start` (which holds a letter).
    private func tagNameEnd(from start: Int) -> Int {
        var j = start + 1
        while j < count {
            switch scalars[j] {
            case "\t", "\n", "\r", "\u{0C}", " ", "/", ">", "\0": return j
            default: j += 1
            }
        }
        return j
    }

    /// The end of `(?:\s|/(?!>))*` from `start`.
    private func skipTagSeparators(from start: Int) -> Int {
        var j = start
        while j < count {
            if PythonText.isSpace(scalars[j]) || (scalars[j] == "/" && !has("/>", at: j)) {
                j += 1
            } else {
                break
            }
        }
        return j
    }

    /// `attrfind_tolerant` (one attribute of `locatestarttagend_tolerant`), regex backtracking included.
    private func matchAttribute(at start: Int) -> Int? {
        guard start > 0, start < count else { return nil }
        switch scalars[start - 1] {
        case "'", "\"", "/": break
        case let previous where PythonText.isSpace(previous): break
        default: return nil
        }
        let first = scalars[start]
        guard !PythonText.isSpace(first), first != "/", first != ">" else { return nil }
        var nameEnd = start + 1
        while nameEnd < count {
            let scalar = scalars[nameEnd]
            if PythonText.isSpace(scalar) || scalar == "/" || scalar == "=" || scalar == ">" { break }
            nameEnd += 1
        }
        return skipTagSeparators(from: matchAttributeValue(at: nameEnd) ?? nameEnd)
    }

    /// `\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*)`, as the regex engine settles it.
    private func matchAttributeValue(at start: Int) -> Int? {
        var equals = start
        while equals < count, PythonText.isSpace(scalars[equals]) { equals += 1 }
        guard equals < count, scalars[equals] == "=" else { return nil }
        var afterEquals = equals
        while afterEquals < count, scalars[afterEquals] == "=" { afterEquals += 1 }
        var valueStart = afterEquals
        while valueStart < count, PythonText.isSpace(scalars[valueStart]) { valueStart += 1 }
        if let valueEnd = matchValue(at: valueStart) { return valueEnd }
        // An unterminated quote: the engine gives back a space, or else an `=`.
        if valueStart > afterEquals { return valueStart - 1 }
        if afterEquals - equals > 1 { return matchValue(at: afterEquals - 1) }
        return nil
    }

    /// A quoted value (nil when unterminated) or a bare one.
    private func matchValue(at start: Int) -> Int? {
        if start < count, scalars[start] == "'" || scalars[start] == "\"" {
            return find(scalars[start], from: start + 1).map { $0 + 1 }
        }
        var end = start
        while end < count, scalars[end] != ">", !PythonText.isSpace(scalars[end]) { end += 1 }
        return end
    }

    /// `parse_endtag`: the end of the tag, or -1 if it is incomplete.
    private mutating func parseEndTag(at i: Int) -> Int {
        guard let greater = find(">", from: i + 1) else { return -1 }
        let gtEnd = greater + 1
        if let name = matchEndTag(at: i) {
            if let cdataElement, name != cdataElement {
                pending.append(.data(i..<gtEnd, unescape: false))
                return gtEnd
            }
            pending.append(.endTag(name: name))
            cdataElement = nil
            return gtEnd
        }
        if cdataElement != nil {
            pending.append(.data(i..<gtEnd, unescape: false))
            return gtEnd
        }
        guard i + 2 < count, Self.isASCIILetter(scalars[i + 2]) else {
            if has("</>", at: i) { return i + 3 }
            guard let greater = find(">", from: i + 2) else { return -1 }
            pending.append(.markup)
            return greater + 1
        }
        let nameEnd = tagNameEnd(from: i + 2)
        pending.append(.endTag(name: PythonCaseMapping.lower(scalars[(i + 2)..<nameEnd])))
        return (find(">", from: skipTagSeparators(from: nameEnd)) ?? -1) + 1
    }

    /// `endtagfind`: `</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>`, giving the lowercased name.
    private func matchEndTag(at i: Int) -> String? {
        var j = i + 2
        while j < count, PythonText.isSpace(scalars[j]) { j += 1 }
        guard j < count, Self.isASCIILetter(scalars[j]) else { return nil }
        let nameStart = j
        j += 1
        while j < count {
            let scalar = scalars[j]
            guard Self.isASCIILetter(scalar) || Self.isDigit(scalar) || "-.:_".unicodeScalars.contains(scalar) else { break }
            j += 1
        }
        let nameEnd = j
        while j < count, PythonText.isSpace(scalars[j]) { j += 1 }
        guard j < count, scalars[j] == ">" else { return nil }
        var name = String.UnicodeScalarView()
        for scalar in scalars[nameStart..<nameEnd] { name.append(PythonCaseMapping.asciiLower(scalar)) }
        return String(name)
    }

    // MARK: - Comments and declarations

    /// `parse_comment`: up to the first `--\s*>`.
    private mutating func parseComment(at i: Int) -> Int {
        var j = i + 4
        while let dash = find("-", from: j) {
            if has("--", at: dash) {
                var k = dash + 2
                while k < count, PythonText.isSpace(scalars[k]) { k += 1 }
                if k < count, scalars[k] == ">" {
                    pending.append(.markup)
                    return k + 1
                }
            }
            j = dash + 1
        }
        return -1
    }

    /// `parse_html_declaration`.
    private mutating func parseHTMLDeclaration(at i: Int) throws(TextFilterError) -> Int {
        if has("<!--", at: i) { return parseComment(at: i) }
        if has("<![", at: i) { return try parseMarkedSection(at: i) }
        if i + 9 <= count, scalars[i..<(i + 9)].map(PythonCaseMapping.asciiLower).elementsEqual("<!doctype".unicodeScalars) {
            guard let greater = find(">", from: i + 9) else { return -1 }
            pending.append(.markup)
            return greater + 1
        }
        guard let greater = find(">", from: i + 2) else { return -1 }
        pending.append(.markup)
        return greater + 1
    }

    /// `_markupbase.parse_marked_section`, with its `AssertionError`s.
    private mutating func parseMarkedSection(at i: Int) throws(TextFilterError) -> Int {
        let nameStart = i + 3
        guard nameStart < count else { return -1 }
        guard Self.isASCIILetter(scalars[nameStart]) else {
            throw .assertionError("expected name token at " + PythonText.repr(slice(i, length: 20)))
        }
        var nameEnd = nameStart + 1
        while nameEnd < count, Self.isDeclarationNameCharacter(scalars[nameEnd]) { nameEnd += 1 }
        var j = nameEnd
        while j < count, PythonText.isSpace(scalars[j]) { j += 1 }
        guard j < count else { return -1 }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<nameEnd].map(PythonCaseMapping.asciiLower)))
        let closer: String
        switch name {
        case "temp", "cdata", "ignore", "include", "rcdata": closer = "]]>"
        case "if", "else", "endif": closer = "]>"
        default:
            throw .assertionError("unknown status keyword " + PythonText.repr(slice(nameStart, length: j - nameStart)) + " in marked section")
        }
        guard let end = searchSpaced(Array(closer.unicodeScalars), from: nameStart) else { return -1 }
        pending.append(.markup)
        return end
    }

    /// The end of the first match of `closer` with `\s*` allowed between its characters.
    private func searchSpaced(_ closer: [Unicode.Scalar], from start: Int) -> Int? {
        var from = start
        while let first = find(closer[0], from: from) {
            var k = first + 1
            var matched = true
            for scalar in closer.dropFirst() {
                while k < count, PythonText.isSpace(scalars[k]) { k += 1 }
                guard k < count, scalars[k] == scalar else { matched = false; break }
                k += 1
            }
            if matched { return k }
            from = first + 1
        }
        return nil
    }

    // MARK: - References

    /// `charref`: `&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]`; the end of the match.
    private func matchCharref(at i: Int) -> Int? {
        var j = i + 2
        guard j < count else { return nil }
        if Self.isDigit(scalars[j]) {
            while j < count, Self.isDigit(scalars[j]) { j += 1 }
        } else if scalars[j] == "x" || scalars[j] == "X" {
            j += 1
            let digitsStart = j
            while j < count, Self.isHexDigit(scalars[j]) { j += 1 }
            guard j > digitsStart else { return nil }
        } else {
            return nil
        }
        guard j < count, !Self.isHexDigit(scalars[j]) else { return nil }
        return j + 1
    }

    /// `entityref`: `&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]`; the name's end and the match's end.
    private func matchEntityref(at i: Int) -> (Int, Int)? {
        let start = i + 1
        guard start < count, Self.isASCIILetter(scalars[start]) else { return nil }
        var j = start + 1
        while j < count, Self.isEntityNameCharacter(scalars[j]) { j += 1 }
        if j < count { return (j, j + 1) }
        // At the end of the input the engine backtracks to the last `-` or `.`.
        var back = count - 1
        while back > start {
            if scalars[back] == "-" || scalars[back] == "." { return (back, back + 1) }
            back -= 1
        }
        return nil
    }

    // MARK: - Scanning

    /// `interesting.search()`: the next `<` or `&`, or in CDATA mode the next closing tag.
    private func searchInteresting(from start: Int) -> Int? {
        guard let cdataElement else {
            return scalars[start...].firstIndex { $0 == "<" || $0 == "&" }
        }
        let name = Array(cdataElement.unicodeScalars)
        var from = start
        while let less = find("<", from: from) {
            if has("</", at: less), closesCDATA(name, from: less + 2) { return less }
            from = less + 1
        }
        return nil
    }

    /// Whether `\s*NAME\s*>` (case-insensitive as Python's `re.I`) starts at `start`.
    private func closesCDATA(_ name: [Unicode.Scalar], from start: Int) -> Bool {
        var j = start
        while j < count, PythonText.isSpace(scalars[j]) { j += 1 }
        for expected in name {
            guard j < count, Self.foldsTo(scalars[j], expected) else { return false }
            j += 1
        }
        while j < count, PythonText.isSpace(scalars[j]) { j += 1 }
        return j < count && scalars[j] == ">"
    }

    /// Whether `re.I` lets `scalar` match the lowercase ASCII letter `letter`.
    private static func foldsTo(_ scalar: Unicode.Scalar, _ letter: Unicode.Scalar) -> Bool {
        if PythonCaseMapping.asciiLower(scalar) == letter { return true }
        switch (letter, scalar) {
        case ("s", "\u{17F}"), ("i", "\u{130}"), ("i", "\u{131}"), ("k", "\u{212A}"): return true
        default: return false
        }
    }

    private func find(_ scalar: Unicode.Scalar, from start: Int) -> Int? {
        guard start < count else { return nil }
        return scalars[start...].firstIndex(of: scalar)
    }

    private func lastIndex(of scalar: Unicode.Scalar, from start: Int) -> Int? {
        guard start < count else { return nil }
        return scalars[start...].lastIndex(of: scalar)
    }

    private func containsSpaceOrSemicolon(from start: Int) -> Bool {
        scalars[start...].contains { $0 == ";" || PythonText.isSpace($0) }
    }

    private func has(_ prefix: StaticString, at index: Int) -> Bool {
        var j = index
        for byte in UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount) {
            guard j < count, scalars[j].value == UInt32(byte) else { return false }
            j += 1
        }
        return true
    }

    /// `range` without Python-whitespace at either end.
    private func stripped(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, PythonText.isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, PythonText.isSpace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private func slice(_ start: Int, length: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<min(count, start + length)]))
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let folded = scalar.value | 0x20
        return folded >= 0x61 && folded <= 0x7A
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        let folded = scalar.value | 0x20
        return isDigit(scalar) || (folded >= 0x61 && folded <= 0x66)
    }

    private static func isEntityNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || isDigit(scalar) || scalar == "-" || scalar == "."
    }

    private static func isDeclarationNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isEntityNameCharacter(scalar) || scalar == "_"
    }
}
