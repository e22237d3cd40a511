/// One line of a URLconf: an endpoint pattern or an include, written much as in Django:
///
/// ```swift
/// let urlpatterns: [URLEntry<View>] = [
///     .path("", home, name: "home"),
///     .path("articles/<int:year>/", yearArchive, name: "year-archive"),
///     .rePath("^legacy/(?P<id>[0-9]+)/$", legacy),
///     .include("blog/", blogPatterns, appName: "blog"),
/// ]
/// ```
public indirect enum URLEntry<Endpoint: Sendable>: Sendable {
    /// An endpoint pattern.
    case pattern(URLPattern<Endpoint>)
    /// A prefix with entries under it.
    case include(URLInclude<Endpoint>)

    /// Django's `path(route, view, name=…)`.
    /// - Parameters:
    ///   - route: Django route syntax, e.g. `"articles/<int:year>/"`.
    ///   - endpoint: What a match carries.
    ///   - name: The name for `reverse()`.
    ///   - parameterTypes: The endpoint's parameter types, checked against the converters at startup.
    ///   - defaults: Extra keyword arguments for the endpoint.
    /// - Returns: The entry.
    public static func path(
        _ route: String,
        _ endpoint: Endpoint,
        name: String? = nil,
        parameterTypes: [any Any.Type]? = nil,
        defaults: [String: any Sendable] = [:]
    ) -> URLEntry {
        .pattern(.path(route, endpoint: endpoint, name: name, parameterTypes: parameterTypes, defaults: defaults))
    }

    /// Django's `re_path(regex, view, name=…)`.
    /// - Parameters:
    ///   - regex: A Python-syntax regular expression.
    ///   - endpoint: What a match carries.
    ///   - name: The name for `reverse()`.
    ///   - defaults: Extra keyword arguments for the endpoint.
    /// - Returns: The entry.
    public static func rePath(
        _ regex: String,
        _ endpoint: Endpoint,
        name: String? = nil,
        defaults: [String: any Sendable] = [:]
    ) -> URLEntry {
        .pattern(.regex(regex, endpoint: endpoint, name: name, defaults: defaults))
    }

    /// Django's `path(prefix, include(entries, namespace=…))`.
    /// - Parameters:
    ///   - prefix: A `path()` route the entries are matched after, e.g. `"blog/"` or `"users/<int:uid>/"`.
    ///   - entries: The included entries.
    ///   - appName: The application namespace.
    ///   - namespace: The instance namespace (defaults to `appName`).
    ///   - defaults: Extra keyword arguments for every included endpoint.
    /// - Returns: The entry.
    public static func include(
        _ prefix: String,
        _ entries: [URLEntry],
        appName: String? = nil,
        namespace: String? = nil,
        defaults: [String: any Sendable] = [:]
    ) -> URLEntry {
        .include(URLInclude(.route(prefix), entries: entries, appName: appName, namespace: namespace, defaults: defaults))
    }

    /// Django's `re_path(regex, include(entries, namespace=…))`.
    /// - Parameters:
    ///   - regex: A Python-syntax regex prefix, e.g. `"^blog/(?P<section>[a-z]+)/"`.
    ///   - entries: The included entries.
    ///   - appName: The application namespace.
    ///   - namespace: The instance namespace (defaults to `appName`).
    ///   - defaults: Extra keyword arguments for every included endpoint.
    /// - Returns: The entry.
    public static func include(
        regex: String,
        _ entries: [URLEntry],
        appName: String? = nil,
        namespace: String? = nil,
        defaults: [String: any Sendable] = [:]
    ) -> URLEntry {
        .include(URLInclude(.regex(regex), entries: entries, appName: appName, namespace: namespace, defaults: defaults))
    }
}
