/// The literal text a regex must start with, so `re_path()` routes can be indexed by prefix too.
///
/// Deliberately conservative: only a regex anchored with `^` and without any `|` has a prefix, and the
/// prefix stops at the first construct that is not a plain character (a character made optional or
/// repeated by a quantifier is left out).
enum RegexLiteralPrefix {
    /// The prefix's UTF-8 bytes, and whether the regex is nothing but that text.
    static func extract(_ regex: String) -> (bytes: [UInt8], isWholeRegex: Bool) {
        let scalars = Array(regex.unicodeScalars)
        guard scalars.first == "^", !scalars.contains("|") else { return ([], false) }
        var literal = ""
        var position = 1
        while position < scalars.count, let (scalar, width) = literalCharacter(scalars, at: position) {
            if position + width < scalars.count, quantifiers.contains(scalars[position + width]) { break }
            literal.unicodeScalars.append(scalar)
            position += width
        }
        return (Array(literal.utf8), position == scalars.count)
    }

    private static let metacharacters = Set(".^$*+?{}[]|()".unicodeScalars)
    private static let quantifiers = Set("*+?{".unicodeScalars)

    /// The plain character at `position` and how many code points spell it, or `nil` for a construct.
    private static func literalCharacter(_ scalars: [Unicode.Scalar], at position: Int) -> (Unicode.Scalar, Int)? {
        let scalar = scalars[position]
        if scalar == "\\" {
            guard position + 1 < scalars.count else { return nil }
            let escaped = scalars[position + 1]
            let isSpecial = escaped.isASCII && (escaped.properties.isAlphabetic || ("0"..."9").contains(escaped))
            return isSpecial ? nil : (escaped, 2)
        }
        return metacharacters.contains(scalar) ? nil : (scalar, 1)
    }
}
