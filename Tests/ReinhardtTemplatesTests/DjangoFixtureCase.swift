import Foundation
import ReinhardtHTTP
import ReinhardtTemplates
import ReinhardtURLs
import ReinhardtUtils

/// One case of `Fixtures/templates.json`, generated from real Django by
/// `Tools/django-fixtures/templates.py`, and how to run it on Reinhardt's engine.
struct DjangoFixtureCase {
    let name: String
    let templates: [String: String]
    let context: [String: TemplateValue]
    let request: TemplateRequest?
    let autoescape: Bool
    let stringIfInvalid: String
    let expected: Expected

    enum Expected: Equatable {
        case output(String)
        case error(type: String, message: String)
    }

    init(_ json: OrderedJSON) {
        name = json["name"]?.string ?? "?"
        if case .object(let pairs)? = json["templates"] {
            templates = Dictionary(pairs.map { ($0.0, $0.1.string ?? "") }) { _, last in last }
        } else {
            templates = [:]
        }
        var values: [String: TemplateValue] = [:]
        var request: TemplateRequest?
        if case .object(let pairs)? = json["context"] {
            for (key, value) in pairs {
                values[key] = Self.value(value)
                if key == "request", case .object(let object) = values[key], let found = object as? TemplateRequest {
                    request = found
                }
            }
        }
        context = values
        self.request = request
        if case .bool(let flag)? = json["autoescape"] { autoescape = flag } else { autoescape = true }
        stringIfInvalid = json["string_if_invalid"]?.string ?? ""
        if let output = json["output"]?.string {
            expected = .output(output)
        } else {
            expected = .error(type: json["error"]?["type"]?.string ?? "?", message: json["error"]?["message"]?.string ?? "")
        }
    }

    /// Renders the case's `main` template; an error becomes `.error` with Django's class name.
    func run(urls: any URLReversing, now: DateTimeValue) -> Expected {
        var options = TemplateOptions()
        options.autoescape = autoescape
        options.stringIfInvalid = stringIfInvalid
        options.clock = { now }
        let engine = TemplateEngine(loaders: [InMemoryLoader(templates)], options: options, urls: urls)
        do {
            let template = try engine.template(named: "main")
            let context = Context(context, engine: engine)
            context.request = request
            return .output(try template.render(context))
        } catch let error as TemplateError {
            return .error(type: error.kind.name, message: error.message)
        } catch {
            return .error(type: "\(type(of: error))", message: "\(error)")
        }
    }

    /// A fixture value (see Tools/README.md) as a template value.
    static func value(_ json: OrderedJSON) -> TemplateValue {
        switch json {
        case .null: return .none
        case .bool(let flag): return .bool(flag)
        case .integer(let number): return .int(number)
        case .number(let number): return .double(number)
        case .string(let text): return .string(text)
        case .array(let items): return .list(items.map(value))
        case .object(let pairs):
            if pairs.count == 1, pairs[0].0.hasPrefix("$") { return tagged(pairs[0].0, pairs[0].1) }
            return .dictionary(TemplateDictionary(pairs.map { ($0.0, value($0.1)) }))
        }
    }

    private static func tagged(_ tag: String, _ json: OrderedJSON) -> TemplateValue {
        switch (tag, json) {
        case ("$float", .string(let text)): return .double(Double(text.replacing("inf", with: "infinity")) ?? .nan)
        case ("$float", .number(let number)): return .double(number)
        case ("$float", .integer(let number)): return .double(Double(number))
        case ("$decimal", .string(let text)): return PythonDecimal(text).map { .decimal($0) } ?? .none
        case ("$safe", .string(let text)): return .safeString(text)
        case ("$date", .string(let text)), ("$datetime", .string(let text)), ("$time", .string(let text)):
            return DateTimeValue(iso: text).map { .dateTime($0) } ?? .none
        case ("$tuple", .array(let items)): return .list(items.map(value))
        case ("$object", .object(let pairs)): return .object(FixtureObject(attributes: pairs.map { ($0.0, value($0.1)) }))
        case ("$request", let request): return .object(TemplateRequest(query: request["query"]?.string ?? ""))
        default: return .none
        }
    }
}

/// A Python object with attributes only (`types.SimpleNamespace`).
struct FixtureObject: TemplateObject {
    let attributes: [(String, TemplateValue)]

    func templateAttribute(_ name: String) -> TemplateValue? {
        attributes.first { $0.0 == name }?.1
    }

    func isTemplateEqual(to other: any TemplateObject) -> Bool {
        guard let other = other as? FixtureObject, other.attributes.count == attributes.count else { return false }
        return zip(attributes, other.attributes).allSatisfy { $0.0 == $1.0 && $0.1.pythonEquals($1.1) }
    }

    var templateDescription: String {
        "namespace(" + attributes.map { "\($0.0)=\($0.1.pythonRepr)" }.joined(separator: ", ") + ")"
    }
}

/// A request as templates see it: its `GET` query.
struct TemplateRequest: TemplateObject {
    let query: TemplateQuery

    init(query: String) {
        let parsed = (try? QueryDict(parsing: query)) ?? QueryDict()
        self.query = TemplateQuery(parsed.pairs)
    }

    func templateAttribute(_ name: String) -> TemplateValue? {
        name == "GET" ? .object(query) : nil
    }
}
