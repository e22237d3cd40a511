import ReinhardtUtils

/// Scans `var|filter:arg|filter` with the grammar of Django's `filter_re`, reporting the same
/// errors for text it cannot read.
struct FilterScanner {
    private let scalars: [Unicode.Scalar]
    private let token: String
    private var position = 0

    init(_ token: String) {
        self.token = token
        self.scalars = Array(token.unicodeScalars)
    }

    /// The variable or constant at the start, or nil when the token starts with a filter.
    mutating func variableText() throws -> String? {
        if let end = constantEnd(at: 0) ?? wordEnd(at: 0) ?? numberEnd(at: 0) {
            position = end
            return text(0, end)
        }
        guard filterMatch(at: 0) != nil else {
            if let start = nextFilterStart() { throw someCharactersError(start) }
            throw remainderError()
        }
        return nil
    }

    /// The next `|name` or `|name:arg`, or nil at the end; throws for unreadable text.
    mutating func nextFilter() throws -> (name: String, argument: String?)? {
        guard position < scalars.count else { return nil }
        guard let match = filterMatch(at: position) else {
            if let start = nextFilterStart() { throw someCharactersError(start) }
            throw remainderError()
        }
        position = match.end
        return (match.name, match.argument)
    }

    private struct FilterMatch {
        let name: String
        let argument: String?
        let end: Int
    }

    /// `\s*\|\s*(\w+)(?::(constant|[\w.]+|number))?` at `start`.
    private func filterMatch(at start: Int) -> FilterMatch? {
        var index = skipSpaces(start)
        guard index < scalars.count, scalars[index] == "|" else { return nil }
        index = skipSpaces(index + 1)
        let nameStart = index
        while index < scalars.count, Self.isWord(scalars[index]) { index += 1 }
        guard index > nameStart else { return nil }
        let name = text(nameStart, index)
        if index < scalars.count, scalars[index] == ":",
            let end = constantEnd(at: index + 1) ?? wordEnd(at: index + 1) ?? numberEnd(at: index + 1)
        {
            return FilterMatch(name: name, argument: text(index + 1, end), end: end)
        }
        return FilterMatch(name: name, argument: nil, end: index)
    }

    private func nextFilterStart() -> Int? {
        var start = position + 1
        while start < scalars.count {
            if filterMatch(at: start) != nil { return start }
            start += 1
        }
        return nil
    }

    /// A quoted string, optionally wrapped in `_( )`.
    private func constantEnd(at start: Int) -> Int? {
        if start + 1 < scalars.count, scalars[start] == "_", scalars[start + 1] == "(",
            let quoteEnd = SmartSplit.quoteEnd(scalars, from: start + 2), quoteEnd < scalars.count, scalars[quoteEnd] == ")"
        {
            return quoteEnd + 1
        }
        return SmartSplit.quoteEnd(scalars, from: start)
    }

    /// `[\w.]+`.
    private func wordEnd(at start: Int) -> Int? {
        var index = start
        while index < scalars.count, Self.isWord(scalars[index]) || scalars[index] == "." { index += 1 }
        return index > start ? index : nil
    }

    /// `[-+.]?\d[\d.e]*`.
    private func numberEnd(at start: Int) -> Int? {
        var index = start
        if index < scalars.count, "-+.".unicodeScalars.contains(scalars[index]) { index += 1 }
        guard index < scalars.count, Self.isDigit(scalars[index]) else { return nil }
        index += 1
        while index < scalars.count, Self.isDigit(scalars[index]) || scalars[index] == "." || scalars[index] == "e" {
            index += 1
        }
        return index
    }

    private func skipSpaces(_ start: Int) -> Int {
        var index = start
        while index < scalars.count, PythonText.isSpace(scalars[index]) { index += 1 }
        return index
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }

    private func someCharactersError(_ start: Int) -> TemplateError {
        .syntax("Could not parse some characters: \(text(0, position))|\(text(position, start))|\(text(start, scalars.count))")
    }

    private func remainderError() -> TemplateError {
        .syntax("Could not parse the remainder: '\(text(position, scalars.count))' from '\(token)'")
    }

    /// Python's `\w` for `str` patterns: letters, digits (any script) and `_`.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || value == 0x5F
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return properties.numericType != nil
        }
    }

    /// Python's `\d`: decimal digits of any script.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }
}
