import ReinhardtUtils

/// Text filters backed by Django's text utilities: truncation, wrapping, slugs, links, tags.
extension Filters {
    static func capfirst(_ value: TemplateValue) -> TemplateValue { .string(TextFilters.capfirst(text(value))) }

    static func title(_ value: TemplateValue) -> TemplateValue { .string(TextFilters.title(text(value))) }

    static func slugify(_ value: TemplateValue) -> TemplateValue { .string(TextFilters.slugify(text(value), allowUnicode: false)) }

    static func striptags(_ value: TemplateValue) throws -> TemplateValue { .string(try textHelper { try TextFilters.stripTags(text(value)) }) }

    static func wordwrap(_ value: TemplateValue, _ argument: TemplateValue?) throws -> TemplateValue {
        guard let width = argument.flatMap(PythonNumbers.int) else {
            throw TemplateError(.valueError, "invalid literal for int() with base 10: \(argument.map(\.pythonRepr) ?? "None")")
        }
        return .string(try textHelper { try TextFilters.wordwrap(text(value), width: width) })
    }

    static func truncatechars(_ value: TemplateValue, _ argument: TemplateValue?, html: Bool) throws -> TemplateValue {
        .string(try textHelper { try TextFilters.truncatechars(text(value), argumentText(argument), html: html) })
    }

    static func truncatewords(_ value: TemplateValue, _ argument: TemplateValue?, html: Bool) throws -> TemplateValue {
        .string(try textHelper { try TextFilters.truncatewords(text(value), argumentText(argument), html: html) })
    }

    /// Runs a text helper, turning its errors into the Python exceptions Django raises.
    private static func textHelper(_ body: () throws -> String) throws -> String {
        do {
            return try body()
        } catch let error as TextFilterError {
            switch error {
            case .suspiciousOperation: throw TemplateError(TemplateError.Kind("SuspiciousOperation"), "strip_tags: input too complex")
            case .assertionError(let message): throw TemplateError(TemplateError.Kind("AssertionError"), message)
            case .valueError(let message): throw TemplateError(.valueError, message)
            }
        }
    }

    static func linebreaks(_ value: TemplateValue, autoescape: Bool) -> TemplateValue {
        .safeString(TextFilters.linebreaks(text(value), autoescape: autoescape && !value.isSafe))
    }

    static func urlize(_ value: TemplateValue, autoescape: Bool) -> TemplateValue {
        .safeString(Urlizer.urlizeFilter(text(value), autoescape: autoescape && !value.isSafe))
    }

    static func urlizetrunc(_ value: TemplateValue, _ argument: TemplateValue?, autoescape: Bool) throws -> TemplateValue {
        guard let limit = argument.flatMap(PythonNumbers.int) else {
            throw TemplateError(.valueError, "invalid literal for int() with base 10: \(argument.map(\.pythonRepr) ?? "None")")
        }
        return .safeString(Urlizer.urlizetruncFilter(text(value), limit: limit, autoescape: autoescape && !value.isSafe))
    }

    static func jsonScript(_ value: TemplateValue, _ argument: TemplateValue?) throws -> TemplateValue {
        let json = PythonJSON.dumps(try jsonValue(value))
        let elementID = argument.flatMap { $0.isTruthy ? text($0) : nil }
        return .safeString(PythonJSON.jsonScript(json, elementID: elementID, elementIDIsSafe: argument?.isSafe ?? false))
    }

    /// A value as Django's `DjangoJSONEncoder` writes it.
    private static func jsonValue(_ value: TemplateValue) throws -> PythonJSONValue {
        switch value {
        case .none: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .decimal(let number): return .string(number.description)
        case .string(let text), .safeString(let text): return .string(text)
        case .dateTime(let date): return .string(date.djangoJSONString)
        case .list(let items): return .array(try items.map(jsonValue))
        case .dictionary(let dictionary): return .object(try dictionary.pairs.map { ($0.key, try jsonValue($0.value)) })
        case .object(let object):
            throw TemplateError(.typeError, "Object of type \(type(of: object)) is not JSON serializable")
        }
    }
}

extension DateTimeValue {
    /// `DjangoJSONEncoder`'s form: ISO 8601, microseconds cut to milliseconds, `+00:00` as `Z`.
    var djangoJSONString: String {
        var text = pythonString.replacing(" ", with: "T")
        if microsecond != 0, let dot = text.firstIndex(of: ".") {
            let fractionEnd = text.index(dot, offsetBy: 7)
            text.removeSubrange(text.index(dot, offsetBy: 4)..<fractionEnd)
        }
        if kind == .dateTime, text.hasSuffix("+00:00") { text = String(text.dropLast(6)) + "Z" }
        return text
    }
}
