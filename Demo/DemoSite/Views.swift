import Foundation
import Reinhardt
import ReinhardtHTTP

/// `GET /hello/`: the classic.
@Sendable func hello(_ request: Request) async throws -> Response {
    .text("Hello, World!")
}

/// `GET /products/<int:id>/`: one product, or 404 (Django's `get_object_or_404`).
@Sendable func productDetail(_ request: Request, id: Int) async throws -> Response {
    guard let product = Catalog.product(id: id) else { throw HTTPError.notFound("No product with id \(id).") }
    let searchURL = try reverse("search")
    return .html(Page.layout(title: product.name, body: """
        <h1>\(escapeHTML(product.name))</h1>
        <p class="price">€\(product.price)</p>
        <p><a href="\(searchURL)">Search products</a></p>
        """))
}

/// `GET /search/?query=…`: products whose name matches, with the term escaped.
@Sendable func search(_ request: Request) async throws -> Response {
    let term = request.query["query"] ?? ""
    let results = term.isEmpty ? [] : Catalog.search(term)
    var items = ""
    for product in results {
        items += "<li><a href=\"\(try reverse("product-detail", product.id))\">\(escapeHTML(product.name))</a></li>\n"
    }
    return .html(Page.layout(title: "Search", body: """
        <form method="get"><input name="query" value="\(escapeHTML(term))"><button>Search</button></form>
        <p>\(results.count) result(s) for “\(escapeHTML(term))”.</p>
        <ul>
        \(items)</ul>
        """))
}

/// `GET /api/products/<int:id>/`: the product as JSON.
@Sendable func productJSON(_ request: Request, id: Int) async throws -> Response {
    guard let product = Catalog.product(id: id) else { throw HTTPError.notFound("No product with id \(id).") }
    return try .json(product)
}

/// `POST /api/products/`: validates a new product sent as JSON and echoes it back with an id
/// (nothing is stored until the ORM lands).
@Sendable func createProduct(_ request: Request) async throws -> Response {
    struct NewProduct: Codable { var name: String; var price: Decimal }
    let new = try await request.decodeJSON(NewProduct.self)
    guard !new.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw HTTPError.badRequest("name: this field may not be blank.") }
    return try .json(Product(id: (Catalog.products.map(\.id).max() ?? 0) + 1, name: new.name, price: new.price), status: .created)
}

/// `/greet/`: a class-based view. GET shows a form; POST greets the name sent.
struct GreetingView: View, HandlesGet, HandlesPost {
    var greeting = "Good day"

    func get(_ request: Request) async throws -> Response {
        .html(Page.layout(title: "Greeting", body: """
            <form method="post"><input name="name"><button>Greet me</button></form>
            """))
    }

    func post(_ request: Request) async throws -> Response {
        let name = try await request.form()["name"] ?? ""
        guard !name.isEmpty else { throw HTTPError.badRequest("Please give a name.") }
        return .html(Page.layout(title: "Greeting", body: "<p>\(escapeHTML(greeting)), \(escapeHTML(name))!</p>"))
    }
}

/// A minimal HTML layout until templates land.
enum Page {
    static func layout(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escapeHTML(title)) · Reinhardt demo</title></head>
        <body>
        \(body)
        </body></html>

        """
    }
}
