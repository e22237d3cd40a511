/// The pure text functions behind Django's string filters (`django.template.defaultfilters` and
/// `django.utils.text`), with Python's code-point semantics.
public enum TextFilters {
    /// Django's `VOID_ELEMENTS`: elements the HTML truncators never close.
    package static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "frame", "spacer",
    ]

    /// Python's `str.split()` with no argument: the runs of non-whitespace.
    package static func pythonSplit(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if PythonText.isSpace(scalar) {
                if !current.isEmpty {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `text.replace(target, replacement)` on code points (`str.replace`; an empty `target`
    /// inserts `replacement` around every code point).
    package static func replace(_ text: String, _ target: String, with replacement: String) -> String {
        let source = Array(text.unicodeScalars)
        let pattern = Array(target.unicodeScalars)
        var output = String.UnicodeScalarView()
        guard !pattern.isEmpty else {
            for scalar in source {
                output.append(contentsOf: replacement.unicodeScalars)
                output.append(scalar)
            }
            output.append(contentsOf: replacement.unicodeScalars)
            return String(output)
        }
        var index = 0
        while index < source.count {
            if source[index] == pattern[0], index + pattern.count <= source.count,
                source[index..<(index + pattern.count)].elementsEqual(pattern)
            {
                output.append(contentsOf: replacement.unicodeScalars)
                index += pattern.count
            } else {
                output.append(source[index])
                index += 1
            }
        }
        return String(output)
    }
}
