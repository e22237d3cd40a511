import ReinhardtUtils

/// `{% url "name" arg key=value [as variable] %}`: the URL of a named route, through the engine's
/// URL reverser. With `as`, a failed reverse stores an empty string instead of failing.
final class URLNode: Node {
    let name: FilterExpression
    let arguments: [FilterExpression]
    let keywords: [(String, FilterExpression)]
    let variableName: String?

    init(name: FilterExpression, arguments: [FilterExpression], keywords: [(String, FilterExpression)], variableName: String?) {
        self.name = name
        self.arguments = arguments
        self.keywords = keywords
        self.variableName = variableName
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let args = try arguments.map { try $0.resolve(context) }
        let kwargs = try keywords.map { ($0.0, try $0.1.resolve(context)) }
        let routeName = try name.resolve(context).pythonString
        var url = ""
        do {
            guard let urls = context.engine.urls else {
                throw TemplateError(.noReverseMatch, "Reverse for '\(routeName)' not found: this engine has no URLconf.")
            }
            let currentApp = context.request?.templateAttribute("current_app")?.stringValue
            url = try urls.reverseURL(routeName, args: args, kwargs: kwargs, currentApp: currentApp)
        } catch let error as TemplateError where error.kind == .noReverseMatch && variableName != nil {
            url = ""
        }
        if let variableName {
            context.set(variableName, .string(url))
        } else if context.autoescape {
            output.appendEscapedHTML(url)
        } else {
            output.append(url)
        }
    }

    static let compile: TagCompiler = { parser, token in
        var bits = token.splitContents()
        guard bits.count >= 2 else {
            throw TemplateError.syntax("'\(bits[0])' takes at least one argument, a URL pattern name.")
        }
        let name = try parser.compileFilter(bits[1])
        if name.isConstant, let literal = name.variable.literal?.stringValue {
            parser.urlNames.append((literal, parser.location(of: token)))
        }
        bits.removeFirst(2)
        var variableName: String?
        if bits.count >= 2, bits[bits.count - 2] == "as" {
            variableName = bits.removeLast()
            bits.removeLast()
        }
        var arguments: [FilterExpression] = []
        var keywords: [(String, FilterExpression)] = []
        for bit in bits {
            let split = TokenArguments.keywordSplit(bit)
            if let key = split.name {
                keywords.append((key, try parser.compileFilter(split.value)))
            } else {
                arguments.append(try parser.compileFilter(split.value))
            }
        }
        return URLNode(name: name, arguments: arguments, keywords: keywords, variableName: variableName)
    }
}

/// `{% load library %}` and `{% load name other from library %}`: adds a library's tags and
/// filters to the rest of the template, at compile time.
enum LoadTag {
    static let compile: TagCompiler = { parser, token in
        let bits = token.contents.split(whereSeparator: \.isWhitespace).map(String.init)
        if bits.count >= 4, bits[bits.count - 2] == "from" {
            let libraryName = bits[bits.count - 1]
            let library = try find(libraryName, parser)
            for name in bits[1..<(bits.count - 2)] where !parser.add(name, from: library) {
                throw TemplateError.syntax("'\(name)' is not a valid tag or filter in tag library '\(libraryName)'")
            }
        } else {
            for name in bits.dropFirst() { parser.add(try find(name, parser)) }
        }
        return EmptyNode()
    }

    private static func find(_ name: String, _ parser: Parser) throws -> TemplateLibrary {
        guard let library = parser.engine.libraries[name] else {
            let known = parser.engine.libraries.keys.sorted().joined(separator: "\n")
            throw TemplateError.syntax("'\(name)' is not a registered tag library. Must be one of:\n\(known)")
        }
        return library
    }
}
