/// `{% ifchanged [values] %}…{% else %}…{% endifchanged %}`: renders the body only when the values
/// (or, without values, the body's output) differ from the previous iteration of the enclosing loop.
final class IfChangedNode: Node {
    let values: [FilterExpression]
    let body: NodeList
    let elseBody: NodeList

    init(values: [FilterExpression], body: NodeList, elseBody: NodeList) {
        self.values = values
        self.body = body
        self.elseBody = elseBody
    }

    var childNodeLists: [NodeList] { [body, elseBody] }

    /// The last values seen outside any loop.
    final class LastSeen { var values: [TemplateValue]? }

    func render(into output: inout TemplateOutput, context: Context) throws {
        var renderedBody: String?
        let current: [TemplateValue]
        if values.isEmpty {
            let text = try body.rendered(context)
            renderedBody = text
            current = [.string(text)]
        } else {
            current = try values.map { try $0.resolve(context, ignoreFailures: true) }
        }
        if changed(to: current, context: context) {
            output.append(try renderedBody ?? body.rendered(context))
        } else {
            try elseBody.render(into: &output, context: context)
        }
    }

    /// Records `current` and says whether it differs from what was recorded before.
    private func changed(to current: [TemplateValue], context: Context) -> Bool {
        let key = ObjectIdentifier(self)
        let previous: [TemplateValue]?
        if case .object(let object) = context["forloop"], let loop = object as? Forloop {
            previous = loop.changeState[key]
            loop.changeState[key] = current
        } else {
            let state = context.renderState.state(for: self) { LastSeen() }
            previous = state.values
            state.values = current
        }
        guard let previous, previous.count == current.count else { return true }
        return !zip(previous, current).allSatisfy { $0.pythonEquals($1) }
    }

    static let compile: TagCompiler = { parser, token in
        let bits = token.splitContents()
        let body = try parser.parse(until: ["else", "endifchanged"])
        var elseBody = NodeList(origin: parser.origin)
        if parser.nextToken()?.contents == "else" {
            elseBody = try parser.parse(until: ["endifchanged"])
            parser.deleteFirstToken()
        }
        return IfChangedNode(values: try bits.dropFirst().map(parser.compileFilter), body: body, elseBody: elseBody)
    }
}
