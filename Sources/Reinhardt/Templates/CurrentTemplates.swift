public import ReinhardtTemplates

/// The template engine of the application serving the current request (set by the handler).
public enum CurrentTemplates {
    /// The engine, available inside requests served by an ``Application`` with templates configured.
    @TaskLocal public static var engine: TemplateEngine?
    /// The context processors and debug flag of that application.
    @TaskLocal static var processors: ([ContextProcessor], Bool) = ([], false)

    /// The engine, or an error saying how to configure one.
    static func requireEngine() throws -> TemplateEngine {
        guard let engine else {
            throw ImproperlyConfigured(problems: [
                "No templates are configured. Set Settings.templates.directories (e.g. [\"Templates\"]) so render() can find templates."
            ])
        }
        return engine
    }
}
