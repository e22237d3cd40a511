extension RegexReverser.Normalizer {
    /// Applies `*`, `?`, `+` or `{m,n}` to the previous item: keep the minimum count, and make an
    /// optional group optional. Returns the character read past the quantifier, if any.
    mutating func quantify(_ scalar: Unicode.Scalar) throws(RegexReverser.Stop) -> Unicode.Scalar? {
        let (minimum, lookahead) = try readQuantifier(scalar)
        guard let last = result.last else {
            if minimum == 1 { return lookahead }
            throw .notReversible(String(scalar))
        }
        if minimum == 0 {
            result.removeLast()
            if last.containsGroup { result.append(.optional(last)) }
        } else if minimum > 1 {
            result += Array(repeating: last, count: minimum - 1)
        }
        return lookahead
    }

    /// The quantifier's minimum count, and the character after it unless it was a lazy `?`.
    private mutating func readQuantifier(
        _ scalar: Unicode.Scalar
    ) throws(RegexReverser.Stop) -> (minimum: Int, lookahead: Unicode.Scalar?) {
        if scalar != "{" {
            return (scalar == "+" ? 1 : 0, nextUnlessLazy())
        }
        var body = ""
        var current = scalar
        while current != "}" {
            (current, _) = try next()
            if current != "}" { body.unicodeScalars.append(current) }
        }
        let first = body.split(separator: ",", omittingEmptySubsequences: false).first ?? ""
        guard let minimum = Int(first.trimmingPythonWhitespace()) else {
            throw .notReversible("{\(body)}")
        }
        return (minimum, nextUnlessLazy())
    }

    private mutating func nextUnlessLazy() -> Unicode.Scalar? {
        guard let (next, _) = tokens.next(), next != "?" else { return nil }
        return next
    }
}

extension Substring {
    /// The text without leading and trailing Python whitespace.
    func trimmingPythonWhitespace() -> Substring {
        var text = self
        while let first = text.unicodeScalars.first, PythonFormatting.isWhitespace(first) { text = text.dropFirst() }
        while let last = text.unicodeScalars.last, PythonFormatting.isWhitespace(last) { text = text.dropLast() }
        return text
    }
}
