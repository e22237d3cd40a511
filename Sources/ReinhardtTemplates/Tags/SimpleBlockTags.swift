import ReinhardtUtils

/// `{% autoescape on|off %}…{% endautoescape %}`: switches autoescaping for the body.
final class AutoescapeNode: Node {
    let enabled: Bool
    let body: NodeList

    init(enabled: Bool, body: NodeList) {
        self.enabled = enabled
        self.body = body
    }

    var childNodeLists: [NodeList] { [body] }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let saved = context.autoescape
        context.autoescape = enabled
        defer { context.autoescape = saved }
        try body.render(into: &output, context: context)
    }

    static let compile: TagCompiler = { parser, token in
        let arguments = token.contents.split(whereSeparator: \.isWhitespace)
        guard arguments.count == 2 else { throw TemplateError.syntax("'autoescape' tag requires exactly one argument.") }
        guard arguments[1] == "on" || arguments[1] == "off" else {
            throw TemplateError.syntax("'autoescape' argument should be 'on' or 'off'")
        }
        let body = try parser.parse(until: ["endautoescape"])
        parser.deleteFirstToken()
        return AutoescapeNode(enabled: arguments[1] == "on", body: body)
    }
}

/// A tag that renders nothing: `{% comment %}…{% endcomment %}`, `{% load %}`, `{% debug %}` with
/// debug off.
final class EmptyNode: Node {
    func render(into output: inout TemplateOutput, context: Context) throws {}

    static let compileComment: TagCompiler = { parser, _ in
        try parser.skipPast("endcomment")
        return EmptyNode()
    }

    static let compileDebug: TagCompiler = { _, _ in EmptyNode() }
}

/// `{% spaceless %}…{% endspaceless %}`: removes whitespace between tags.
final class SpacelessNode: Node {
    let body: NodeList

    init(body: NodeList) { self.body = body }

    var childNodeLists: [NodeList] { [body] }

    func render(into output: inout TemplateOutput, context: Context) throws {
        output.append(Self.stripSpacesBetweenTags(PythonText.strip(try body.rendered(context))))
    }

    /// Django's `strip_spaces_between_tags`: `>\s+<` becomes `><`.
    static func stripSpacesBetweenTags(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            result.append(scalar)
            index += 1
            guard scalar == ">" else { continue }
            var next = index
            while next < scalars.count, PythonText.isSpace(scalars[next]) { next += 1 }
            if next > index, next < scalars.count, scalars[next] == "<" { index = next }
        }
        return String(result)
    }

    static let compile: TagCompiler = { parser, _ in
        let body = try parser.parse(until: ["endspaceless"])
        parser.deleteFirstToken()
        return SpacelessNode(body: body)
    }
}

/// `{% templatetag openblock %}`: one of the template syntax characters.
final class TemplateTagNode: Node {
    static let mapping: KeyValuePairs<String, String> = [
        "openblock": "{%", "closeblock": "%}", "openvariable": "{{", "closevariable": "}}",
        "openbrace": "{", "closebrace": "}", "opencomment": "{#", "closecomment": "#}",
    ]

    let text: String

    init(text: String) { self.text = text }

    func render(into output: inout TemplateOutput, context: Context) throws { output.append(text) }

    static let compile: TagCompiler = { _, token in
        let bits = token.contents.split(whereSeparator: \.isWhitespace).map(String.init)
        guard bits.count == 2 else { throw TemplateError.syntax("'templatetag' statement takes one argument") }
        guard let text = mapping.first(where: { $0.key == bits[1] })?.value else {
            let names = "[" + mapping.map { "'\($0.key)'" }.joined(separator: ", ") + "]"
            throw TemplateError.syntax("Invalid templatetag argument: '\(bits[1])'. Must be one of: \(names)")
        }
        return TemplateTagNode(text: text)
    }
}

/// `{% verbatim %}…{% endverbatim %}`: the body as written, tags and all.
final class VerbatimNode: Node {
    let text: String

    init(text: String) { self.text = text }

    func render(into output: inout TemplateOutput, context: Context) throws { output.append(text) }

    static let compile: TagCompiler = { parser, _ in
        let body = try parser.parse(until: ["endverbatim"])
        parser.deleteFirstToken()
        let text = body.nodes.compactMap { ($0 as? TextNode)?.text }.joined()
        return VerbatimNode(text: text)
    }
}

/// `{% filter upper|escape %}…{% endfilter %}`: the body's output through filters.
final class FilterBlockNode: Node {
    let expression: FilterExpression
    let body: NodeList

    init(expression: FilterExpression, body: NodeList) {
        self.expression = expression
        self.body = body
    }

    var childNodeLists: [NodeList] { [body] }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let text = try body.rendered(context)
        let value = try context.withScope(["var": .safeString(text)]) { try expression.resolve(context) }
        // Django joins node outputs as strings, so a filter that returns a number fails here too.
        guard let result = value.stringValue else {
            throw TemplateError(.typeError, "sequence item 0: expected str instance, \(value.pythonTypeName) found")
        }
        output.append(result)
    }

    static let compile: TagCompiler = { parser, token in
        let rest = token.contents.drop { !$0.isWhitespace }.drop(while: \.isWhitespace)
        let expression = try parser.compileFilter("var|" + rest)
        for applied in expression.filters where applied.name == "escape" || applied.name == "safe" {
            throw TemplateError.syntax("\"filter \(applied.name)\" is not permitted.  Use the \"autoescape\" tag instead.")
        }
        let body = try parser.parse(until: ["endfilter"])
        parser.deleteFirstToken()
        return FilterBlockNode(expression: expression, body: body)
    }
}
