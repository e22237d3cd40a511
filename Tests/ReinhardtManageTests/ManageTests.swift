import Reinhardt
import ReinhardtManage
import Testing

final class Output: @unchecked Sendable {
    var lines: [String] = []
    var text: String { lines.joined(separator: "\n") }
}

@Sendable func detail(_ request: Request, id: Int) async throws -> Response { .text("\(id)") }

func settings(_ patterns: URLPatterns) -> Settings {
    var settings = Settings(debug: true, rootURLConf: patterns)
    settings.logLevel = .critical
    return settings
}

@Suite struct ManageTests {
    @Test func checkPassesForAValidSite() async {
        let output = Output()
        let status = await Manage.run(settings: settings([path("a/<int:id>/", detail, name: "a")]), arguments: ["check"]) { output.lines.append($0) }
        #expect(status == 0)
        #expect(output.text.hasPrefix("System check identified no issues (1 URL patterns"))
    }

    @Test func checkReportsEveryProblem() async {
        let output = Output()
        var broken = settings([path("a/<str:id>/", detail), path("b/<nope:x>/", { @Sendable _ in .text("") })])
        broken.debug = false
        let status = await Manage.run(settings: broken, arguments: ["check"]) { output.lines.append($0) }
        #expect(status == 1)
        #expect(output.text.contains("secretKey"))
    }

    @Test func checkReportsRouteProblems() async {
        let output = Output()
        let status = await Manage.run(settings: settings([path("a/<str:id>/", detail), path("b/<nope:x>/", { @Sendable _ in .text("") })]), arguments: ["check"]) { output.lines.append($0) }
        #expect(status == 1)
        #expect(output.text.contains("expects Int"))
        #expect(output.text.contains("nope"))
    }

    @Test func checkReportsTemplateProblemsWithFileAndLine() async {
        let output = Output()
        var broken = settings([path("a/<int:id>/", detail, name: "a")])
        broken.templates.loaders = [InMemoryLoader([
            "page.html": "ok\n{% frobnicate %}",
            "links.html": "{% url 'a' 1 %} {% url 'missing' %}",
        ])]
        let status = await Manage.run(settings: broken, arguments: ["check"]) { output.lines.append($0) }
        #expect(status == 1)
        #expect(output.text.contains("Invalid block tag on line 2: 'frobnicate'"))
        #expect(output.text.contains("in page.html, line 2, column 1"))
        #expect(output.text.contains("'missing', which no route has"))
        #expect(output.text.contains("in links.html, line 1, column 17"))
        #expect(!output.text.contains("names 'a'"))
    }

    @Test func urlsListsRoutesWithNames() async {
        let output = Output()
        let patterns: URLPatterns = [
            path("a/<int:id>/", detail, name: "detail"),
            include("blog/", [path("archive/", { @Sendable _ in .text("") }, name: "archive")], appName: "blog"),
        ]
        let status = await Manage.run(settings: settings(patterns), arguments: ["urls"]) { output.lines.append($0) }
        #expect(status == 0)
        #expect(output.text.contains("/a/<int:id>/"))
        #expect(output.text.contains("detail"))
        #expect(output.text.contains("/blog/archive/"))
        #expect(output.text.contains("blog:archive"))
    }

    @Test func unknownCommandsAndBadAddressesFail() async {
        let output = Output()
        #expect(await Manage.run(settings: settings([]), arguments: ["frobnicate"]) { output.lines.append($0) } != 0)
        #expect(await Manage.run(settings: settings([]), arguments: ["runserver", "nowhere:port"]) { output.lines.append($0) } != 0)
        #expect(output.text.contains("not a valid port number"))
    }
}
