extension RegexReverser {
    /// Reads a pattern's characters the way Django does: an escape becomes a representative
    /// character (`\d` → `0`, `\w` → `x`) or disappears (`\b`, `\A`, `\Z`), flagged as escaped.
    struct Tokens {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        mutating func next() -> (Unicode.Scalar, escaped: Bool)? {
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                guard scalar == "\\" else { return (scalar, false) }
                guard index < scalars.count else { return nil }
                let escaped = scalars[index]
                index += 1
                switch escaped {
                case "A", "b", "B", "Z": continue
                case "d": return ("0", true)
                case "D", "S", "w": return ("x", true)
                case "s": return (" ", true)
                case "W": return ("!", true)
                default: return (escaped, true)
                }
            }
            return nil
        }
    }

    /// Turns a pattern into ``Item``s, one construct at a time.
    struct Normalizer {
        var tokens: Tokens
        var result: [Item] = []
        var nonCapturingStarts: [Int] = []
        var positionalCount = 0

        mutating func next() throws(Stop) -> (Unicode.Scalar, escaped: Bool) {
            guard let token = tokens.next() else { throw .end }
            return token
        }

        mutating func run() throws(Stop) {
            var (scalar, escaped) = try next()
            while true {
                var lookahead: Unicode.Scalar?
                if escaped {
                    result.append(.character(scalar))
                } else if scalar == "$" {
                    return
                } else {
                    lookahead = try handle(scalar)
                }
                if let lookahead {
                    (scalar, escaped) = (lookahead, false)
                } else {
                    (scalar, escaped) = try next()
                }
            }
        }

        /// Handles one unescaped character; returns a character a quantifier read ahead.
        mutating func handle(_ scalar: Unicode.Scalar) throws(Stop) -> Unicode.Scalar? {
            switch scalar {
            case ".": result.append(.character("."))
            case "|": throw .disjunction
            case "^": break
            case ")": try closeNonCapturingGroup()
            case "[": try readCharacterClass()
            case "(": try openGroup()
            case "*", "?", "+", "{": return try quantify(scalar)
            default: result.append(.character(scalar))
            }
            return nil
        }

        mutating func closeNonCapturingGroup() throws(Stop) {
            guard let start = nonCapturingStarts.popLast() else { throw .notReversible(")") }
            let inner = Array(result[start...])
            result.removeSubrange(start...)
            result.append(.nonCapture(inner))
        }

        /// A class becomes its first character.
        mutating func readCharacterClass() throws(Stop) {
            let (first, _) = try next()
            result.append(.character(first))
            var (scalar, escaped) = try next()
            while escaped || scalar != "]" {
                (scalar, escaped) = try next()
            }
        }

        mutating func openGroup() throws(Stop) {
            let (scalar, escaped) = try next()
            if scalar != "?" || escaped {
                let name = "_\(positionalCount)"
                positionalCount += 1
                result.append(.group(key: name, parameter: name))
                walkToEnd(from: scalar)
                return
            }
            let (kind, _) = try next()
            switch kind {
            case "!", "=", "<": walkToEnd(from: kind)
            case ":": nonCapturingStarts.append(result.count)
            case "P": try openNamedGroup()
            default: throw .notReversible("(?\(kind)")
            }
        }

        mutating func openNamedGroup() throws(Stop) {
            let (kind, _) = try next()
            guard kind == "<" || kind == "=" else { throw .notReversible("(?P\(kind)") }
            let terminal: Unicode.Scalar = kind == "<" ? ">" : ")"
            var name = ""
            var (scalar, _) = try next()
            while scalar != terminal {
                name.unicodeScalars.append(scalar)
                (scalar, _) = try next()
            }
            if kind == "<" {
                result.append(.group(key: name, parameter: name))
                walkToEnd(from: scalar)
            } else {
                result.append(.group(key: name, parameter: nil))
            }
        }

        /// Skips to the `)` closing the current group, minding nested groups and escapes.
        mutating func walkToEnd(from scalar: Unicode.Scalar) {
            var nesting = scalar == "(" ? 1 : 0
            while let (next, escaped) = tokens.next() {
                if escaped { continue }
                if next == "(" {
                    nesting += 1
                } else if next == ")" {
                    if nesting == 0 { return }
                    nesting -= 1
                }
            }
        }
    }
}
