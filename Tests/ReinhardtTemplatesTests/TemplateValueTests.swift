import Foundation
import ReinhardtTemplates
import ReinhardtUtils
import Testing

/// Swift values reaching templates: conformances, `Encodable`, objects.
@Suite struct TemplateValueTests {
    struct Fortune: Encodable {
        let id: Int
        let message: String
        let tags: [String]
        let price: Decimal
        let note: String?
    }

    struct Custom: Encodable {
        enum Keys: String, CodingKey { case outer, inner, list }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("o", forKey: .outer)
            var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            try nested.encode(1, forKey: .list)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(true)
            try list.encodeNil()
        }
    }

    let engine = TemplateEngine()

    @Test func encodableValuesBecomeDictionariesInDeclarationOrder() throws {
        let value = try TemplateValue(encoding: [Fortune(id: 1, message: "<hi>", tags: ["a", "b"], price: Decimal(string: "9.5")!, note: nil)])
        let template = try engine.template(source: "{% for f in rows %}{% for k, v in f.items %}{{ k }}={{ v }};{% endfor %}{% endfor %}")
        #expect(try template.render(["rows": value]) == "id=1;message=&lt;hi&gt;;tags=[&#x27;a&#x27;, &#x27;b&#x27;];price=9.5;")
    }

    @Test func nestedContainersWriteIntoTheirParent() throws {
        let value = try TemplateValue(encoding: Custom())
        #expect(value.pythonRepr == "{'outer': 'o', 'inner': {'list': 1}, 'list': [True, None]}")
    }

    @Test func datesAndOptionalsConform() throws {
        let date = Date(timeIntervalSince1970: 86_400 * 365)
        let template = try engine.template(source: "{{ d|date:'Y-m-d H:i e' }} {{ missing|default:'none' }}")
        let missing: String? = nil
        #expect(try template.render(["d": date.templateValue, "missing": missing.templateValue]) == "1971-01-01 00:00 UTC none")
    }
}
