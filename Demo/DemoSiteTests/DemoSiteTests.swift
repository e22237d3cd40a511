import DemoSite
import HTTPTypes
import Reinhardt
import ReinhardtTesting
import Testing

@Suite struct DemoSiteTests {
    static func client() throws -> Client {
        var settings = DemoSite.settings
        settings.logLevel = .critical
        return Client(try Application(settings: settings))
    }

    @Test func hello() async throws {
        let response = try await Self.client().get("/hello/")
        #expect(response.status == .ok)
        #expect(response.text == "Hello, World!")
    }

    @Test func productDetailAndMissingProduct() async throws {
        let client = try Self.client()
        let page = try await client.get("/products/42/")
        #expect(page.status == .ok)
        #expect(page.text.contains("<h1>Towel &lt;for hitchhikers&gt;</h1>"))
        #expect(try await client.get("/products/999/").status == .notFound)
        #expect(try await client.get("/products/abc/").status == .notFound)
    }

    @Test func searchEscapesTheTerm() async throws {
        let response = try await Self.client().get("/search/", query: [("query", "<script>")])
        #expect(response.text.contains("0 results for “&lt;script&gt;”"))
        #expect(!response.text.contains("<script>"))
        let coffee = try await Self.client().get("/search/", query: [("query", "coffee")])
        #expect(coffee.text.contains("<a href=\"/products/2/\">Coffee grinder</a>"))
    }

    @Test func jsonEndpoint() async throws {
        let client = try Self.client()
        let product = try await client.get("/api/products/1/").json(Product.self)
        #expect(product.name == "Espresso machine")
        let created = try await client.post("/api/products/", json: ["name": "Kettle", "price": "12.5"])
        #expect(created.status == .badRequest)
        struct New: Encodable { var name: String; var price: Double }
        let good = try await client.post("/api/products/", json: New(name: "Kettle", price: 12.5))
        #expect(good.status == .created)
        #expect(try good.json(Product.self).id == 43)
        #expect(try await client.request(.delete, "/api/products/1/").status == .methodNotAllowed)
    }

    @Test func classBasedGreeting() async throws {
        let client = try Self.client()
        #expect(try await client.get("/greet/").text.contains("<form method=\"post\">"))
        #expect(try await client.post("/greet/", form: [("name", "Ada <3")]).text.contains("Good day, Ada &lt;3!"))
        #expect(try await client.post("/greet/", form: []).status == .badRequest)
    }

    @Test func appendSlashAndRedirectView() async throws {
        let client = try Self.client()
        let slash = try await client.get("/hello")
        #expect(slash.status == .movedPermanently)
        #expect(slash.headers[.location] == "/hello/")
        let shop = try await client.get("/shop/", follow: true)
        #expect(shop.redirectChain.map(\.url) == ["/search/"])
    }

    @Test func securityHeadersArePresent() async throws {
        let response = try await Self.client().get("/hello/")
        #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
        #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
    }
}
