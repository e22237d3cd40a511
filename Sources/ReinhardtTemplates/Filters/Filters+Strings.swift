import ReinhardtUtils

/// Filters on text: case, padding, cutting, quoting.
extension Filters {
    static func upper(_ value: TemplateValue) -> TemplateValue { .string(TextFilters.upper(text(value))) }

    static func lower(_ value: TemplateValue) -> TemplateValue { .string(TextFilters.lower(text(value))) }

    static func addslashes(_ value: TemplateValue) -> TemplateValue { .string(TextFilters.addslashes(text(value))) }

    static func cut(_ value: TemplateValue, _ argument: TemplateValue?) throws -> TemplateValue {
        guard let removed = argument?.stringValue else {
            throw TemplateError(.typeError, "replace() argument 1 must be str, not \(argument?.pythonTypeName ?? "NoneType")")
        }
        let result = TextFilters.cut(text(value), removed)
        // Django keeps the safe mark only when cutting ";" cannot break an entity.
        return value.isSafe && removed != ";" ? .safeString(result) : .string(result)
    }

    static func makeList(_ value: TemplateValue) -> TemplateValue {
        .list(TextFilters.makeList(text(value)).map(TemplateValue.string))
    }

    static func wordcount(_ value: TemplateValue) -> TemplateValue { .int(TextFilters.wordcount(text(value))) }

    /// `ljust`, `rjust` and `center`: Python's `str` padding to `int(argument)` code points.
    static func pad(_ value: TemplateValue, _ argument: TemplateValue?, alignment: Alignment) throws -> TemplateValue {
        guard let width = argument.flatMap(PythonNumbers.int) else {
            throw TemplateError(.valueError, "invalid literal for int() with base 10: \(argument.map(\.pythonRepr) ?? "None")")
        }
        let source = text(value)
        switch alignment {
        case .left: return .string(TextFilters.ljust(source, width))
        case .right: return .string(TextFilters.rjust(source, width))
        case .center: return .string(TextFilters.center(source, width))
        }
    }

    enum Alignment { case left, right, center }

    static func phone2numeric(_ value: TemplateValue) throws -> TemplateValue {
        guard value.isString else {
            throw TemplateError(TemplateError.Kind("AttributeError"), "'\(value.pythonTypeName)' object has no attribute 'lower'")
        }
        return .string(TextFilters.phone2numeric(text(value)))
    }

    static func urlencode(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        let safe = argument.map(text) ?? "/"
        return .string(PercentCoding.quote(text(value), safe: ByteSet(safe)))
    }

    static func iriencode(_ value: TemplateValue) -> TemplateValue { .string(iriToURI(text(value))) }

    static func escapejs(_ value: TemplateValue) -> TemplateValue { .string(escapeJS(text(value))) }
}
