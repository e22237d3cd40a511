/// Templates held in a dictionary — Django's `locmem.Loader`, for tests and small apps.
public struct InMemoryLoader: TemplateLoader {
    /// Sources by template name.
    public let templates: [String: String]

    /// A loader for `templates`, keyed by name.
    public init(_ templates: [String: String]) { self.templates = templates }

    /// The source, if present.
    public func origin(for name: String) -> TemplateOrigin? {
        templates[name].map { TemplateOrigin(name: name, source: $0) }
    }

    /// The names, sorted.
    public func templateNames() -> [String] { templates.keys.sorted() }
}
