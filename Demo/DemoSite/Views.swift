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
    return try render(request, "product_detail.html", ["product": product.templateValue])
}

/// `GET /search/?query=…`: products whose name matches, with the term escaped.
@Sendable func search(_ request: Request) async throws -> Response {
    let term = request.query["query"] ?? ""
    let results = term.isEmpty ? [] : Catalog.search(term)
    return try render(request, "search.html", ["term": .string(term), "results": results.templateValue])
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
        try render(request, "greet.html")
    }

    func post(_ request: Request) async throws -> Response {
        let name = try await request.form()["name"] ?? ""
        guard !name.isEmpty else { throw HTTPError.badRequest("Please give a name.") }
        return try render(request, "greet.html", ["greeting": .string(greeting), "name": .string(name)])
    }
}
