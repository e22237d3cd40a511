/// `{% block name %}…{% endblock %}`: a named region a child template can override; inside it
/// `{{ block.super }}` renders the parent's version.
final class BlockNode: Node {
    let name: String
    let body: NodeList
    /// Whether the body reads `{{ block }}` (usually `block.super`); others skip binding it.
    let usesBlockVariable: Bool

    init(name: String, body: NodeList, usesBlockVariable: Bool = true) {
        self.name = name
        self.body = body
        self.usesBlockVariable = usesBlockVariable
    }

    var childNodeLists: [NodeList] { [body] }

    func render(into output: inout String, context: Context) throws {
        try context.withScope {
            guard let blocks = context.renderState.current.blocks else {
                if usesBlockVariable {
                    context.set("block", .object(BlockReference(block: self, context: context, inheritance: false)))
                }
                return try body.render(into: &output, context: context)
            }
            let overriding = blocks.pop(name)
            let block = overriding ?? self
            if block.usesBlockVariable {
                context.set("block", .object(BlockReference(block: block, context: context, inheritance: true)))
            }
            try block.body.render(into: &output, context: context)
            if let overriding { blocks.push(name, overriding) }
        }
    }

    static let compile: TagCompiler = { parser, token in
        let bits = token.contents.split(whereSeparator: \.isWhitespace).map(String.init)
        guard bits.count == 2 else { throw TemplateError.syntax("'\(bits[0])' tag takes only one argument") }
        let name = bits[1]
        guard parser.blockNames.insert(name).inserted else {
            throw TemplateError.syntax("'\(bits[0])' tag with name '\(name)' appears more than once")
        }
        let usesBefore = parser.blockVariableUses
        let body = try parser.parse(until: ["endblock"])
        let end = parser.nextToken()!
        guard end.contents == "endblock" || end.contents == "endblock \(name)" else {
            throw parser.error(
                "Invalid block tag on line \(end.line): 'endblock', expected 'endblock' or 'endblock \(name)'. Did you forget to register or load this tag?",
                at: end)
        }
        return BlockNode(name: name, body: body, usesBlockVariable: parser.blockVariableUses != usesBefore)
    }
}

/// The `block` variable inside a block: `{{ block.super }}` renders the overridden parent block.
final class BlockReference: TemplateObject, @unchecked Sendable {
    let block: BlockNode
    let context: Context
    let inheritance: Bool

    init(block: BlockNode, context: Context, inheritance: Bool) {
        self.block = block
        self.context = context
        self.inheritance = inheritance
    }

    func templateAttribute(_ name: String) -> TemplateValue? {
        switch name {
        case "super": return .safeString(renderSuper())
        case "name": return .string(block.name)
        default: return nil
        }
    }

    private func renderSuper() -> String {
        guard inheritance, let blocks = context.renderState.current.blocks, blocks.top(block.name) != nil else { return "" }
        return (try? block.rendered(context)) ?? ""
    }

    var templateDescription: String { "<Block Node: \(block.name)>" }
}

/// The blocks of an inheritance chain by name, most-derived last (Django's `BlockContext`).
final class BlockContext {
    private var blocks: [String: [BlockNode]] = [:]

    /// Adds a template's blocks beneath those already known (parents come after children).
    func add(_ nodes: [BlockNode]) {
        for node in nodes { blocks[node.name, default: []].insert(node, at: 0) }
    }

    func pop(_ name: String) -> BlockNode? { blocks[name]?.popLast() }

    func push(_ name: String, _ block: BlockNode) { blocks[name, default: []].append(block) }

    func top(_ name: String) -> BlockNode? { blocks[name]?.last }
}
