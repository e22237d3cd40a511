/// `{% for x in items [reversed] %}…{% empty %}…{% endfor %}`, with `forloop` and unpacking
/// (`{% for key, value in pairs %}`).
final class ForNode: Node {
    let loopVariables: [String]
    /// `loopVariables` hashed, for binding them each iteration.
    private let loopNames: [TemplateName]
    let sequence: FilterExpression
    let isReversed: Bool
    let body: NodeList
    let emptyBody: NodeList

    init(loopVariables: [String], sequence: FilterExpression, isReversed: Bool, body: NodeList, emptyBody: NodeList) {
        self.loopVariables = loopVariables
        self.loopNames = loopVariables.map(TemplateName.init)
        self.sequence = sequence
        self.isReversed = isReversed
        self.body = body
        self.emptyBody = emptyBody
    }

    var childNodeLists: [NodeList] { [body, emptyBody] }

    /// The name of the loop object.
    static let forloopName = TemplateName("forloop")

    func render(into output: inout TemplateOutput, context: Context) throws {
        let parent = context[Self.forloopName]
        try context.withScope {
            let items = try elements(context)
            guard !items.isEmpty else { return try emptyBody.render(into: &output, context: context) }
            let loop = Forloop(length: items.count, parent: parent)
            context.set(Self.forloopName, .object(loop))
            var slot: Int?
            for (index, item) in (isReversed ? items.reversed() : items).enumerated() {
                loop.index = index
                try renderIteration(item, slot: &slot, into: &output, context: context)
            }
        }
    }

    private func elements(_ context: Context) throws -> [TemplateValue] {
        let value = try sequence.resolve(context, ignoreFailures: true)
        if value.isNone { return [] }
        guard let items = value.pythonElements else {
            throw TemplateError(.typeError, "'\(value.pythonTypeName)' object is not iterable")
        }
        return items
    }

    /// Binds the loop variable to `item` — in the slot of the previous iteration's binding when
    /// there is one — and renders the body once.
    private func renderIteration(_ item: TemplateValue, slot: inout Int?, into output: inout TemplateOutput, context: Context) throws {
        guard loopNames.count > 1 else {
            if let slot { context.rebind(slot, to: item) } else { slot = context.set(loopNames[0], item) }
            return try body.render(into: &output, context: context)
        }
        let parts = item.pythonElements ?? [item]
        guard parts.count == loopVariables.count else {
            throw TemplateError(.valueError, "Need \(loopVariables.count) values to unpack in for loop; got \(parts.count). ")
        }
        try context.withScope(Dictionary(zip(loopVariables, parts)) { _, last in last }) {
            try body.render(into: &output, context: context)
        }
    }

    static let compile: TagCompiler = { parser, token in
        let bits = token.splitContents()
        guard bits.count >= 4 else {
            throw TemplateError.syntax("'for' statements should have at least four words: \(token.contents)")
        }
        let isReversed = bits.last == "reversed"
        let inIndex = bits.count - (isReversed ? 3 : 2)
        guard bits[inIndex] == "in" else {
            throw TemplateError.syntax("'for' statements should use the format 'for x in y': \(token.contents)")
        }
        let variables = loopVariables(bits[1..<inIndex].joined(separator: " "))
        for variable in variables where variable.isEmpty || variable.contains(where: { " \"'|".contains($0) }) {
            throw TemplateError.syntax("'for' tag received an invalid argument: \(token.contents)")
        }
        let sequence = try parser.compileFilter(bits[inIndex + 1])
        let body = try parser.parse(until: ["empty", "endfor"])
        var emptyBody = NodeList(origin: parser.origin)
        if parser.nextToken()?.contents == "empty" {
            emptyBody = try parser.parse(until: ["endfor"])
            parser.deleteFirstToken()
        }
        return ForNode(loopVariables: variables, sequence: sequence, isReversed: isReversed, body: body, emptyBody: emptyBody)
    }

    /// Python's `re.split(' *, *', text)`.
    private static func loopVariables(_ text: String) -> [String] {
        text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            String(part.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
    }
}

/// The `forloop` variable: counters, `first`, `last` and `parentloop`, updated in place each
/// iteration as Django's loop dictionary is.
final class Forloop: TemplateObject, @unchecked Sendable {
    let length: Int
    let parent: TemplateValue?
    @exclusivity(unchecked) var index = 0
    /// `{% ifchanged %}` state, bound to the loop so an inner loop starts afresh.
    var changeState: [ObjectIdentifier: [TemplateValue]] = [:]

    init(length: Int, parent: TemplateValue?) {
        self.length = length
        self.parent = parent
    }

    func templateAttribute(_ name: String) -> TemplateValue? {
        switch name {
        case "counter0": return .int(index)
        case "counter": return .int(index + 1)
        case "revcounter": return .int(length - index)
        case "revcounter0": return .int(length - index - 1)
        case "first": return .bool(index == 0)
        case "last": return .bool(index == length - 1)
        case "parentloop": return parent ?? .dictionary(TemplateDictionary())
        default: return nil
        }
    }

    var templateDescription: String {
        let parentText = parent.map(\.pythonString) ?? "{}"
        return "{'parentloop': \(parentText), 'counter0': \(index), 'counter': \(index + 1), "
            + "'revcounter': \(length - index), 'revcounter0': \(length - index - 1), "
            + "'first': \(index == 0 ? "True" : "False"), 'last': \(index == length - 1 ? "True" : "False")}"
    }
}
