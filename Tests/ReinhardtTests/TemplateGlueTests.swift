import Reinhardt
import ReinhardtTemplates
import ReinhardtTesting
import Testing

/// `render()`, template responses, context processors, `TemplateView` and template errors, through
/// the real handler.
@Suite struct TemplateGlueTests {
    static let templates: [String: String] = [
        "base.html": "<title>{% block title %}Shop{% endblock %}</title>{% block body %}{% endblock %}",
        "product.html": """
            {% extends "base.html" %}{% block title %}{{ name }} | {{ block.super }}{% endblock %}\
            {% block body %}<a href="{% url 'product' 7 %}">{{ request.path }}</a>{% endblock %}
            """,
        "about.html": "About {{ company }} ({{ id }})",
        "fancy.html": "Fancy {{ company }}",
        "broken-at-render.html": "line 1\n{% include 'missing.html' %}",
    ]

    static let patterns: URLPatterns = [
        path("products/<int:id>/", { request, id in
            try render(request, "product.html", ["name": .string("<Tea>"), "id": .int(id)])
        } as @Sendable (Request, Int) async throws -> Response, name: "product"),
        path("about/<int:id>/", TemplateView("about.html", context: ["company": "ACME"])),
        path("deferred/", { request in .template(request, "about.html", context: ["company": "Deferred"]) }),
        path("broken/", { request in try render(request, "broken-at-render.html") }),
    ]

    func client(middleware: [any Middleware] = [], debug: Bool = false) throws -> Client {
        try ReinhardtTests.client(Self.patterns, middleware: middleware, debug: debug) {
            $0.templates.loaders = [InMemoryLoader(Self.templates)]
        }
    }

    @Test func renderUsesInheritanceURLReversingAndTheRequestProcessor() async throws {
        let response = try await client().get("/products/7/")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        #expect(response.text == "<title>&lt;Tea&gt; | Shop</title><a href=\"/products/7/\">/products/7/</a>")
    }

    @Test func templateViewRendersWithRouteArguments() async throws {
        #expect(try await client().get("/about/3/").text == "About ACME (3)")
    }

    struct SwapTemplate: TemplateResponseMiddleware {
        func respond(to request: Request, next: Next) async throws -> Response { try await next(request) }
        func processTemplateResponse(_ response: Response, request: Request) async throws -> Response {
            var changed = response
            changed.templateContent?.templateNames = ["fancy.html"]
            changed.templateContent?.context["company"] = "Changed"
            return changed
        }
    }

    @Test func templateResponsesCanStillBeChangedByMiddleware() async throws {
        #expect(try await client().get("/deferred/").text == "About Deferred ()")
        #expect(try await client(middleware: [SwapTemplate()]).get("/deferred/").text == "Fancy Changed")
    }

    @Test func aTemplateErrorInDebugShowsTheFailingLine() async throws {
        let response = try await client(debug: true).get("/broken/")
        #expect(response.status == .internalServerError)
        #expect(response.text.contains("Error during template rendering"))
        #expect(response.text.contains("<code>broken-at-render.html</code>, error at line 2"))
        #expect(response.text.contains("<mark>{% include &#x27;missing.html&#x27; %}</mark>"))
        let plain = try await client().get("/broken/")
        #expect(plain.status == .internalServerError)
        #expect(!plain.text.contains("missing.html"))
    }

    @Test func applicationRefusesToStartWithBrokenTemplates() {
        var settings = testSettings(Self.patterns)
        settings.templates.loaders = [InMemoryLoader([
            "ok.html": "fine",
            "bad.html": "a\nb {% if x %}",
            "links.html": "{% url 'nowhere' %}",
        ])]
        #expect {
            try Application(settings: settings)
        } throws: { error in
            guard let error = error as? TemplateConfigurationError else { return false }
            let described = error.problems.map { "\($0.location?.templateName ?? "?"):\($0.location?.line ?? 0)" }
            return described.sorted() == ["bad.html:2", "links.html:1"]
        }
    }

    @Test func renderWithoutTemplatesConfiguredSaysHowToFixIt() async throws {
        let bare = try ReinhardtTests.client(Self.patterns, debug: true)
        let response = try await bare.get("/products/1/")
        #expect(response.status == .internalServerError)
        #expect(response.text.contains("Settings.templates.directories"))
    }
}
