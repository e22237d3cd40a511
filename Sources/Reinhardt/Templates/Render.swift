public import ReinhardtHTTP
public import ReinhardtTemplates
import HTTPTypes

/// Django's `render()`: the template called `name` rendered with `context` and the context
/// processors' variables, as an HTML response.
///
/// ```swift
/// return try render(request, "products/detail.html", ["product": product.templateValue])
/// ```
public func render(
    _ request: Request, _ name: String, _ context: [String: TemplateValue] = [:], status: HTTPResponse.Status = .ok
) throws -> Response {
    .html(try renderToString(name, context, request: request), status: status)
}

/// Django's `render_to_string()`: the template called `name` rendered with `context` (and, given a
/// request, the context processors' variables).
public func renderToString(_ name: String, _ context: [String: TemplateValue] = [:], request: Request? = nil) throws -> String {
    let engine = try CurrentTemplates.requireEngine()
    return try engine.template(named: name).render(templateContext(context, engine: engine, request: request))
}

/// The rendering context for `request`: processors' variables first, the view's on top.
func templateContext(_ values: [String: TemplateValue], engine: TemplateEngine, request: Request?) -> Context {
    var merged: [String: TemplateValue] = [:]
    if let request {
        let (processors, debug) = CurrentTemplates.processors
        for processor in processors { merged.merge(processor(request, debug)) { _, new in new } }
    }
    merged.merge(values) { _, view in view }
    let context = Context(merged, engine: engine)
    if let request { context.request = RequestTemplateObject(request) }
    return context
}
