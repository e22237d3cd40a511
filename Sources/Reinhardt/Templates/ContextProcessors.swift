public import ReinhardtHTTP
public import ReinhardtTemplates

/// Adds variables to every template rendered for a request (Django's context processors).
public typealias ContextProcessor = @Sendable (Request, _ debug: Bool) -> [String: TemplateValue]

/// Django's built-in context processors that exist so far. CSRF, auth and messages add theirs
/// when those layers land.
public enum ContextProcessors {
    /// `request`: the request being answered (`{{ request.path }}`, `{{ request.GET.page }}`).
    public static let request: ContextProcessor = { request, _ in ["request": .object(RequestTemplateObject(request))] }

    /// `debug`: `True` when debugging, so templates can show diagnostics.
    public static let debug: ContextProcessor = { _, debug in debug ? ["debug": .bool(true)] : [:] }
}

/// A request as templates see it: `path`, `method`, `GET`, `is_secure`, `current_app`.
public struct RequestTemplateObject: TemplateObject {
    /// The request.
    public let request: Request

    /// Wraps `request`.
    public init(_ request: Request) { self.request = request }

    /// The attributes Django's `HttpRequest` offers templates.
    public func templateAttribute(_ name: String) -> TemplateValue? {
        switch name {
        case "path", "path_info": return .string(request.path)
        case "method": return .string(request.method.rawValue)
        case "GET": return .object(TemplateQuery(request.query.pairs))
        case "is_secure": return .bool(request.isSecure)
        case "get_full_path": return .string(request.fullPath())
        case "current_app": return request.route?.namespaces.isEmpty == false ? .string(request.route!.namespaces.joined(separator: ":")) : nil
        default: return nil
        }
    }

    /// `<Request: GET '/path/'>`, as Django prints a request.
    public var templateDescription: String { "<Request: \(request.method.rawValue) '\(request.fullPath())'>" }
}
