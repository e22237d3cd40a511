/// Rewrites a Python `re` pattern (the syntax Django's `re_path()` and converters use) into the
/// syntax Swift's `Regex` parses, keeping Python's meaning where the two differ:
///
/// | Python | Swift | why |
/// |---|---|---|
/// | `\Z` | `\z` | Python's `\Z` is the very end; Swift's allows a final newline |
/// | `$` | `(?=\n?\z)` | Python's `$` also matches before a final newline; Swift's does not |
/// | `.` | `[^\n]` | Python's `.` excludes only `\n`; Swift's excludes every line break |
/// | `[` inside a class | `\[` | Swift reads it as a nested class |
/// | `&`, `~`, a second `-` inside a class | escaped | Swift reads `&&`, `~~`, `--` as set operations |
///
/// It also lists the capture groups in order, with their names, so matches can be read the way
/// Python's `groups()` and `groupdict()` read them.
enum PythonRegexTranslator {
    /// The translated pattern and its capture groups (`nil` name = unnamed group), in order.
    static func translate(_ python: String) -> (swift: String, captureNames: [String?]) {
        var scanner = Scanner(Array(python.unicodeScalars))
        scanner.run()
        return (scanner.output, scanner.captureNames)
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var position = 0
        var output = ""
        var captureNames: [String?] = []

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        func peek(_ offset: Int) -> Unicode.Scalar? {
            position + offset < scalars.count ? scalars[position + offset] : nil
        }

        mutating func emit(_ text: String) {
            output += text
        }

        mutating func emit(_ scalar: Unicode.Scalar) {
            output.unicodeScalars.append(scalar)
        }

        mutating func run() {
            while let scalar = current {
                switch scalar {
                case "\\": copyEscape(inClass: false)
                case "[": copyClass()
                case "(": openGroup()
                case ".": emit("[^\\n]"); position += 1
                case "$": emit("(?=\\n?\\z)"); position += 1
                default: emit(scalar); position += 1
                }
            }
        }

        mutating func copyEscape(inClass: Bool) {
            guard let next = peek(1) else {
                emit("\\")
                position += 1
                return
            }
            if next == "Z" && !inClass {
                emit("\\z")
            } else {
                emit("\\")
                emit(next)
            }
            position += 2
        }

        mutating func copyClass() {
            emit("[")
            position += 1
            if current == "^" {
                emit("^")
                position += 1
            }
            if current == "]" {
                emit("\\]")
                position += 1
            }
            var previous: Unicode.Scalar? = nil
            while let scalar = current, scalar != "]" {
                if scalar == "\\" {
                    copyEscape(inClass: true)
                    previous = nil
                    continue
                }
                if scalar == "[" || scalar == "&" || scalar == "~" || (scalar == "-" && previous == "-") {
                    emit("\\")
                }
                emit(scalar)
                previous = scalar
                position += 1
            }
            if current == "]" {
                emit("]")
                position += 1
            }
        }

        mutating func openGroup() {
            if peek(1) != "?" {
                captureNames.append(nil)
            } else if peek(2) == "P", peek(3) == "<" {
                captureNames.append(groupName(from: position + 4))
            } else if peek(2) == "<", let third = peek(3), third != "=", third != "!" {
                captureNames.append(groupName(from: position + 3))
            }
            emit("(")
            position += 1
        }

        func groupName(from start: Int) -> String {
            var name = ""
            var index = start
            while index < scalars.count, scalars[index] != ">" {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            return name
        }
    }
}
