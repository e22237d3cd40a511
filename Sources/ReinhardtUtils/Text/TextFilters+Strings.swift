extension TextFilters {
    /// The `capfirst` filter: the first code point uppercased (`ß` → `SS`).
    public static func capfirst(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard let first = scalars.first else { return value }
        var output = String.UnicodeScalarView()
        PythonCaseMapping.appendUpper(first, to: &output)
        output.append(contentsOf: scalars.dropFirst())
        return String(output)
    }

    /// The `title` filter: Python's `str.title()`, then a letter after `x'` and after a digit is
    /// lowercased again (`they'Re` → `they're`, `1St` → `1st`).
    public static func title(_ value: String) -> String {
        var scalars = Array(PythonCaseMapping.title(value).unicodeScalars)
        var index = 0
        while index + 2 < scalars.count {
            if isASCIILower(scalars[index]), scalars[index + 1] == "'", isASCIIUpper(scalars[index + 2]) {
                scalars[index + 2] = PythonCaseMapping.asciiLower(scalars[index + 2])
                index += 3
            } else {
                index += 1
            }
        }
        index = 0
        while index + 1 < scalars.count {
            if scalars[index].properties.numericType == .decimal, isASCIIUpper(scalars[index + 1]) {
                scalars[index + 1] = PythonCaseMapping.asciiLower(scalars[index + 1])
                index += 2
            } else {
                index += 1
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The `lower` filter: Python's `str.lower()`.
    public static func lower(_ value: String) -> String {
        PythonCaseMapping.lower(value.unicodeScalars)
    }

    /// The `upper` filter: Python's `str.upper()`.
    public static func upper(_ value: String) -> String {
        PythonCaseMapping.upper(value.unicodeScalars)
    }

    /// The `phone2numeric` filter: the text lowercased, letters replaced by their keypad digit.
    public static func phone2numeric(_ value: String) -> String {
        let keypad = Array("22233344455566677778889999".unicodeScalars)
        var output = String.UnicodeScalarView()
        for scalar in lower(value).unicodeScalars {
            if scalar.value >= 0x61, scalar.value <= 0x7A {
                output.append(keypad[Int(scalar.value - 0x61)])
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// The `addslashes` filter: a backslash before `\`, `"` and `'`.
    public static func addslashes(_ value: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            if scalar == "\\" || scalar == "\"" || scalar == "'" { output.append("\\") }
            output.append(scalar)
        }
        return String(output)
    }

    /// The `wordcount` filter: `len(value.split())`.
    public static func wordcount(_ value: String) -> Int {
        pythonSplit(value).count
    }

    /// The `ljust` filter: Python's `str.ljust(width)` (width in code points).
    public static func ljust(_ value: String, _ width: Int) -> String {
        let padding = width - value.unicodeScalars.count
        return padding > 0 ? value + String(repeating: " ", count: padding) : value
    }

    /// The `rjust` filter: Python's `str.rjust(width)` (width in code points).
    public static func rjust(_ value: String, _ width: Int) -> String {
        let padding = width - value.unicodeScalars.count
        return padding > 0 ? String(repeating: " ", count: padding) + value : value
    }

    /// The `center` filter: Python's `str.center(width)`, which puts the odd space on the left
    /// only when both the padding and `width` are odd.
    public static func center(_ value: String, _ width: Int) -> String {
        let padding = width - value.unicodeScalars.count
        guard padding > 0 else { return value }
        let left = padding / 2 + (padding & width & 1)
        return String(repeating: " ", count: left) + value + String(repeating: " ", count: padding - left)
    }

    /// The `make_list` filter on a string: its code points.
    public static func makeList(_ value: String) -> [String] {
        value.unicodeScalars.map { String($0) }
    }

    /// The `cut` filter: every occurrence of `arg` removed (`str.replace(arg, "")`).
    public static func cut(_ value: String, _ arg: String) -> String {
        arg.isEmpty ? value : replace(value, arg, with: "")
    }

    /// The `get_digit` filter on the string forms of its operands: `.integer` with the
    /// `digit`-th digit from the right (1 is the last; 0 past the start) or, when `digit` < 1,
    /// with the value itself as an integer; `.unchanged` when either is not an integer.
    ///
    /// - Throws: ``TextFilterError/valueError(_:)`` when the position lands on a minus sign, as
    ///   Django's `int("-")` raises.
    public static func getDigit(_ value: String, _ digit: String) throws(TextFilterError) -> GetDigitResult {
        guard let position = PythonInt.parseSaturating(digit), let number = PythonInt.parseSaturating(value) else { return .unchanged }
        guard position >= 1 else { return .integer(number) }
        let text = Array(String(number).unicodeScalars)
        guard position <= text.count else { return .integer(0) }
        let scalar = text[text.count - position]
        guard scalar != "-" else { throw .valueError("invalid literal for int() with base 10: '-'") }
        return .integer(Int(scalar.value - 0x30))
    }

    /// What ``getDigit(_:_:)`` gives back.
    public enum GetDigitResult: Equatable, Sendable {
        /// Django returns this integer.
        case integer(Int)
        /// Django returns the filter's input unchanged.
        case unchanged
    }

    private static func isASCIILower(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x61 && scalar.value <= 0x7A
    }

    private static func isASCIIUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x41 && scalar.value <= 0x5A
    }
}
