/// A compiled piece of a template: text, a variable, or a tag. Nodes are built once by the parser
/// and are immutable; rendering writes into one output string.
public protocol Node: AnyObject, Sendable {
    /// Writes this node's output for `context` to `output`.
    func render(into output: inout TemplateOutput, context: Context) throws

    /// The node lists nested inside this node (a tag's body), for walking the tree.
    var childNodeLists: [NodeList] { get }
}

extension Node {
    /// No nested nodes.
    public var childNodeLists: [NodeList] { [] }

    /// This node's output for `context` as a string.
    public func rendered(_ context: Context) throws -> String {
        var output = TemplateOutput()
        try render(into: &output, context: context)
        return output.text
    }
}
