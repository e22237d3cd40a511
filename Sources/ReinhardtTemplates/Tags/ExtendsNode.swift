import Synchronization

/// `{% extends "base.html" %}`: renders the parent template with this template's blocks
/// overriding the parent's. Must be the first tag of the template.
final class ExtendsNode: Node {
    let parentName: FilterExpression
    let body: NodeList
    let blocks: [BlockNode]
    let origin: TemplateOrigin
    /// The parent a constant name found first, by the engine that found it: engines keep compiled
    /// templates for good, so the look-up is done once rather than on every render.
    private let constantParentCache = Mutex<(engine: TemplateEngine, template: Template)?>(nil)

    init(parentName: FilterExpression, body: NodeList, origin: TemplateOrigin) {
        self.origin = origin
        self.parentName = parentName
        self.body = body
        self.blocks = body.nodes(ofType: BlockNode.self)
    }

    var childNodeLists: [NodeList] { [body] }

    func render(into output: inout TemplateOutput, context: Context) throws {
        let parent = try parentTemplate(context)
        let frame = context.renderState.current
        let blockContext = frame.blocks ?? BlockContext()
        frame.blocks = blockContext
        blockContext.add(blocks)
        if !parent.isChild { blockContext.add(parent.blocks) }
        guard context.depth < Template.maximumDepth else {
            throw TemplateError(.recursionError, "maximum recursion depth exceeded while extending \(parent.name)")
        }
        context.depth += 1
        defer { context.depth -= 1 }
        try parent.renderWithoutIsolation(into: &output, context: context)
    }

    private func parentTemplate(_ context: Context) throws -> Template {
        if let first = constantParent(context.engine) {
            let frame = context.renderState.current
            frame.startExtendsHistory(with: origin.key)
            if !frame.extendsHistory.contains(first.origin.key) {
                frame.extendsHistory.append(first.origin.key)
                return first
            }
        }
        return try resolvedParent(context)
    }

    /// For a constant name, the template `engine` finds first under it; nil for a variable name or
    /// when the engine finds none (the full look-up then reports why).
    private func constantParent(_ engine: TemplateEngine) -> Template? {
        guard parentName.isConstant, let name = parentName.variable.literal?.stringValue, !name.isEmpty else { return nil }
        if let cached = constantParentCache.withLock({ $0 }), cached.engine === engine { return cached.template }
        guard let template = try? engine.template(named: name) else { return nil }
        constantParentCache.withLock { $0 = (engine, template) }
        return template
    }

    /// The parent named by `parentName` in `context`, found through the engine.
    private func resolvedParent(_ context: Context) throws -> Template {
        let name = try parentName.resolve(context)
        guard name.isTruthy else {
            var message = "Invalid template name in 'extends' tag: \(name.pythonRepr)."
            if !parentName.isConstant { message += " Got this from the '\(parentName.token)' variable." }
            throw TemplateError.syntax(message)
        }
        if case .object(let object) = name, let template = object as? TemplateReference { return template.template }
        // Sources already in the chain are skipped (Django's recursive template loading): a
        // template may extend the same name found in a later directory, but never itself.
        let frame = context.renderState.current
        frame.startExtendsHistory(with: origin.key)
        let parent = try context.engine.template(named: name.pythonString, skipping: frame.extendsHistory)
        frame.extendsHistory.append(parent.origin.key)
        return parent
    }

    static let compile: TagCompiler = { parser, token in
        var bits = token.splitContents()
        guard bits.count == 2 else { throw TemplateError.syntax("'\(bits[0])' takes one argument") }
        bits[1] = try RelativeTemplatePath.resolve(bits[1], from: parser.origin.name, allowRecursion: false)
        let parentName = try parser.compileFilter(bits[1])
        let body = try parser.parse()
        guard body.nodes(ofType: ExtendsNode.self).isEmpty else {
            throw TemplateError.syntax("'\(bits[0])' cannot appear more than once in the same template")
        }
        return ExtendsNode(parentName: parentName, body: body, origin: parser.origin)
    }
}

/// A compiled template passed as a value, so `{% extends %}` and `{% include %}` can take one.
public struct TemplateReference: TemplateObject {
    /// The template.
    public let template: Template

    /// Wraps `template`.
    public init(_ template: Template) { self.template = template }

    /// No attributes.
    public func templateAttribute(_ name: String) -> TemplateValue? { nil }
}

/// Django's `construct_relative_path`: `./x` and `../x` in `extends`/`include` are relative to
/// the current template's directory.
enum RelativeTemplatePath {
    static func resolve(_ written: String, from current: String, allowRecursion: Bool) throws -> String {
        let hasQuotes = written.count >= 2 && (written.first == "\"" || written.first == "'") && written.first == written.last
        let bare = hasQuotes ? String(written.dropFirst().dropLast()) : written
        guard bare.hasPrefix("./") || bare.hasPrefix("../") else { return written }
        let currentName = String(current.drop { $0 == "/" })
        var components = currentName.split(separator: "/").dropLast().map(String.init)
        var escaped = false
        for part in bare.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if components.isEmpty { escaped = true } else { components.removeLast() }
            } else {
                components.append(String(part))
            }
        }
        let newName = components.joined(separator: "/")
        if escaped {
            throw TemplateError.syntax(
                "The relative path '\(written)' points outside the file hierarchy that template '\(current)' is in.")
        }
        if !allowRecursion && currentName == newName {
            throw TemplateError.syntax(
                "The relative path '\(written)' was translated to template name '\(current)', the same template in which the tag appears.")
        }
        return hasQuotes ? "\"\(newName)\"" : newName
    }
}
