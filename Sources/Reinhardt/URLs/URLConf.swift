public import ReinhardtHTTP
public import ReinhardtURLs

/// A URLconf: the ordered list of patterns Django keeps in `urlpatterns`.
public typealias URLPatterns = [URLEntry<ViewHandler>]

/// A route to a function view, Django's `path()`. The view's parameters after the request receive
/// the route's converted values, in order, and their types are checked against the converters
/// when the application starts.
///
/// ```swift
/// func productDetail(_ request: Request, id: Int) async throws -> Response { … }
/// let urlpatterns: URLPatterns = [
///     path("hello/", hello, name: "hello"),
///     path("products/<int:id>/", productDetail, name: "product-detail"),
/// ]
/// ```
public func path<each Value: Sendable>(
    _ route: String,
    _ view: @escaping @Sendable (Request, repeat each Value) async throws -> Response,
    name: String? = nil,
    file: String = #fileID,
    line: Int = #line
) -> URLEntry<ViewHandler> {
    var types: [any Any.Type] = []
    for type in repeat (each Value).self { types.append(type) }
    let handler = ViewHandler(description: "function at \(file):\(line)", parameterTypes: types) { request, values in
        var index = 0
        func next<T>(_ type: T.Type) -> T {
            defer { index += 1 }
            return values[index] as! T
        }
        return try await view(request, repeat next((each Value).self))
    }
    return .pattern(.path(route, endpoint: handler, name: name, parameterTypes: types))
}

/// A route to a class-based ``View``, which reads any captured values from ``ReinhardtHTTP/Request/route``.
public func path(_ route: String, _ view: some View, name: String? = nil) -> URLEntry<ViewHandler> {
    .pattern(.path(route, endpoint: view.handler, name: name))
}

/// A route matched by a regular expression, Django's `re_path()`: named groups become
/// ``ReinhardtHTTP/Request/route`` arguments, unnamed groups positional ones.
public func rePath(
    _ regex: String,
    _ view: @escaping @Sendable (Request) async throws -> Response,
    name: String? = nil,
    file: String = #fileID,
    line: Int = #line
) -> URLEntry<ViewHandler> {
    let handler = ViewHandler(description: "function at \(file):\(line)", parameterTypes: nil) { request, _ in
        try await view(request)
    }
    return .pattern(.regex(regex, endpoint: handler, name: name))
}

/// A regex route to a class-based ``View``.
public func rePath(_ regex: String, _ view: some View, name: String? = nil) -> URLEntry<ViewHandler> {
    .pattern(.regex(regex, endpoint: view.handler, name: name))
}

/// Django's `include()`: mounts `patterns` under `prefix`, optionally in an application namespace
/// (`appName`, Django's `app_name`) and an instance namespace (`namespace`).
///
/// ```swift
/// include("blog/", blog.urlpatterns, appName: "blog")   // reverse("blog:post-detail", 3)
/// ```
public func include(_ prefix: String, _ patterns: URLPatterns, appName: String? = nil, namespace: String? = nil) -> URLEntry<ViewHandler> {
    .include(prefix, patterns, appName: appName, namespace: namespace)
}
