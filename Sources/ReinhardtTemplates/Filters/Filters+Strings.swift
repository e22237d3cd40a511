import ReinhardtUtils

/// Filters on text: case, padding, cutting, quoting.
extension Filters {
    static func upper(_ value: TemplateValue) -> TemplateValue { .string(text(value).uppercased()) }

    static func lower(_ value: TemplateValue) -> TemplateValue { .string(text(value).lowercased()) }

    static func addslashes(_ value: TemplateValue) -> TemplateValue {
        var result = ""
        for character in text(value).unicodeScalars {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "'": result += "\\'"
            default: result.unicodeScalars.append(character)
            }
        }
        return .string(result)
    }

    static func cut(_ value: TemplateValue, _ argument: TemplateValue?) throws -> TemplateValue {
        guard let removed = argument?.stringValue else {
            throw TemplateError(.typeError, "replace() argument 1 must be str, not \(argument?.pythonTypeName ?? "NoneType")")
        }
        let source = text(value)
        let result = removed.isEmpty ? source : source.replacing(removed, with: "")
        // Django keeps the safe mark only when cutting ";" cannot break an entity.
        return value.isSafe && removed != ";" ? .safeString(result) : .string(result)
    }

    static func makeList(_ value: TemplateValue) -> TemplateValue {
        .list(text(value).unicodeScalars.map { .string(String($0)) })
    }

    static func wordcount(_ value: TemplateValue) -> TemplateValue {
        .int(text(value).unicodeScalars.split(whereSeparator: PythonText.isSpace).count)
    }

    /// `ljust`, `rjust` and `center`: Python's `str` padding to `int(argument)` code points.
    static func pad(_ value: TemplateValue, _ argument: TemplateValue?, alignment: Alignment) throws -> TemplateValue {
        guard let width = argument.flatMap(PythonNumbers.int) else {
            throw TemplateError(.valueError, "invalid literal for int() with base 10: \(argument.map(\.pythonRepr) ?? "None")")
        }
        let source = text(value)
        let padding = width - source.unicodeScalars.count
        guard padding > 0 else { return .string(source) }
        let left: Int
        switch alignment {
        case .left: left = 0
        case .right: left = padding
        case .center: left = padding / 2 + (padding & width & 1)
        }
        return .string(String(repeating: " ", count: left) + source + String(repeating: " ", count: padding - left))
    }

    enum Alignment { case left, right, center }

    static func phone2numeric(_ value: TemplateValue) throws -> TemplateValue {
        guard value.isString else {
            throw TemplateError(TemplateError.Kind("AttributeError"), "'\(value.pythonTypeName)' object has no attribute 'lower'")
        }
        let keypad: [Character: Character] = [
            "a": "2", "b": "2", "c": "2", "d": "3", "e": "3", "f": "3", "g": "4", "h": "4", "i": "4",
            "j": "5", "k": "5", "l": "5", "m": "6", "n": "6", "o": "6", "p": "7", "q": "7", "r": "7",
            "s": "7", "t": "8", "u": "8", "v": "8", "w": "9", "x": "9", "y": "9", "z": "9",
        ]
        return .string(String(text(value).map { keypad[Character($0.lowercased())] ?? $0 }))
    }

    static func urlencode(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        let safe = argument.map(text) ?? "/"
        return .string(PercentCoding.quote(text(value), safe: ByteSet(safe)))
    }

    static func iriencode(_ value: TemplateValue) -> TemplateValue { .string(iriToURI(text(value))) }

    static func escapejs(_ value: TemplateValue) -> TemplateValue { .string(escapeJS(text(value))) }
}
