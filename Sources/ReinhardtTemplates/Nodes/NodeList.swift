/// A sequence of nodes — a template's body or a tag's — rendered in order into one output.
///
/// A node's error that does not yet say where it happened is given the node's position, so the
/// innermost failing tag is what an error page points at.
public struct NodeList: Sendable {
    /// The nodes, in source order.
    public private(set) var nodes: [any Node] = []
    private var offsets: [Int] = []
    /// The template the nodes come from.
    let origin: TemplateOrigin?
    /// Whether a node other than text was appended (a later `{% extends %}` is then an error).
    private(set) var containsNonText = false

    /// An empty list of nodes from `origin`.
    init(origin: TemplateOrigin?) { self.origin = origin }

    /// Appends `node`, compiled from the token at UTF-8 `offset`.
    mutating func append(_ node: any Node, offset: Int) {
        if !(node is TextNode) { containsNonText = true }
        nodes.append(node)
        offsets.append(offset)
    }

    /// Renders every node into `output`.
    public func render(into output: inout TemplateOutput, context: Context) throws {
        for index in nodes.indices {
            do {
                try nodes[index].render(into: &output, context: context)
            } catch let error as TemplateError where error.location == nil {
                throw error.located(at: origin?.location(ofOffset: offsets[index]))
            }
        }
    }

    /// The output for `context` as a string.
    public func rendered(_ context: Context) throws -> String {
        var output = TemplateOutput()
        try render(into: &output, context: context)
        return output.text
    }

    /// Every node of type `type` in this list and, recursively, in nested lists.
    public func nodes<T: Node>(ofType type: T.Type) -> [T] {
        var found: [T] = []
        for node in nodes {
            if let match = node as? T { found.append(match) }
            for child in node.childNodeLists { found += child.nodes(ofType: type) }
        }
        return found
    }

    /// The position of each node, for walks that report where something is.
    func locatedNodes() -> [(node: any Node, location: TemplateSourceLocation?)] {
        zip(nodes, offsets).map { ($0, origin?.location(ofOffset: $1)) }
    }
}
