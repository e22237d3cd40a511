/// A set of tags and filters under one name, loaded with `{% load name %}` — Django's `Library`.
/// The built-in tags and filters are registered through this same public API.
///
/// ```swift
/// var shop = TemplateLibrary()
/// shop.register(filter: "cents", TemplateFilter { value, _, _ in .string("\(value.pythonString)¢") })
/// shop.register(simpleTag: "greeting") { arguments, _ in .string("Hello, \(arguments.positional[0].pythonString)") }
/// let engine = TemplateEngine(loaders: [...], libraries: ["shop": shop])
/// ```
public struct TemplateLibrary: Sendable {
    /// Tag compile functions by tag name.
    public private(set) var tags: [String: TagCompiler] = [:]
    /// Filters by name.
    public private(set) var filters: [String: TemplateFilter] = [:]

    /// An empty library.
    public init() {}

    /// Registers a filter.
    public mutating func register(filter name: String, _ filter: TemplateFilter) {
        filters[name] = filter
    }

    /// Registers a tag by its compile function (Django's `@register.tag`).
    public mutating func register(tag name: String, _ compile: @escaping TagCompiler) {
        tags[name] = compile
    }

    /// Adds every tag and filter of `other`, replacing same-named ones.
    public mutating func merge(_ other: TemplateLibrary) {
        tags.merge(other.tags) { _, new in new }
        filters.merge(other.filters) { _, new in new }
    }
}
