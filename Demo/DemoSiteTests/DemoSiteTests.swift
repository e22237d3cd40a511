import Foundation
import DemoSite
import HTTPTypes
import Reinhardt
import ReinhardtTesting
import Testing

@Suite struct DemoSiteTests {
    /// The demo on a fresh SQLite file in a temporary directory, migrated (which seeds it).
    static func client() async throws -> Client {
        var settings = DemoSite.settings
        settings.logLevel = .critical
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reinhardt-demo-\(UUID().uuidString).sqlite3")
        settings.database = DatabaseSettings(url: "sqlite:///" + file.path)
        let app = try Application(settings: settings)
        try await MigrationExecutor(database: app.database!, graph: try settings.migrationGraph()).migrate()
        return Client(app)
    }

    @Test func hello() async throws {
        let response = try await Self.client().get("/hello/")
        #expect(response.status == .ok)
        #expect(response.text == "Hello, World!")
    }

    @Test func productDetailAndMissingProduct() async throws {
        let client = try await Self.client()
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
        let client = try await Self.client()
        let product = try await client.get("/api/products/1/").json(Product.self)
        #expect(product.name == "Espresso machine")
        let created = try await client.post("/api/products/", json: ["name": "Kettle", "price": "12.5"])
        #expect(created.status == .badRequest)
        struct New: Encodable { var name: String; var price: Double }
        let good = try await client.post("/api/products/", json: New(name: "Kettle", price: 12.5))
        #expect(good.status == .created)
        let stored = try good.json(Product.self)
        #expect(stored.id == 43)
        #expect(try await client.get("/api/products/43/").json(Product.self) == stored)
        #expect(try await client.request(.delete, "/api/products/1/").status == .methodNotAllowed)
    }

    @Test func booksComeFromTheMigratedDatabase() async throws {
        let page = try await Self.client().get("/books/")
        #expect(page.status == .ok)
        #expect(page.text.contains("<li><cite>The Hitchhiker&#x27;s Guide to the Galaxy</cite> by Douglas Adams (1979)</li>"))
        #expect(page.text.contains("Two Scoops of Django</cite> by Daniel &amp; Audrey Feldroy"))
    }

    @Test func classBasedGreeting() async throws {
        let client = try await Self.client()
        #expect(try await client.get("/greet/").text.contains("<form method=\"post\">"))
        #expect(try await client.post("/greet/", form: [("name", "Ada <3")]).text.contains("Good day, Ada &lt;3!"))
        #expect(try await client.post("/greet/", form: []).status == .badRequest)
    }

    @Test func appendSlashAndRedirectView() async throws {
        let client = try await Self.client()
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
