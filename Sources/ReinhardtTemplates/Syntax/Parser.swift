import ReinhardtUtils

/// Turns tokens into a node tree, as Django's `Parser`: text and variables become nodes directly,
/// and each block tag is handed to the compile function its library registered, which may in
/// turn parse up to its end tag.
public final class Parser {
    private var tokens: [Token]
    /// The template being compiled.
    public let origin: TemplateOrigin
    /// The engine compiling it, for its libraries and options.
    public let engine: TemplateEngine
    private var tags: [String: TagCompiler]
    private var filters: [String: TemplateFilter]
    private var commandStack: [(command: String, token: Token)] = []
    /// Block names seen so far, to reject a name used twice.
    var blockNames: Set<String> = []
    /// How many expressions so far read the `block` variable, so blocks that never do skip it.
    var blockVariableUses = 0
    /// Cycles declared `as name`, for `{% cycle name %}` and `{% resetcycle name %}`.
    var namedCycles: [String: CycleNode] = [:]
    /// The last cycle declared, for `{% resetcycle %}`.
    var lastCycle: CycleNode?
    /// `{% url %}` names written as literals, with where, for `manage check`.
    var urlNames: [(name: String, location: TemplateSourceLocation)] = []

    init(tokens: [Token], origin: TemplateOrigin, engine: TemplateEngine) {
        self.tokens = tokens.reversed()
        self.origin = origin
        self.engine = engine
        self.tags = engine.builtins.tags
        self.filters = engine.builtins.filters
    }

    /// Parses until a block tag whose first word is in `endTags` (left unread for the caller), or
    /// to the end; an unmet `endTags` is Django's "Unclosed tag" error.
    public func parse(until endTags: [String] = []) throws -> NodeList {
        var nodes = NodeList(origin: origin)
        while let token = tokens.popLast() {
            switch token.kind {
            case .text:
                nodes.append(TextNode(token.contents), offset: token.offset)
            case .comment:
                continue
            case .variable:
                guard !token.contents.isEmpty else { throw error("Empty variable tag on line \(token.line)", at: token) }
                let expression = try located(token) { try compileFilter(token.contents) }
                nodes.append(VariableNode(expression), offset: token.offset)
            case .block:
                guard let command = token.contents.split(whereSeparator: \.isWhitespace).first.map(String.init) else {
                    throw error("Empty block tag on line \(token.line)", at: token)
                }
                if endTags.contains(command) {
                    tokens.append(token)
                    return nodes
                }
                try appendTag(command, token, to: &nodes, endTags: endTags)
            }
        }
        if !endTags.isEmpty, let (command, token) = commandStack.popLast() {
            throw error(
                "Unclosed tag on line \(token.line): '\(command)'. Looking for one of: \(endTags.joined(separator: ", ")).",
                at: token)
        }
        return nodes
    }

    private func appendTag(_ command: String, _ token: Token, to nodes: inout NodeList, endTags: [String]) throws {
        commandStack.append((command, token))
        guard let compile = tags[command] else { throw invalidBlockTag(command, token, endTags: endTags) }
        let node = try located(token) { try compile(self, token) }
        if node is ExtendsNode, nodes.containsNonText {
            throw error("{% \(token.contents) %} must be the first tag in \(PythonText.repr(origin.name)).", at: token)
        }
        nodes.append(node, offset: token.offset)
        commandStack.removeLast()
    }

    private func invalidBlockTag(_ command: String, _ token: Token, endTags: [String]) -> TemplateError {
        let help = "Did you forget to register or load this tag?"
        guard !endTags.isEmpty else {
            return error("Invalid block tag on line \(token.line): '\(command)'. \(help)", at: token)
        }
        let expected = Self.textList(endTags.map { "'\($0)'" }, last: "or")
        return error("Invalid block tag on line \(token.line): '\(command)', expected \(expected). \(help)", at: token)
    }

    /// Reads the next token.
    public func nextToken() -> Token? { tokens.popLast() }

    /// Drops the next token (the end tag a tag's body stopped at).
    public func deleteFirstToken() { _ = tokens.popLast() }

    /// Skips everything up to and including the block tag `endTag` (Django's `skip_past`).
    public func skipPast(_ endTag: String) throws {
        while let token = tokens.popLast() {
            if token.kind == .block && token.contents == endTag { return }
        }
        throw unclosedTag([endTag])
    }

    /// Django's "Unclosed tag" error for the tag being compiled.
    func unclosedTag(_ endTags: [String]) -> TemplateError {
        guard let (command, token) = commandStack.last else { return .syntax("Unclosed tag") }
        return error(
            "Unclosed tag on line \(token.line): '\(command)'. Looking for one of: \(endTags.joined(separator: ", ")).",
            at: token)
    }

    /// Compiles `value|filter:arg` against the filters loaded so far.
    public func compileFilter(_ text: String) throws -> FilterExpression {
        let expression = try FilterExpression(text) { name in try self.filter(named: name) }
        if expression.variable.lookups.first?.name == "block" { blockVariableUses += 1 }
        return expression
    }

    /// The filter called `name`, or Django's "Invalid filter" error.
    public func filter(named name: String) throws -> TemplateFilter {
        guard let filter = filters[name] else { throw TemplateError.syntax("Invalid filter: '\(name)'") }
        return filter
    }

    /// Adds a library's tags and filters (what `{% load %}` does).
    func add(_ library: TemplateLibrary) {
        tags.merge(library.tags) { _, new in new }
        filters.merge(library.filters) { _, new in new }
    }

    /// Adds some of a library's tags and filters (`{% load name from library %}`); false when
    /// `name` is in neither.
    func add(_ name: String, from library: TemplateLibrary) -> Bool {
        var found = false
        if let tag = library.tags[name] { tags[name] = tag; found = true }
        if let filter = library.filters[name] { filters[name] = filter; found = true }
        return found
    }

    /// A syntax error located at `token`.
    public func error(_ message: String, at token: Token) -> TemplateError {
        .syntax(message, at: location(of: token))
    }

    /// Where `token` is in the source.
    public func location(of token: Token) -> TemplateSourceLocation {
        origin.location(ofOffset: token.offset)
    }

    private func located<Result>(_ token: Token, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as TemplateError {
            throw error.located(at: location(of: token))
        }
    }

    /// Django's `get_text_list`: `'a', 'b' or 'c'`.
    static func textList(_ items: [String], last: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(last) " + items[items.count - 1]
    }
}

/// A tag's compile function: reads the tag's token (and, for block tags, its body through the
/// parser) and returns the node that renders it — Django's `(parser, token) -> Node`.
public typealias TagCompiler = @Sendable (Parser, Token) throws -> any Node
