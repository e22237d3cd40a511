public import ReinhardtHTTP
public import ReinhardtTemplates

/// Django's `TemplateView`: GET renders a template with the view's context.
///
/// ```swift
/// path("about/", TemplateView("about.html", context: ["team": team.templateValue]).asView())
/// ```
/// Subclass behaviour comes by giving a closure that computes the context per request.
public struct TemplateView: HandlesGet {
    /// The template to render.
    public let templateName: String
    /// Computes the variables for a request (Django's `get_context_data`).
    public let context: @Sendable (Request) async throws -> [String: TemplateValue]

    /// A view rendering `templateName` with fixed variables.
    public init(_ templateName: String, context: [String: TemplateValue] = [:]) {
        self.templateName = templateName
        self.context = { _ in context }
    }

    /// A view rendering `templateName` with variables computed per request.
    public init(_ templateName: String, context: @escaping @Sendable (Request) async throws -> [String: TemplateValue]) {
        self.templateName = templateName
        self.context = context
    }

    /// A template response, so `processTemplateResponse` middleware can still change it.
    public func get(_ request: Request) async throws -> Response {
        var values = try await context(request)
        if let route = request.route {
            for (name, value) in route.arguments { values[name] = Self.templateValue(value) }
        }
        return .template(request, templateName, context: values)
    }

    private static func templateValue(_ value: any Sendable) -> TemplateValue {
        (value as? any TemplateRepresentable)?.templateValue ?? .string("\(value)")
    }
}
