public import ReinhardtHTTP
public import ReinhardtTemplates
import HTTPTypes

/// What a template response will render: Django's `TemplateResponse` before `render()`. A
/// `processTemplateResponse` middleware may change the template names or the context.
public struct TemplateResponseContent: Sendable {
    /// The candidate templates; the first that exists is used (Django's `select_template`).
    public var templateNames: [String]
    /// The view's variables (Django's `context_data`).
    public var context: [String: TemplateValue]
    /// The request it answers, for the context processors.
    public var request: Request
}

extension Response {
    /// Django's `TemplateResponse`: an HTML response rendered only after the
    /// `processTemplateResponse` middleware ran, so they can still change it.
    public static func template(
        _ request: Request, _ names: String..., context: [String: TemplateValue] = [:], status: HTTPResponse.Status = .ok
    ) -> Response {
        var response = Response.html("", status: status)
        response.templateContent = TemplateResponseContent(templateNames: names, context: context, request: request)
        return response
    }

    /// The unrendered content of a template response; setting it makes the response one.
    public var templateContent: TemplateResponseContent? {
        get { deferredRender?.payload as? TemplateResponseContent }
        set {
            guard let newValue else { return deferredRender = nil }
            let engine = CurrentTemplates.engine
            let processors = CurrentTemplates.processors
            deferredRender = DeferredRender(name: newValue.templateNames.first ?? "template", payload: newValue) { response in
                try CurrentTemplates.$processors.withValue(processors) { try Self.rendered(response, engine: engine) }
            }
        }
    }

    private static func rendered(_ response: Response, engine: TemplateEngine?) throws -> Response {
        guard let content = response.templateContent else { return response }
        let engine = try engine ?? CurrentTemplates.requireEngine()
        let template = try engine.selectTemplate(content.templateNames)
        let html = try template.render(templateContext(content.context, engine: engine, request: content.request))
        var rendered = response
        rendered.body = ResponseBody(string: html)
        return rendered
    }
}
