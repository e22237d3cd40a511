import ReinhardtTemplates
import Testing

/// Custom tag and filter libraries registered in Swift and loaded with `{% load %}`.
@Suite struct CustomLibraryTests {
    /// `{% shout %}…{% endshout %}`: a full compile-function tag with a body.
    final class ShoutNode: Node {
        let body: NodeList
        init(body: NodeList) { self.body = body }
        var childNodeLists: [NodeList] { [body] }
        func render(into output: inout TemplateOutput, context: Context) throws {
            output.append(try body.rendered(context).uppercased() + "!")
        }
    }

    static let shop: TemplateLibrary = {
        var library = TemplateLibrary()
        library.register(filter: "cents", TemplateFilter { value, _, _ in .string(value.pythonString + "¢") })
        library.register(filter: "wrap", TemplateFilter(argument: .required, isSafe: true) { value, argument, _ in
            .string("\(argument?.pythonString ?? "")\(value.pythonString)\(argument?.pythonString ?? "")")
        })
        library.register(simpleTag: "greeting") { arguments in
            let name = arguments.positional.first?.pythonString ?? "nobody"
            let punctuation = arguments.keyword("end")?.pythonString ?? "."
            return .string("Hello, <\(name)>\(punctuation)")
        }
        library.register(inclusionTag: "badge", template: "badge.html") { arguments in
            ["label": arguments.positional.first ?? .none, "user": arguments.context["user"] ?? .none]
        }
        library.register(tag: "shout") { parser, _ in
            let body = try parser.parse(until: ["endshout"])
            parser.deleteFirstToken()
            return ShoutNode(body: body)
        }
        return library
    }()

    let engine = TemplateEngine(
        loaders: [InMemoryLoader(["badge.html": "<b>{{ label }} for {{ user }}</b>"])],
        libraries: ["shop": shop])

    func render(_ source: String, _ values: [String: TemplateValue] = [:]) throws -> String {
        try engine.template(source: source).render(values)
    }

    @Test func filtersNeedLoadAndThenWork() throws {
        #expect(try render("{% load shop %}{{ 5|cents }} {{ x|wrap:'*' }}", ["x": "<i>"]) == "5¢ *&lt;i&gt;*")
        #expect(throws: TemplateError.self) { try render("{{ 5|cents }}") }
    }

    @Test func simpleTagsEscapeTheirResultAndSupportAs() throws {
        #expect(try render("{% load shop %}{% greeting 'Ann' end='!' %}") == "Hello, &lt;Ann&gt;!")
        #expect(try render("{% load shop %}{% greeting name as g %}[{{ g|upper }}]", ["name": "bo"]) == "[HELLO, &lt;BO&gt;.]")
    }

    @Test func inclusionTagsRenderTheirTemplateWithTheirVariables() throws {
        #expect(try render("{% load shop %}{% badge 'VIP' %}", ["user": "ann"]) == "<b>VIP for ann</b>")
    }

    @Test func compileFunctionTagsParseTheirBody() throws {
        #expect(try render("{% load shop %}{% shout %}hey {{ n }}{% endshout %}", ["n": 2]) == "HEY 2!")
    }

    @Test func loadingSomeNamesFromALibrary() throws {
        #expect(try render("{% load cents from shop %}{{ 1|cents }}") == "1¢")
        #expect {
            try render("{% load cents from shop %}{% greeting %}")
        } throws: { ($0 as? TemplateError)?.message.hasPrefix("Invalid block tag on line 1: 'greeting'") == true }
        #expect {
            try render("{% load nope from shop %}")
        } throws: { ($0 as? TemplateError)?.message == "'nope' is not a valid tag or filter in tag library 'shop'" }
    }

    @Test func anUnknownLibraryListsTheKnownOnes() {
        #expect {
            try render("{% load nothere %}")
        } throws: { ($0 as? TemplateError)?.message == "'nothere' is not a registered tag library. Must be one of:\nshop\nstatic" }
    }
}
