/// Literal text between tags, written out unchanged.
final class TextNode: Node {
    let text: String

    init(_ text: String) { self.text = text }

    func render(into output: inout TemplateOutput, context: Context) throws {
        output.append(text)
    }
}
