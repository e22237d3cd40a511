import ReinhardtUtils

extension TemplateLibrary {
    /// The `static` library: `{% static "path" [as name] %}`, `{% get_static_prefix %}` and
    /// `{% get_media_prefix %}` — Django's `django.templatetags.static`, joining paths onto the
    /// engine's `staticURL`.
    public static let staticFiles: TemplateLibrary = {
        var library = TemplateLibrary()
        library.register(tag: "static", StaticNode.compile)
        library.register(tag: "get_static_prefix") { _, token in try PrefixNode(token, media: false) }
        library.register(tag: "get_media_prefix") { _, token in try PrefixNode(token, media: true) }
        return library
    }()
}

/// `{% static "css/site.css" %}`: the URL of a static file.
final class StaticNode: Node {
    let path: FilterExpression
    let variableName: String?

    init(path: FilterExpression, variableName: String?) {
        self.path = path
        self.variableName = variableName
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let path = try self.path.resolve(context).pythonString
        let url = Self.join(context.engine.options.staticURL, PercentCoding.quote(path, safe: ByteSet("/")))
        if let variableName {
            context.set(variableName, .string(url))
        } else if context.autoescape {
            output.appendEscapedHTML(url)
        } else {
            output.append(url)
        }
    }

    /// Python's `urljoin(base, path)` for the relative paths `static` joins.
    static func join(_ base: String, _ path: String) -> String {
        if path.hasPrefix("/") || path.contains("://") { return path }
        let directory = base.hasSuffix("/") ? base : String(base[...(base.lastIndex(of: "/") ?? base.startIndex)])
        return directory + path
    }

    static let compile: TagCompiler = { parser, token in
        let bits = token.splitContents()
        guard bits.count >= 2 else {
            throw TemplateError.syntax("'static' takes at least one argument (path to file)")
        }
        var variableName: String?
        if bits.count >= 4, bits[bits.count - 2] == "as" { variableName = bits.last }
        return StaticNode(path: try parser.compileFilter(bits[1]), variableName: variableName)
    }
}

/// `{% get_static_prefix [as name] %}` and `{% get_media_prefix [as name] %}`.
final class PrefixNode: Node {
    let media: Bool
    let variableName: String?

    init(_ token: Token, media: Bool) throws {
        let bits = token.contents.split(whereSeparator: \.isWhitespace).map(String.init)
        guard bits.count == 1 || (bits.count == 3 && bits[1] == "as") else {
            throw TemplateError.syntax("First argument in '\(bits[0])' must be 'as'")
        }
        self.media = media
        self.variableName = bits.count == 3 ? bits[2] : nil
    }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let value = media ? context.engine.options.mediaURL : context.engine.options.staticURL
        if let variableName { context.set(variableName, .string(value)) } else { output.append(escapeHTML(value)) }
    }
}
