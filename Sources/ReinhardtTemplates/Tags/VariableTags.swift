import ReinhardtUtils

/// `{% with total=business.employees.count %}…{% endwith %}`: names values for the body.
final class WithNode: Node {
    let assignments: [(String, FilterExpression)]
    let body: NodeList

    init(assignments: [(String, FilterExpression)], body: NodeList) {
        self.assignments = assignments
        self.body = body
    }

    var childNodeLists: [NodeList] { [body] }

    func render(into output: inout TemplateOutput, context: Context) throws {
        var values: [String: TemplateValue] = [:]
        for (name, expression) in assignments { values[name] = try expression.resolve(context) }
        try context.withScope(values) { try body.render(into: &output, context: context) }
    }

    static let compile: TagCompiler = { parser, token in
        let bits = token.splitContents()
        var remaining = Array(bits.dropFirst())
        let assignments = try TokenArguments.keywords(&remaining, parser: parser, supportLegacy: true)
        guard !assignments.isEmpty else { throw TemplateError.syntax("'\(bits[0])' expected at least one variable assignment") }
        if let extra = remaining.first {
            throw TemplateError.syntax("'\(bits[0])' received an invalid token: \(PythonText.repr(extra))")
        }
        let body = try parser.parse(until: ["endwith"])
        parser.deleteFirstToken()
        return WithNode(assignments: assignments, body: body)
    }
}

/// `{% firstof a b "fallback" [as name] %}`: the first true value.
final class FirstOfNode: Node {
    let candidates: [FilterExpression]
    let variableName: String?

    init(candidates: [FilterExpression], variableName: String?) {
        self.candidates = candidates
        self.variableName = variableName
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        var first = TemplateOutput()
        for candidate in candidates {
            let value = try candidate.resolve(context, ignoreFailures: true)
            if value.isTruthy {
                context.engine.write(value, to: &first, autoescape: context.autoescape)
                break
            }
        }
        if let variableName {
            context.set(variableName, .safeString(first.text))
        } else {
            output.append(first)
        }
    }

    static let compile: TagCompiler = { parser, token in
        var bits = Array(token.splitContents().dropFirst())
        guard !bits.isEmpty else { throw TemplateError.syntax("'firstof' statement requires at least one argument") }
        var name: String?
        if bits.count >= 2, bits[bits.count - 2] == "as" {
            name = bits.last
            bits.removeLast(2)
        }
        return FirstOfNode(candidates: try bits.map(parser.compileFilter), variableName: name)
    }
}
