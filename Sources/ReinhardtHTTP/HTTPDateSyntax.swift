/// The three date patterns of Django's `parse_http_date`, matched with Python `re` semantics:
/// `\w` is any Unicode letter or number or `_`, `[0-9]` is ASCII, and `$` also matches before one
/// final newline.
enum HTTPDateSyntax {
    /// The fields of a matched date, before range checks.
    struct Fields {
        var day = 0, year = 0, hour = 0, minute = 0, second = 0
        var month = ""
    }

    /// One element of a pattern.
    private enum Piece {
        case word(min: Int, max: Int)
        case literal([Unicode.Scalar])
        case day, month, year4, year2, time
        /// asctime's day: a space or a digit, then a digit.
        case paddedDay

        /// A literal piece.
        static func text(_ literal: String) -> Piece { .literal(Array(literal.unicodeScalars)) }
    }

    private static let rfc1123: [Piece] = [.word(min: 3, max: 3), .text(", "), .day, .text(" "), .month,
        .text(" "), .year4, .text(" "), .time, .text(" GMT")]
    private static let rfc850: [Piece] = [.word(min: 6, max: 9), .text(", "), .day, .text("-"), .month,
        .text("-"), .year2, .text(" "), .time, .text(" GMT")]
    private static let asctime: [Piece] = [.word(min: 3, max: 3), .text(" "), .month, .text(" "), .paddedDay,
        .text(" "), .time, .text(" "), .year4]

    /// The fields of the first pattern `text` matches, or `nil`.
    static func match(_ text: String) -> Fields? {
        let scalars = Array(text.unicodeScalars)
        for pattern in [rfc1123, rfc850, asctime] {
            if let fields = match(scalars, pattern) { return fields }
        }
        return nil
    }

    /// Matches a whole pattern, anchored at both ends.
    private static func match(_ scalars: [Unicode.Scalar], _ pattern: [Piece]) -> Fields? {
        var fields = Fields()
        var position = 0
        for piece in pattern {
            guard let next = match(piece, scalars, at: position, into: &fields) else { return nil }
            position = next
        }
        let rest = scalars[position...]
        return rest.isEmpty || (rest.count == 1 && rest.first == "\n") ? fields : nil
    }

    /// Matches one piece at `position`; returns the position after it.
    private static func match(_ piece: Piece, _ s: [Unicode.Scalar], at position: Int, into fields: inout Fields) -> Int? {
        switch piece {
        case .word(let min, let max):
            var end = position
            while end < s.count, end - position < max, isWord(s[end]) { end += 1 }
            return end - position >= min ? end : nil
        case .literal(let expected):
            guard s[position...].starts(with: expected) else { return nil }
            return position + expected.count
        case .month:
            guard let end = match(.word(min: 3, max: 3), s, at: position, into: &fields) else { return nil }
            fields.month = String(String.UnicodeScalarView(s[position..<end]))
            return end
        case .day: return number(s, at: position, digits: 2) { fields.day = $0 }
        case .year4: return number(s, at: position, digits: 4) { fields.year = $0 }
        case .year2: return number(s, at: position, digits: 2) { fields.year = $0 }
        case .paddedDay:
            guard position < s.count, s[position] == " " || isDigit(s[position]) else { return nil }
            let tens = s[position] == " " ? 0 : Int(s[position].value - 0x30)
            return number(s, at: position + 1, digits: 1) { fields.day = tens * 10 + $0 }
        case .time:
            return time(s, at: position, into: &fields)
        }
    }

    /// Matches `HH:MM:SS`.
    private static func time(_ s: [Unicode.Scalar], at position: Int, into fields: inout Fields) -> Int? {
        guard let afterHour = number(s, at: position, digits: 2, { fields.hour = $0 }),
            afterHour < s.count, s[afterHour] == ":",
            let afterMinute = number(s, at: afterHour + 1, digits: 2, { fields.minute = $0 }),
            afterMinute < s.count, s[afterMinute] == ":"
        else { return nil }
        return number(s, at: afterMinute + 1, digits: 2) { fields.second = $0 }
    }

    /// Matches exactly `digits` ASCII digits and stores their value.
    private static func number(_ s: [Unicode.Scalar], at position: Int, digits: Int, _ store: (Int) -> Void) -> Int? {
        guard position + digits <= s.count else { return nil }
        var value = 0
        for scalar in s[position..<(position + digits)] {
            guard isDigit(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 0x30)
        }
        store(value)
        return position + digits
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Python's `\w` for `str` patterns: letters, numbers and `_`.
    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return isDigit(scalar) || scalar == "_" || (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar.properties.numericType != nil
        }
    }
}
