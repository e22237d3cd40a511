import ReinhardtUtils

/// Number filters: floatformat, filesizeformat, stringformat.
extension Filters {
    static func floatformat(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        .string(NumberFilters.floatformat(numericText(value), argument: argument.map(floatformatArgument)))
    }

    static func filesizeformat(_ value: TemplateValue) -> TemplateValue {
        .string(NumberFilters.filesizeformat(numericText(value)))
    }

    static func stringformat(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        .string(PythonFormatting.stringformatFilter(formatArgument(value), spec: argumentText(argument)))
    }

    /// floatformat reads its argument with `int()`: a float argument is truncated.
    private static func floatformatArgument(_ argument: TemplateValue) -> String {
        if case .double = argument, let whole = PythonNumbers.int(argument) { return String(whole) }
        return argument.pythonString
    }

    /// A value as the numeric helpers read it: numbers as themselves, anything else as its `str()`.
    static func numericText(_ value: TemplateValue) -> NumericText {
        switch value {
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .decimal(let number): return .decimal(number)
        default: return .text(value.pythonString)
        }
    }

    /// A value as Python's `%` operator sees it.
    static func formatArgument(_ value: TemplateValue) -> FormatArgument {
        switch value {
        case .none: return .none
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .decimal(let number): return .decimal(number)
        default: return .text(str: value.pythonString, repr: value.pythonRepr)
        }
    }
}
