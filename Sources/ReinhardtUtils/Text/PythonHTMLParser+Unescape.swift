extension PythonHTMLParser {
    /// Appends `text` with its character references replaced, as Python's `html.unescape()`:
    /// `&#39;`, `&#x27;`, HTML5 names with or without `;`, and the longest known prefix of an
    /// unknown name (`&notit;` → `¬it;`).
    package static func unescape(_ text: ArraySlice<Unicode.Scalar>, into output: inout String.UnicodeScalarView) {
        var i = text.startIndex
        while i < text.endIndex {
            guard text[i] == "&", let matchEnd = appendReference(text, at: i, to: &output) else {
                output.append(text[i])
                i += 1
                continue
            }
            i = matchEnd
        }
    }

    /// Python's `html.unescape()`.
    package static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var output = String.UnicodeScalarView()
        unescape(Array(text.unicodeScalars)[...], into: &output)
        return String(output)
    }

    /// Replaces the reference at `text[ampersand]`, returning where it ends (nil if none).
    private static func appendReference(
        _ text: ArraySlice<Unicode.Scalar>, at ampersand: Int, to output: inout String.UnicodeScalarView
    ) -> Int? {
        let start = ampersand + 1
        guard start < text.endIndex else { return nil }
        guard text[start] == "#" else { return appendNamedReference(text, from: start, to: &output) }
        var j = start + 1
        let hex = j < text.endIndex && (text[j] == "x" || text[j] == "X")
        if hex { j += 1 }
        let digitsStart = j
        var value: UInt32 = 0
        while j < text.endIndex, hex ? isHexDigit(text[j]) : isDigit(text[j]) {
            let digit = isDigit(text[j]) ? text[j].value - 0x30 : (text[j].value | 0x20) - 0x61 + 10
            value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit
            j += 1
        }
        guard j > digitsStart else { return nil }
        if j < text.endIndex, text[j] == ";" { j += 1 }
        appendNumericReference(value, to: &output)
        return j
    }

    /// `_replace_charref` for `&#…`.
    private static func appendNumericReference(_ value: UInt32, to output: inout String.UnicodeScalarView) {
        if let remapped = HTMLEntityTable.remappedNumeric[value] {
            output.append(Unicode.Scalar(remapped)!)
        } else if (0xD800...0xDFFF).contains(value) || value > 0x10FFFF {
            output.append("\u{FFFD}")
        } else if !HTMLEntityTable.isDropped(value) {
            output.append(Unicode.Scalar(value)!)
        }
    }

    /// `[^\t\n\f <&#;]{1,32};?` and `_replace_charref` for a name.
    private static func appendNamedReference(
        _ text: ArraySlice<Unicode.Scalar>, from start: Int, to output: inout String.UnicodeScalarView
    ) -> Int? {
        var end = start
        while end < text.endIndex, end - start < 32, !"\t\n\u{0C} <&#;".unicodeScalars.contains(text[end]) {
            end += 1
        }
        guard end > start else { return nil }
        if end < text.endIndex, text[end] == ";" { end += 1 }
        let name = text[start..<end]
        if let value = HTMLEntityTable.named[String(String.UnicodeScalarView(name))] {
            output.append(contentsOf: value.unicodeScalars)
            return end
        }
        var length = name.count - 1
        while length > 1 {
            if let value = HTMLEntityTable.named[String(String.UnicodeScalarView(name.prefix(length)))] {
                output.append(contentsOf: value.unicodeScalars)
                output.append(contentsOf: name.dropFirst(length))
                return end
            }
            length -= 1
        }
        output.append("&")
        output.append(contentsOf: name)
        return end
    }
}
