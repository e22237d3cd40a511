public import ReinhardtTemplates
public import ReinhardtUtils

/// Django's `TEMPLATES` setting for the one Django-language engine: where templates live, which
/// libraries `{% load %}` may name, the context processors and the rendering options.
///
/// ```swift
/// settings.templates.directories = ["Templates"]
/// settings.templates.contextProcessors = [ContextProcessors.request, ContextProcessors.debug]
/// ```
public struct TemplateSettings: Sendable {
    /// Django's `DIRS`: directories searched first, in order.
    public var directories: [String] = []
    /// Each app's `templates/` directory (Django's `APP_DIRS`), searched after ``directories``.
    public var appDirectories: [String] = []
    /// Further loaders (an ``InMemoryLoader`` in tests), searched last.
    public var loaders: [any TemplateLoader] = []
    /// Libraries `{% load name %}` may name.
    public var libraries: [String: TemplateLibrary] = [:]
    /// Libraries available in every template without `{% load %}`.
    public var builtins: [TemplateLibrary] = []
    /// Functions adding variables to every template rendered for a request.
    public var contextProcessors: [ContextProcessor] = [ContextProcessors.request, ContextProcessors.debug]
    /// Whether variables are HTML-escaped by default (keep it on).
    public var autoescape = true
    /// What invalid variables render as (Django's `string_if_invalid`).
    public var stringIfInvalid = ""
    /// The zone aware datetimes are shown in (Django's `TIME_ZONE`).
    public var timeZone = DateTimeZone.utc
    /// Django's `STATIC_URL`, for `{% static %}`.
    public var staticURL = "/static/"

    /// No directories; the request and debug context processors.
    public init() {}

    /// Whether any template source is configured.
    var isConfigured: Bool { !directories.isEmpty || !appDirectories.isEmpty || !loaders.isEmpty }

    /// The engine these settings describe, reversing `{% url %}` through `urls`.
    func makeEngine(debug: Bool, urls: any URLReversing) -> TemplateEngine {
        var options = TemplateOptions()
        options.autoescape = autoescape
        options.stringIfInvalid = stringIfInvalid
        options.debug = debug
        options.timeZone = timeZone
        options.staticURL = staticURL
        var allLoaders: [any TemplateLoader] = []
        if !directories.isEmpty { allLoaders.append(DirectoryLoader(directories)) }
        if !appDirectories.isEmpty { allLoaders.append(DirectoryLoader(appDirectories)) }
        allLoaders += loaders
        return TemplateEngine(loaders: allLoaders, libraries: libraries, builtins: builtins, options: options, urls: urls)
    }
}
