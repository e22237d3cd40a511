/// Finds template sources by name — Django's template loaders.
public protocol TemplateLoader: Sendable {
    /// The source of `name`, or nil when this loader does not have it.
    func origin(for name: String) throws -> TemplateOrigin?

    /// Every template name this loader can find, for compiling them all at startup.
    func templateNames() throws -> [String]
}
