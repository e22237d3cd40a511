public import ReinhardtURLs

/// The URL resolver of the application serving the current request (set by the handler).
public enum CurrentURLConf {
    /// The resolver, available inside requests served by an ``Application``.
    @TaskLocal public static var resolver: URLResolver<ViewHandler>?
}

/// The URL of the pattern named `name` with positional `args`: Django's `reverse()`.
///
/// ```swift
/// try reverse("product-detail", 42)                 // "/products/42/"
/// try reverse("blog:archive", query: [("page", "2")])
/// ```
/// - Throws: `NoReverseMatch` when no pattern of that name accepts the arguments, or when called
///   outside a request of an ``Application`` (use ``Application/reverse(_:_:query:fragment:currentApp:)`` there).
public func reverse(
    _ name: String,
    _ args: any Sendable...,
    query: [(String, String)]? = nil,
    fragment: String? = nil,
    currentApp: String? = nil
) throws -> String {
    try currentResolver(for: name).reverse(name, args: args, currentApp: currentApp, query: query, fragment: fragment)
}

/// The URL of the pattern named `name` with named arguments.
public func reverse(
    _ name: String,
    kwargs: [String: any Sendable],
    query: [(String, String)]? = nil,
    fragment: String? = nil,
    currentApp: String? = nil
) throws -> String {
    try currentResolver(for: name).reverse(name, kwargs: kwargs, currentApp: currentApp, query: query, fragment: fragment)
}

private func currentResolver(for name: String) throws -> URLResolver<ViewHandler> {
    guard let resolver = CurrentURLConf.resolver else {
        throw NoReverseMatch(.unknownName, message: "Reverse for '\(name)' was called outside a request; call Application.reverse(_:) instead.")
    }
    return resolver
}
