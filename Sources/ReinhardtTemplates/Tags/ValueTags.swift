import ReinhardtUtils

/// `{% regroup people by gender as groups %}`: consecutive items with equal keys grouped into
/// `grouper`/`list` pairs.
final class RegroupNode: Node {
    let target: FilterExpression
    let key: FilterExpression
    let variableName: String

    init(target: FilterExpression, key: FilterExpression, variableName: String) {
        self.target = target
        self.key = key
        self.variableName = variableName
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let list = try target.resolve(context, ignoreFailures: true)
        guard !list.isNone else { return context.set(variableName, .list([])) }
        guard let items = list.pythonElements else {
            throw TemplateError(.typeError, "'\(list.pythonTypeName)' object is not iterable")
        }
        var groups: [(grouper: TemplateValue, list: [TemplateValue])] = []
        for item in items {
            context.set(variableName, item)
            let grouper = try key.resolve(context, ignoreFailures: true)
            if let last = groups.last, last.grouper.pythonEquals(grouper) {
                groups[groups.count - 1].list.append(item)
            } else {
                groups.append((grouper, [item]))
            }
        }
        context.set(variableName, .list(groups.map { .object(GroupedResult(grouper: $0.grouper, list: $0.list)) }))
    }

    static let compile: TagCompiler = { parser, token in
        let bits = token.splitContents()
        guard bits.count == 6 else { throw TemplateError.syntax("'regroup' tag takes five arguments") }
        let target = try parser.compileFilter(bits[1])
        guard bits[2] == "by" else { throw TemplateError.syntax("second argument to 'regroup' tag must be 'by'") }
        guard bits[4] == "as" else { throw TemplateError.syntax("next-to-last argument to 'regroup' tag must be 'as'") }
        let key = try parser.compileFilter(bits[5] + "." + bits[3])
        return RegroupNode(target: target, key: key, variableName: bits[5])
    }
}

/// One group of `{% regroup %}`: Django's `GroupedResult(grouper, list)` named tuple.
struct GroupedResult: TemplateObject {
    let grouper: TemplateValue
    let list: [TemplateValue]

    func templateAttribute(_ name: String) -> TemplateValue? {
        switch name {
        case "grouper", "0": return grouper
        case "list", "1": return .list(list)
        default: return nil
        }
    }

    var templateElements: [TemplateValue]? { [grouper, .list(list)] }

    var templateDescription: String { "GroupedResult(grouper=\(grouper.pythonRepr), list=\(TemplateValue.list(list).pythonRepr))" }
}

/// `{% widthratio value max width [as name] %}`: `round(value / max * width)`.
final class WidthRatioNode: Node {
    let value: FilterExpression
    let maximum: FilterExpression
    let width: FilterExpression
    let variableName: String?

    init(value: FilterExpression, maximum: FilterExpression, width: FilterExpression, variableName: String?) {
        self.value = value
        self.maximum = maximum
        self.width = width
        self.variableName = variableName
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let result: String
        do {
            result = try ratio(context)
        } catch let error as TemplateError where error.kind == .variableDoesNotExist {
            result = ""
        }
        if let variableName { context.set(variableName, .string(result)) } else { output.append(result) }
    }

    private func ratio(_ context: Context) throws -> String {
        let value = try self.value.resolve(context)
        let maximum = try self.maximum.resolve(context)
        guard let width = PythonNumbers.int(try self.width.resolve(context)) else {
            throw TemplateError.syntax("widthratio final argument must be a number")
        }
        guard let numerator = PythonNumbers.float(value), let denominator = PythonNumbers.float(maximum) else { return "" }
        guard denominator != 0 else { return "0" }
        let ratio = numerator / denominator * Double(width)
        guard ratio.isFinite, abs(ratio) < 9.2e18 else { return "" }
        return String(Int(ratio.rounded(.toNearestOrEven)))
    }

    static let compile: TagCompiler = { parser, token in
        let bits = token.splitContents()
        var name: String?
        if bits.count == 6 {
            guard bits[4] == "as" else { throw TemplateError.syntax("Invalid syntax in widthratio tag. Expecting 'as' keyword") }
            name = bits[5]
        } else if bits.count != 4 {
            throw TemplateError.syntax("widthratio takes at least three arguments")
        }
        return WidthRatioNode(
            value: try parser.compileFilter(bits[1]), maximum: try parser.compileFilter(bits[2]),
            width: try parser.compileFilter(bits[3]), variableName: name)
    }
}

/// `{% now "format" [as name] %}`: the current time in the engine's zone, formatted.
final class NowNode: Node {
    let format: String
    let variableName: String?

    init(format: String, variableName: String?) {
        self.format = format
        self.variableName = variableName
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let now = context.engine.localtime(.dateTime(context.engine.options.clock()))
        let text = try Filters.date(now, .string(format), zone: context.engine.options.timeZone).stringValue ?? ""
        if let variableName { context.set(variableName, .string(text)) } else { output.append(text) }
    }

    static let compile: TagCompiler = { _, token in
        var bits = token.splitContents()
        var name: String?
        if bits.count == 4, bits[2] == "as" {
            name = bits[3]
            bits.removeLast(2)
        }
        guard bits.count == 2 else { throw TemplateError.syntax("'now' statement takes one argument") }
        let quoted = Array(bits[1].unicodeScalars)
        let format = quoted.count >= 2 ? String(String.UnicodeScalarView(quoted[1..<(quoted.count - 1)])) : ""
        return NowNode(format: format, variableName: name)
    }
}

/// `{% lorem [count] [w|p|b] [random] %}`: placeholder Latin.
final class LoremNode: Node {
    let count: FilterExpression
    let method: String
    let common: Bool

    init(count: FilterExpression, method: String, common: Bool) {
        self.count = count
        self.method = method
        self.common = common
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let number = PythonNumbers.int(try count.resolve(context)) ?? 1
        output.append(LoremIpsum.loremTag(count: number, method: method, common: common))
    }

    static let compile: TagCompiler = { parser, token in
        var bits = token.splitContents()
        let tagName = bits[0]
        let common = bits.last != "random"
        if !common { bits.removeLast() }
        var method = "b"
        if let last = bits.last, ["w", "p", "b"].contains(last) { method = bits.removeLast() }
        let count = bits.count > 1 ? bits.removeLast() : "1"
        let expression = try parser.compileFilter(count)
        guard bits.count == 1 else { throw TemplateError.syntax("Incorrect format for '\(tagName)' tag") }
        return LoremNode(count: expression, method: method, common: common)
    }
}

/// `{% csrf_token %}`: the hidden form field carrying the context's `csrf_token`.
final class CSRFTokenNode: Node {
    func render(into output: inout TemplateOutput, context: Context) throws {
        guard let token = context["csrf_token"], token.isTruthy else { return }
        if token.pythonString == "NOTPROVIDED" { return }
        output.append("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"")
        if token.isSafe { output.append(token.pythonString) } else { output.appendEscapedHTML(token.pythonString) }
        output.append("\">")
    }

    static let compile: TagCompiler = { _, _ in CSRFTokenNode() }
}
