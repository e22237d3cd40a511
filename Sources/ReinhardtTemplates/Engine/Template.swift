import Synchronization

/// A compiled template: parsed once into a node tree, then rendered any number of times.
public final class Template: Sendable {
    /// Where the source came from.
    public let origin: TemplateOrigin
    /// The engine that compiled it.
    public let engine: TemplateEngine
    /// The root nodes.
    public let nodes: NodeList
    /// `{% url %}` names written as literals, with where they are, for `manage check`.
    let urlNames: [(name: String, location: TemplateSourceLocation)]
    /// Every `{% block %}` in the template, and whether it is itself a child (its first non-text
    /// node is `{% extends %}`): what a child's `{% extends %}` needs of its parent on each render.
    let blocks: [BlockNode]
    let isChild: Bool
    /// The length of the last page rendered, so the next render reserves its output once.
    private let lastOutputLength = Atomic<Int>(0)

    /// Compiles `origin`'s source.
    /// - Throws: A `TemplateSyntaxError` with the template name, line and column.
    public init(origin: TemplateOrigin, engine: TemplateEngine) throws {
        self.origin = origin
        self.engine = engine
        let parser = Parser(tokens: Lexer(source: origin.source).tokenize(), origin: origin, engine: engine)
        nodes = try parser.parse()
        urlNames = parser.urlNames
        blocks = nodes.nodes(ofType: BlockNode.self)
        isChild = nodes.nodes.first { !($0 is TextNode) } is ExtendsNode
    }

    /// The template's name.
    public var name: String { origin.name }

    /// Renders with `context`, in a fresh render-state frame (Django's `Template.render`).
    public func render(_ context: Context) throws -> String {
        var output = TemplateOutput(capacity: max(origin.source.utf8.count * 2, lastOutputLength.load(ordering: .relaxed)))
        try render(into: &output, context: context)
        lastOutputLength.store(output.count, ordering: .relaxed)
        return output.text
    }

    /// Renders with the variables in `values` and the engine's defaults.
    public func render(_ values: [String: TemplateValue] = [:]) throws -> String {
        try render(Context(values, engine: engine))
    }

    /// Renders into `output` in a fresh render-state frame.
    func render(into output: inout TemplateOutput, context: Context) throws {
        guard context.depth < Self.maximumDepth else {
            throw TemplateError(.recursionError, "maximum recursion depth exceeded while rendering \(name)")
        }
        context.depth += 1
        defer { context.depth -= 1 }
        try context.renderState.isolated {
            try renderWithoutIsolation(into: &output, context: context)
        }
    }

    /// Renders into `output` sharing the caller's render state (a parent in an inheritance chain).
    func renderWithoutIsolation(into output: inout TemplateOutput, context: Context) throws {
        try nodes.render(into: &output, context: context)
    }

    /// How deeply templates may include or extend one another before rendering stops.
    static let maximumDepth = 100
}
