import Synchronization
import ReinhardtUtils

/// Finds, compiles, caches and renders templates — Django's `Engine`.
///
/// Build one at startup with the loaders to search, the libraries `{% load %}` may name, and the
/// options; call ``preload()`` (or `manage check`) to compile every template up front. Compiled
/// templates are immutable and cached, so rendering is safe from any task.
///
/// ```swift
/// let engine = TemplateEngine(loaders: [DirectoryLoader(["Templates"])])
/// let html = try engine.renderToString("products/detail.html", ["product": product.templateValue])
/// ```
public final class TemplateEngine: Sendable {
    /// Where templates are looked for, in order.
    public let loaders: [any TemplateLoader]
    /// Libraries `{% load %}` can name.
    public let libraries: [String: TemplateLibrary]
    /// Rendering options.
    public let options: TemplateOptions
    /// Reverses `{% url %}` names; nil when the engine has no URLconf (`{% url %}` then fails).
    public let urls: (any URLReversing)?
    /// The tags and filters every template has without `{% load %}`.
    let builtins: TemplateLibrary
    private let cache = Mutex<[String: Template]>([:])

    /// An engine with no loaders and the default options, for templates made from strings.
    public static let `default` = TemplateEngine()

    /// Creates an engine.
    /// - Parameters:
    ///   - loaders: Where to find templates, searched in order.
    ///   - libraries: Extra libraries by `{% load %}` name; `static` is always available.
    ///   - builtins: Libraries added to the built-ins, available without `{% load %}`.
    ///   - options: Rendering options.
    ///   - urls: What `{% url %}` reverses through.
    public init(
        loaders: [any TemplateLoader] = [],
        libraries: [String: TemplateLibrary] = [:],
        builtins: [TemplateLibrary] = [],
        options: TemplateOptions = TemplateOptions(),
        urls: (any URLReversing)? = nil
    ) {
        self.loaders = loaders
        self.libraries = ["static": .staticFiles].merging(libraries) { _, custom in custom }
        var merged = TemplateLibrary.builtins
        for library in builtins { merged.merge(library) }
        self.builtins = merged
        self.options = options
        self.urls = urls
    }

    /// The compiled template called `name`, from the cache or the first loader that has it.
    /// - Throws: `TemplateDoesNotExist` naming what was tried, or the template's syntax error.
    public func template(named name: String) throws -> Template {
        if let cached = cache.withLock({ $0[name] }) { return cached }
        let template = try Template(origin: try source(named: name), engine: self)
        cache.withLock { $0[name] = template }
        return template
    }

    /// The first source of `name` not in `skipping` (origin keys), compiled: how a template
    /// extends another of the same name that it overrides (Django's `find_template(skip=)`).
    public func template(named name: String, skipping: [String]) throws -> Template {
        let first = try template(named: name)
        guard skipping.contains(first.origin.key) else { return first }
        for loader in loaders {
            for origin in try loader.origins(for: name) where !skipping.contains(origin.key) {
                let key = "\u{0}" + origin.key
                if let cached = cache.withLock({ $0[key] }) { return cached }
                let template = try Template(origin: origin, engine: self)
                cache.withLock { $0[key] = template }
                return template
            }
        }
        throw TemplateError(.doesNotExist, name)
    }

    /// The first of `names` that exists (Django's `select_template`).
    public func selectTemplate(_ names: [String]) throws -> Template {
        var missing: [String] = []
        for name in names {
            do {
                return try template(named: name)
            } catch let error as TemplateError where error.kind == .doesNotExist && error.message == name {
                missing.append(name)
            }
        }
        throw TemplateError(.doesNotExist, missing.joined(separator: ", "))
    }

    /// A template compiled from `source` (not cached).
    public func template(source: String, name: String = "<unknown source>") throws -> Template {
        try Template(origin: TemplateOrigin(name: name, source: source), engine: self)
    }

    /// Renders the template called `name` with `context`.
    public func renderToString(_ name: String, _ context: [String: TemplateValue] = [:]) throws -> String {
        try template(named: name).render(Context(context, engine: self))
    }

    /// Compiles every template the loaders can list, so that syntax errors surface at startup.
    /// - Returns: The problems found (see ``check()``); empty when every template compiles.
    @discardableResult
    public func preload() -> [TemplateError] {
        check()
    }

    private func source(named name: String) throws -> TemplateOrigin {
        for loader in loaders {
            if let origin = try loader.origin(for: name) { return origin }
        }
        throw TemplateError(.doesNotExist, name)
    }

    /// An aware datetime converted to the engine's zone (Django's `template_localtime`).
    func localtime(_ value: TemplateValue) -> TemplateValue {
        guard case .dateTime(let date) = value, date.kind == .dateTime, date.utcOffset != nil else { return value }
        return .dateTime(options.timeZone.localTime(date))
    }
}
