import ReinhardtUtils

/// Cuts template source into tokens exactly as Django's `Lexer`: a tag starts at `{%`, `{{` or `{#`
/// and ends at the first matching `%}`, `}}` or `#}` on the same line; anything else is text.
/// Inside `{% verbatim %}` every tag is text until the matching `{% endverbatim %}`.
struct Lexer {
    let source: String

    func tokenize() -> [Token] {
        var tokens: [Token] = []
        let bytes = Array(source.utf8)
        var line = 1
        var textStart = 0
        var index = 0
        var verbatimEnd: String?
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), let closer = Self.closer(for: bytes[index + 1]),
                let end = Self.findClose(closer, in: bytes, from: index + 2)
            else {
                index += 1
                continue
            }
            if textStart < index {
                append(.text, bytes[textStart..<index], raw: true, offset: textStart, line: &line, to: &tokens)
            }
            let raw = bytes[index..<end]
            let inner = String(decoding: bytes[(index + 2)..<(end - 2)], as: UTF8.self)
            let contents = PythonText.strip(inner)
            let token = makeToken(opener: bytes[index + 1], raw: raw, contents: contents, verbatimEnd: &verbatimEnd, offset: index, line: line)
            tokens.append(token)
            line += raw.lazy.filter { $0 == UInt8(ascii: "\n") }.count
            index = end
            textStart = end
        }
        if textStart < bytes.count {
            append(.text, bytes[textStart...], raw: true, offset: textStart, line: &line, to: &tokens)
        }
        return tokens
    }

    private func makeToken(
        opener: UInt8, raw: ArraySlice<UInt8>, contents: String, verbatimEnd: inout String?, offset: Int, line: Int
    ) -> Token {
        let rawText = String(decoding: raw, as: UTF8.self)
        if opener == UInt8(ascii: "%") {
            if let end = verbatimEnd {
                guard contents == end else { return Token(kind: .text, contents: rawText, line: line, offset: offset) }
                verbatimEnd = nil
            } else if contents == "verbatim" || contents.hasPrefix("verbatim ") {
                verbatimEnd = "end" + contents
            }
            return Token(kind: .block, contents: contents, line: line, offset: offset)
        }
        if verbatimEnd != nil { return Token(kind: .text, contents: rawText, line: line, offset: offset) }
        return Token(kind: opener == UInt8(ascii: "{") ? .variable : .comment, contents: contents, line: line, offset: offset)
    }

    private func append(
        _ kind: Token.Kind, _ bytes: ArraySlice<UInt8>, raw: Bool, offset: Int, line: inout Int, to tokens: inout [Token]
    ) {
        tokens.append(Token(kind: kind, contents: String(decoding: bytes, as: UTF8.self), line: line, offset: offset))
        line += bytes.lazy.filter { $0 == UInt8(ascii: "\n") }.count
    }

    /// The closing delimiter's first byte for an opener's second byte.
    private static func closer(for byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "%"): return UInt8(ascii: "%")
        case UInt8(ascii: "{"): return UInt8(ascii: "}")
        case UInt8(ascii: "#"): return UInt8(ascii: "#")
        default: return nil
        }
    }

    /// The index just past the first `closer}` at or after `start` on the same line.
    private static func findClose(_ closer: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { return nil }
            if byte == closer && bytes[index + 1] == UInt8(ascii: "}") { return index + 2 }
            index += 1
        }
        return nil
    }
}
