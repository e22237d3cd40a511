/// A group of entries under a common prefix, optionally namespaced — Django's
/// `path("blog/", include((patterns, "blog"), namespace="blog"))`.
///
/// `appName` is the application namespace and `namespace` the instance namespace; when only
/// `appName` is given the instance namespace is the same. Without either, the entries' names are
/// visible in the enclosing namespace.
public struct URLInclude<Endpoint: Sendable>: Sendable {
    /// The prefix the entries are matched after.
    public let prefix: RouteSource
    /// The application namespace (Django's `app_name`).
    public let appName: String?
    /// The instance namespace; defaults to ``appName``.
    public let namespace: String?
    /// The included entries, in order.
    public let entries: [URLEntry<Endpoint>]
    /// Extra keyword arguments passed to every included endpoint.
    public let defaults: [String: any Sendable]
    /// The namespace as given, before defaulting to ``appName`` (kept to report a namespace without an app name).
    let declaredNamespace: String?

    /// Creates an include.
    /// - Parameters:
    ///   - prefix: The prefix, as a `path()` route or a regex.
    ///   - entries: The included entries.
    ///   - appName: The application namespace.
    ///   - namespace: The instance namespace (requires `appName`, as in Django).
    ///   - defaults: Extra keyword arguments for every included endpoint.
    public init(
        _ prefix: RouteSource,
        entries: [URLEntry<Endpoint>],
        appName: String? = nil,
        namespace: String? = nil,
        defaults: [String: any Sendable] = [:]
    ) {
        self.prefix = prefix
        self.entries = entries
        self.appName = appName
        self.declaredNamespace = namespace
        self.namespace = namespace ?? appName
        self.defaults = defaults
    }
}
