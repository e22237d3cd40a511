/// Python's `str.lower()`, `str.upper()`, `str.title()` and the character classes of its `re`
/// module (`\w`), on code points: full case mappings (`ß` → `SS`) and the Final_Sigma rule.
package enum PythonCaseMapping {
    /// Python's `str.lower()`: full lowercase mappings, `Σ` → `ς` at the end of a word.
    package static func lower(_ scalars: some Collection<Unicode.Scalar>) -> String {
        let array = Array(scalars)
        var output = String.UnicodeScalarView()
        for index in array.indices {
            appendLower(array, at: index, to: &output)
        }
        return String(output)
    }

    /// Python's `str.upper()`: full uppercase mappings.
    package static func upper(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var output = String.UnicodeScalarView()
        for scalar in scalars { appendUpper(scalar, to: &output) }
        return String(output)
    }

    /// Python's `str.title()`: a cased letter following a cased letter is lowercased, any other
    /// character is titlecased.
    package static func title(_ text: String) -> String {
        let array = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var previousIsCased = false
        for index in array.indices {
            let scalar = array[index]
            if previousIsCased {
                appendLower(array, at: index, to: &output)
            } else if scalar.isASCII {
                output.append(asciiUpper(scalar))
            } else {
                output.append(contentsOf: scalar.properties.titlecaseMapping.unicodeScalars)
            }
            previousIsCased = scalar.properties.isCased
        }
        return String(output)
    }

    /// Appends the uppercase mapping of `scalar`.
    package static func appendUpper(_ scalar: Unicode.Scalar, to output: inout String.UnicodeScalarView) {
        if scalar.isASCII {
            output.append(asciiUpper(scalar))
        } else {
            output.append(contentsOf: scalar.properties.uppercaseMapping.unicodeScalars)
        }
    }

    /// Appends the lowercase mapping of `array[index]`, resolving `Σ` by its context as CPython's
    /// `handle_capital_sigma` does.
    private static func appendLower(_ array: [Unicode.Scalar], at index: Int, to output: inout String.UnicodeScalarView) {
        let scalar = array[index]
        if scalar.isASCII {
            output.append(asciiLower(scalar))
        } else if scalar == "\u{3A3}" {
            output.append(isFinalSigma(array, at: index) ? "\u{3C2}" : "\u{3C3}")
        } else {
            output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// Whether the `Σ` at `index` is preceded by a cased letter and not followed by one (skipping
    /// case-ignorable characters both ways).
    private static func isFinalSigma(_ array: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, array[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, array[before].properties.isCased else { return false }
        var after = index + 1
        while after < array.count, array[after].properties.isCaseIgnorable { after += 1 }
        return after == array.count || !array[after].properties.isCased
    }

    /// Whether `scalar` matches `\w` in a Python `str` pattern: `str.isalnum()` or `_`.
    package static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || value == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }

    /// The ASCII uppercase of an ASCII scalar (others unchanged).
    @inline(__always)
    package static func asciiUpper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0x61 && scalar.value <= 0x7A ? Unicode.Scalar(UInt8(scalar.value - 0x20)) : scalar
    }

    /// The ASCII lowercase of an ASCII scalar (others unchanged).
    @inline(__always)
    package static func asciiLower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
    }
}
