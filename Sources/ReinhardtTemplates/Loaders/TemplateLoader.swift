/// Finds template sources by name — Django's template loaders.
public protocol TemplateLoader: Sendable {
    /// The source of `name`, or nil when this loader does not have it.
    func origin(for name: String) throws -> TemplateOrigin?

    /// Every template name this loader can find, for compiling them all at startup.
    func templateNames() throws -> [String]

    /// Every source this loader has for `name`, in search order — more than one when several
    /// directories hold it, so a template can extend the one it overrides.
    func origins(for name: String) throws -> [TemplateOrigin]
}

extension TemplateLoader {
    /// The one source ``origin(for:)`` finds.
    public func origins(for name: String) throws -> [TemplateOrigin] {
        try origin(for: name).map { [$0] } ?? []
    }
}
