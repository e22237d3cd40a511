import Foundation
import ReinhardtTemplates
import Testing

/// The engine's own behaviour beyond the Django fixtures: errors with locations, loaders, check.
@Suite struct EngineTests {
    let engine = TemplateEngine(loaders: [InMemoryLoader([
        "base.html": "<title>{% block title %}Site{% endblock %}</title>{% block body %}{% endblock %}",
        "page.html": "{% extends \"base.html\" %}{% block title %}{{ block.super }} | {{ name }}{% endblock %}",
        "broken.html": "line one\n{% if %}",
        "links.html": "{% url 'missing-route' %}",
    ])])

    @Test func rendersThroughInheritanceWithEscaping() throws {
        let html = try engine.renderToString("page.html", ["name": "<Tom>"])
        #expect(html == "<title>Site | &lt;Tom&gt;</title>")
    }

    @Test func listIndexOutOfRangeIsInvalid() throws {
        let template = try engine.template(source: "[{{ l.3 }}]")
        #expect(try template.render(["l": ["a", "b"]]) == "[]")
    }

    @Test func syntaxErrorsCarryTemplateLineAndColumn() {
        #expect {
            try engine.template(named: "broken.html")
        } throws: { error in
            guard let error = error as? TemplateError, let location = error.location else { return false }
            return error.kind == .syntaxError && error.message == "Unexpected end of expression in if tag."
                && location.templateName == "broken.html" && location.line == 2 && location.column == 1
                && location.sourceLine == "{% if %}"
        }
    }

    @Test func checkReportsEverySyntaxErrorOfEveryTemplate() {
        let problems = engine.check()
        #expect(problems.map(\.location?.templateName) == ["broken.html"])
    }

    @Test func missingTemplateIsTemplateDoesNotExist() {
        #expect {
            try engine.renderToString("nope.html")
        } throws: { ($0 as? TemplateError)?.kind == .doesNotExist }
    }
}

/// Templates in directories, including one that extends the template it overrides.
@Suite struct DirectoryLoaderTests {
    @Test func aTemplateCanExtendTheOneItOverrides() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("reinhardt-templates-\(UUID().uuidString)")
        let project = root.appendingPathComponent("project"), app = root.appendingPathComponent("app")
        for directory in [project, app] { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }
        defer { try? FileManager.default.removeItem(at: root) }
        try "{% extends 'page.html' %}{% block body %}[{{ block.super }}]{% endblock %}"
            .write(to: project.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
        try "<p>{% block body %}app{% endblock %}</p>".write(to: app.appendingPathComponent("page.html"), atomically: true, encoding: .utf8)
        let engine = TemplateEngine(loaders: [DirectoryLoader([project.path, app.path])])
        #expect(try engine.renderToString("page.html") == "<p>[app]</p>")
        #expect(engine.check().isEmpty)
        #expect(try DirectoryLoader([project.path]).origin(for: "../app/page.html") == nil)
    }
}
