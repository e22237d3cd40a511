public import HTTPTypes
public import ReinhardtHTTP

/// No URL pattern matched the path (Django's `Resolver404`): a 404 that remembers which patterns
/// were tried, for the debug page.
public struct URLNotFound: HTTPResponseError, CustomStringConvertible {
    /// The path that was resolved.
    public var path: String
    /// The patterns tried, each as the list of route pieces from the outermost include.
    public var tried: [[String]]
    /// Always 404.
    public var status: HTTPResponse.Status { .notFound }
    /// "The current path, x, didn't match any of these."
    public var reason: String { "The current path, \(path.dropFirst()), didn’t match any of these." }
    /// Same as ``reason``.
    public var description: String { reason }
}
