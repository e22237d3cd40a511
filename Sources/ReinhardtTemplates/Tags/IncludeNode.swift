/// `{% include "name" [with key=value …] [only] %}`: renders another template here, with the
/// current variables (or, with `only`, just the given ones).
final class IncludeNode: Node {
    let templateName: FilterExpression
    let extraContext: [(String, FilterExpression)]
    let isolated: Bool

    init(templateName: FilterExpression, extraContext: [(String, FilterExpression)], isolated: Bool) {
        self.templateName = templateName
        self.extraContext = extraContext
        self.isolated = isolated
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let template = try resolveTemplate(context)
        var values: [String: TemplateValue] = [:]
        for (name, expression) in extraContext { values[name] = try expression.resolve(context) }
        if isolated {
            try template.render(into: &output, context: context.isolated(values))
        } else {
            try context.withScope(values) { try template.render(into: &output, context: context) }
        }
    }

    private func resolveTemplate(_ context: Context) throws -> Template {
        let name = try templateName.resolve(context)
        switch name {
        case .object(let object as TemplateReference): return object.template
        case .list(let names): return try context.engine.selectTemplate(names.map(\.pythonString))
        case .string, .safeString:
            guard name.isTruthy else { throw TemplateError(.doesNotExist, "No template names provided") }
            return try context.engine.template(named: name.pythonString)
        default:
            guard name.isTruthy else { throw TemplateError(.doesNotExist, "No template names provided") }
            guard name.pythonElements != nil else { throw TemplateError(.typeError, "'\(name.pythonTypeName)' object is not iterable") }
            return try context.engine.template(named: name.pythonString)
        }
    }

    static let compile: TagCompiler = { parser, token in
        var bits = token.splitContents()
        guard bits.count >= 2 else {
            throw TemplateError.syntax("'\(bits[0])' tag takes at least one argument: the name of the template to be included.")
        }
        var remaining = Array(bits.dropFirst(2))
        var seen: Set<String> = []
        var extra: [(String, FilterExpression)] = []
        var isolated = false
        while !remaining.isEmpty {
            let option = remaining.removeFirst()
            guard seen.insert(option).inserted else {
                throw TemplateError.syntax("The '\(option)' option was specified more than once.")
            }
            switch option {
            case "with":
                extra = try TokenArguments.keywords(&remaining, parser: parser, supportLegacy: false)
                guard !extra.isEmpty else {
                    throw TemplateError.syntax("\"with\" in '\(bits[0])' tag needs at least one keyword argument.")
                }
            case "only":
                isolated = true
            default:
                throw TemplateError.syntax("Unknown argument for '\(bits[0])' tag: '\(option)'.")
            }
        }
        bits[1] = try RelativeTemplatePath.resolve(bits[1], from: parser.origin.name, allowRecursion: true)
        return IncludeNode(templateName: try parser.compileFilter(bits[1]), extraContext: extra, isolated: isolated)
    }
}
