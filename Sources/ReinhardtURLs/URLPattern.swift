/// One endpoint of a URLconf: a route (or regex), the endpoint a match carries, and an optional name
/// for `reverse()` — Django's `path()` / `re_path()` with a view.
///
/// ```swift
/// let detail = URLPattern.path("products/<int:id>/", endpoint: productDetail, name: "product-detail")
/// let legacy = URLPattern.regex("^p/(?P<id>[0-9]+)/$", endpoint: productDetail, name: "legacy-product")
/// ```
public struct URLPattern<Endpoint: Sendable>: Sendable {
    /// The route or regex.
    public let source: RouteSource
    /// What a match carries (the view).
    public let endpoint: Endpoint
    /// The name `reverse()` uses; names may repeat (Django allows it).
    public let name: String?
    /// The value types the endpoint expects, in route order, checked against the converters when the
    /// resolver is built (`nil` = unchecked).
    public let parameterTypes: [any Any.Type]?
    /// Extra keyword arguments passed to the endpoint (Django's `kwargs=` of `path()`).
    public let defaults: [String: any Sendable]

    /// Creates a `path()` pattern.
    /// - Parameters:
    ///   - route: Django route syntax, e.g. `"articles/<int:year>/<slug:slug>/"`; no leading `/`.
    ///   - endpoint: What a match carries.
    ///   - name: The name for `reverse()`.
    ///   - parameterTypes: The types the endpoint expects for every captured parameter, including
    ///     those captured by enclosing `include()` prefixes, in route order. Typed `path()` helpers set
    ///     this so `<str:id>` for a view taking `Int` fails at startup.
    ///   - defaults: Extra keyword arguments for the endpoint.
    /// - Returns: The pattern.
    public static func path(
        _ route: String,
        endpoint: Endpoint,
        name: String? = nil,
        parameterTypes: [any Any.Type]? = nil,
        defaults: [String: any Sendable] = [:]
    ) -> URLPattern {
        URLPattern(source: .route(route), endpoint: endpoint, name: name, parameterTypes: parameterTypes, defaults: defaults)
    }

    /// Creates a `re_path()` pattern.
    ///
    /// Named groups `(?P<name>…)` become keyword arguments (strings); when there are none, unnamed
    /// groups become positional arguments. A regex ending in `$` must match the whole remaining path;
    /// otherwise it is searched for, as in Django.
    /// - Parameters:
    ///   - regex: A Python-syntax regular expression, usually starting with `^`.
    ///   - endpoint: What a match carries.
    ///   - name: The name for `reverse()`.
    ///   - defaults: Extra keyword arguments for the endpoint.
    /// - Returns: The pattern.
    public static func regex(
        _ regex: String,
        endpoint: Endpoint,
        name: String? = nil,
        defaults: [String: any Sendable] = [:]
    ) -> URLPattern {
        URLPattern(source: .regex(regex), endpoint: endpoint, name: name, parameterTypes: nil, defaults: defaults)
    }
}
