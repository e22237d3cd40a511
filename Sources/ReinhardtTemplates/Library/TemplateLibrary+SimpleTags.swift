/// The arguments a simple or inclusion tag was called with, resolved in the rendering context.
public struct TagArguments {
    /// Positional arguments, in order.
    public let positional: [TemplateValue]
    /// Keyword arguments (`name=value`), in order.
    public let keywords: [(name: String, value: TemplateValue)]
    /// The rendering context (Django's `takes_context`).
    public let context: Context

    /// The keyword argument called `name`, if given.
    public func keyword(_ name: String) -> TemplateValue? {
        keywords.first { $0.name == name }?.value
    }
}

extension TemplateLibrary {
    /// Registers a tag that computes a value from its arguments (Django's `@register.simple_tag`):
    /// `{% name arg key=value %}` outputs the value — escaped under autoescaping — and
    /// `{% name arg as variable %}` stores it instead.
    /// - Parameters:
    ///   - name: The tag name.
    ///   - maximumPositional: How many positional arguments it accepts (nil for any number).
    ///   - function: Computes the value.
    public mutating func register(
        simpleTag name: String, maximumPositional: Int? = nil,
        _ function: @escaping @Sendable (TagArguments) throws -> TemplateValue
    ) {
        register(tag: name) { parser, token in
            let call = try TagCall(token, parser: parser, maximumPositional: maximumPositional, allowsTarget: true)
            return SimpleTagNode(call: call, function: function)
        }
    }

    /// Registers a tag that renders a template with the variables it computes (Django's
    /// `@register.inclusion_tag`). The template is found through the engine's loaders.
    public mutating func register(
        inclusionTag name: String, template: String, maximumPositional: Int? = nil,
        _ function: @escaping @Sendable (TagArguments) throws -> [String: TemplateValue]
    ) {
        register(tag: name) { parser, token in
            let call = try TagCall(token, parser: parser, maximumPositional: maximumPositional, allowsTarget: false)
            return InclusionTagNode(call: call, templateName: template, function: function)
        }
    }
}

/// A simple or inclusion tag's parsed arguments (Django's `parse_bits`).
struct TagCall: Sendable {
    let positional: [FilterExpression]
    let keywords: [(String, FilterExpression)]
    let target: String?

    init(_ token: Token, parser: Parser, maximumPositional: Int?, allowsTarget: Bool) throws {
        var bits = token.splitContents()
        let name = bits.removeFirst()
        var target: String?
        if allowsTarget, bits.count >= 2, bits[bits.count - 2] == "as" {
            target = bits.removeLast()
            bits.removeLast()
        }
        var positional: [FilterExpression] = []
        var keywords: [(String, FilterExpression)] = []
        for bit in bits {
            let split = TokenArguments.keywordSplit(bit)
            if let key = split.name {
                guard !keywords.contains(where: { $0.0 == key }) else {
                    throw TemplateError.syntax("'\(name)' received multiple values for keyword argument '\(key)'")
                }
                keywords.append((key, try parser.compileFilter(split.value)))
            } else {
                guard keywords.isEmpty else {
                    throw TemplateError.syntax("'\(name)' received some positional argument(s) after some keyword argument(s)")
                }
                positional.append(try parser.compileFilter(bit))
            }
        }
        if let maximumPositional, positional.count > maximumPositional {
            throw TemplateError.syntax("'\(name)' received too many positional arguments")
        }
        self.positional = positional
        self.keywords = keywords
        self.target = target
    }

    func resolve(_ context: Context) throws -> TagArguments {
        TagArguments(
            positional: try positional.map { try $0.resolve(context) },
            keywords: try keywords.map { ($0.0, try $0.1.resolve(context)) },
            context: context)
    }
}

/// A simple tag's node.
final class SimpleTagNode: Node {
    let call: TagCall
    let function: @Sendable (TagArguments) throws -> TemplateValue

    init(call: TagCall, function: @escaping @Sendable (TagArguments) throws -> TemplateValue) {
        self.call = call
        self.function = function
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let value = try function(try call.resolve(context))
        if let target = call.target {
            context.set(target, value)
        } else {
            context.engine.write(value, to: &output, autoescape: context.autoescape)
        }
    }
}

/// An inclusion tag's node: renders its template with the computed variables.
final class InclusionTagNode: Node {
    let call: TagCall
    let templateName: String
    let function: @Sendable (TagArguments) throws -> [String: TemplateValue]

    init(call: TagCall, templateName: String, function: @escaping @Sendable (TagArguments) throws -> [String: TemplateValue]) {
        self.call = call
        self.templateName = templateName
        self.function = function
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let values = try function(try call.resolve(context))
        let template = try context.engine.template(named: templateName)
        var scoped = values
        if let token = context["csrf_token"], scoped["csrf_token"] == nil { scoped["csrf_token"] = token }
        let inner = context.isolated(scoped)
        try template.render(into: &output, context: inner)
    }
}
