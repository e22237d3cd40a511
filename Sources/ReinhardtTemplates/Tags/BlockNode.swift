/// `{% block name %}…{% endblock %}`: a named region a child template can override; inside it
/// `{{ block.super }}` renders the parent's version.
final class BlockNode: Node {
    let name: String
    /// `name` hashed, for finding overrides in the inheritance chain's blocks.
    let key: TemplateName
    let body: NodeList
    /// Whether the body reads `{{ block }}` (usually `block.super`); others skip binding it.
    let usesBlockVariable: Bool

    init(name: String, body: NodeList, usesBlockVariable: Bool = true) {
        self.name = name
        self.key = TemplateName(name)
        self.body = body
        self.usesBlockVariable = usesBlockVariable
    }

    var childNodeLists: [NodeList] { [body] }

    /// The name of the block variable.
    private static let blockVariable = TemplateName("block")

    func render(into output: inout TemplateOutput, context: Context) throws {
        try context.withScope {
            guard let blocks = context.renderState.current.blocks else {
                if usesBlockVariable {
                    context.set(Self.blockVariable, .object(BlockReference(block: self, context: context, inheritance: false)))
                }
                return try body.render(into: &output, context: context)
            }
            let overriding = blocks.take(key)
            let block = overriding?.block ?? self
            if block.usesBlockVariable {
                context.set(Self.blockVariable, .object(BlockReference(block: block, context: context, inheritance: true)))
            }
            try block.body.render(into: &output, context: context)
            if let overriding { blocks.putBack(overriding.position) }
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
        guard inheritance, let blocks = context.renderState.current.blocks, blocks.top(block.key) != nil else { return "" }
        return (try? block.rendered(context)) ?? ""
    }

    var templateDescription: String { "<Block Node: \(block.name)>" }
}

/// The blocks of an inheritance chain by name (Django's `BlockContext`).
///
/// Django keeps a stack of blocks per name, most-derived last, popping one while it renders and
/// pushing it back after. Here the blocks stay in one array in the order the chain added them —
/// each template's before its parent's, so the first of a name is the most derived — and a block
/// being rendered is marked taken instead of popped.
final class BlockContext {
    private struct Entry {
        let key: TemplateName
        let block: BlockNode
        var isTaken = false
    }

    @exclusivity(unchecked) private var entries: [Entry] = []

    /// Adds a template's blocks beneath those already known (parents come after children).
    func add(_ nodes: [BlockNode]) {
        entries.reserveCapacity(entries.count + nodes.count)
        for node in nodes { entries.append(Entry(key: node.key, block: node)) }
    }

    /// Takes the most-derived block called `key` not being rendered, with its position for
    /// ``putBack(_:)``; nil when there is none.
    func take(_ key: TemplateName) -> (block: BlockNode, position: Int)? {
        guard let position = firstAvailable(key) else { return nil }
        entries[position].isTaken = true
        return (entries[position].block, position)
    }

    /// Makes the block taken at `position` available again.
    func putBack(_ position: Int) { entries[position].isTaken = false }

    /// The most-derived block called `key` not being rendered.
    func top(_ key: TemplateName) -> BlockNode? { firstAvailable(key).map { entries[$0].block } }

    private func firstAvailable(_ key: TemplateName) -> Int? {
        entries.firstIndex { !$0.isTaken && $0.key == key }
    }
}
