import ReinhardtUtils

/// Date filters: date, time, timesince, timeuntil.
extension Filters {
    /// `date`: formats dates and datetimes; `""` for `None`, `""` and values that are not dates.
    static func date(_ value: TemplateValue, _ argument: TemplateValue?, zone: DateTimeZone) throws -> TemplateValue {
        let format = argument.map(text)
        do {
            guard case .dateTime(let date) = value else {
                if value.isNone || value.stringValue == "" { return .string("") }
                return .string(try DateFormat.dateFilter(nonDateOfType: value.pythonTypeName, format: format, defaultTimeZone: zone))
            }
            return .string(try DateFormat.dateFilter(date, format: format, defaultTimeZone: zone))
        } catch {
            throw TemplateError(error)
        }
    }

    /// `time`: formats times and the time of datetimes.
    static func time(_ value: TemplateValue, _ argument: TemplateValue?, zone: DateTimeZone) -> TemplateValue {
        let format = argument.map(text)
        guard case .dateTime(let date) = value else {
            if value.isNone || value.stringValue == "" { return .string("") }
            return .string(DateFormat.timeFilter(nonDateOfType: value.pythonTypeName, format: format, defaultTimeZone: zone))
        }
        return .string(DateFormat.timeFilter(date, format: format, defaultTimeZone: zone))
    }

    /// `timesince` (or, `reversed`, `timeuntil`): how long ago, or until, relative to the argument or now.
    static func timesince(_ value: TemplateValue, _ argument: TemplateValue?, engine: TemplateEngine, reversed: Bool) throws -> TemplateValue {
        guard case .dateTime(let date) = value else {
            guard value.isTruthy else { return .string("") }
            throw TemplateError(TemplateError.Kind("AttributeError"), "'\(value.pythonTypeName)' object has no attribute 'year'")
        }
        var other: DateTimeValue?
        if let argument, argument.isTruthy {
            guard case .dateTime(let given) = argument else {
                throw TemplateError(TemplateError.Kind("AttributeError"), "'\(argument.pythonTypeName)' object has no attribute 'year'")
            }
            other = given
        }
        let now = engine.options.clock()
        do {
            let text = reversed
                ? try TimeSince.timeuntilFilter(date, other, now: now)
                : try TimeSince.timesinceFilter(date, other, now: now)
            return .string(text)
        } catch {
            throw TemplateError(error)
        }
    }
}

extension TemplateError {
    /// A date helper's error as the Python exception Django raises.
    init(_ error: DateFormatError) {
        let kind: Kind
        switch error.kind {
        case .typeError: kind = .typeError
        case .valueError: kind = .valueError
        default: kind = Kind("AttributeError")
        }
        self.init(kind, error.message)
    }
}
