import ReinhardtUtils

/// `{{ expression }}`: the value, localized and — under autoescaping — HTML-escaped unless safe.
final class VariableNode: Node {
    let expression: FilterExpression

    init(_ expression: FilterExpression) { self.expression = expression }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let value = try expression.resolve(context)
        context.engine.write(value, to: &output, autoescape: context.autoescape)
    }
}

extension TemplateEngine {
    /// Django's `render_value_in_context`: localtime, localize, then conditional escaping.
    func write(_ value: TemplateValue, to output: inout TemplateOutput, autoescape: Bool) {
        switch value {
        case .safeString(let text):
            output.append(text)
        case .string(let text):
            if autoescape { output.appendEscapedHTML(text) } else { output.append(text) }
        case .int(let number):
            output.append(String(number))
        default:
            let text = displayString(localtime(value))
            if autoescape { output.appendEscapedHTML(text) } else { output.append(text) }
        }
    }

    /// Django's `localize()` of a value into text: numbers and dates in the (English) locale format.
    func displayString(_ value: TemplateValue) -> String {
        switch value {
        case .double(let number): return NumberDisplay.float(number)
        case .decimal(let number): return NumberDisplay.decimal(number)
        case .dateTime(let date): return DateDisplay.localized(date, zone: options.timeZone)
        default: return value.pythonString
        }
    }
}
