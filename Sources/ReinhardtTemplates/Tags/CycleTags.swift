/// `{% cycle a b c %}`, `{% cycle a b as name [silent] %}`, `{% cycle name %}`: each rendering
/// outputs the next value.
final class CycleNode: Node {
    let values: [FilterExpression]
    let variableName: String?
    let silent: Bool

    init(values: [FilterExpression], variableName: String?, silent: Bool) {
        self.values = values
        self.variableName = variableName
        self.silent = silent
    }

    /// The position of the next value, kept per render.
    final class Position { var next = 0 }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let position = context.renderState.state(for: self) { Position() }
        let value = try values[position.next % values.count].resolve(context)
        position.next += 1
        if let variableName { context.setUpward(variableName, value) }
        if !silent { context.engine.write(value, to: &output, autoescape: context.autoescape) }
    }

    /// Starts the cycle over (`{% resetcycle %}`).
    func reset(_ context: Context) {
        context.renderState.state(for: self) { Position() }.next = 0
    }

    static let compile: TagCompiler = { parser, token in
        var arguments = token.splitContents()
        guard arguments.count >= 2 else { throw TemplateError.syntax("'cycle' tag requires at least two arguments") }
        if arguments.count == 2 {
            let name = arguments[1]
            guard !parser.namedCycles.isEmpty else {
                throw TemplateError.syntax("No named cycles in template. '\(name)' is not defined")
            }
            guard let node = parser.namedCycles[name] else { throw TemplateError.syntax("Named cycle '\(name)' does not exist") }
            return node
        }
        var name: String?
        var silent = false
        if arguments.count > 4, arguments[arguments.count - 3] == "as" {
            guard arguments.last == "silent" else {
                throw TemplateError.syntax("Only 'silent' flag is allowed after cycle's name, not '\(arguments.last!)'.")
            }
            silent = true
            arguments.removeLast()
            name = arguments.last
        } else if arguments.count > 4, arguments[arguments.count - 2] == "as" {
            name = arguments.last
        }
        let valueTexts = name == nil ? arguments.dropFirst() : arguments.dropFirst().dropLast(2)
        let node = CycleNode(values: try valueTexts.map(parser.compileFilter), variableName: name, silent: silent)
        if let name { parser.namedCycles[name] = node }
        parser.lastCycle = node
        return node
    }
}

/// `{% resetcycle [name] %}`.
final class ResetCycleNode: Node {
    let cycle: CycleNode

    init(cycle: CycleNode) { self.cycle = cycle }

    func render(into output: inout TemplateOutput, context: Context) throws { cycle.reset(context) }

    static let compile: TagCompiler = { parser, token in
        let arguments = token.splitContents()
        guard arguments.count <= 2 else { throw TemplateError.syntax("'\(arguments[0])' tag accepts at most one argument.") }
        if arguments.count == 2 {
            guard let cycle = parser.namedCycles[arguments[1]] else {
                throw TemplateError.syntax("Named cycle '\(arguments[1])' does not exist.")
            }
            return ResetCycleNode(cycle: cycle)
        }
        guard let cycle = parser.lastCycle else { throw TemplateError.syntax("No cycles in template.") }
        return ResetCycleNode(cycle: cycle)
    }
}
