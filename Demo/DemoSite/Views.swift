import Foundation
import Reinhardt
import ReinhardtHTTP

/// `GET /hello/`: the classic.
@Sendable func hello(_ request: Request) async throws -> Response {
    .text("Hello, World!")
}

/// `GET /products/<int:id>/`: one product, or 404 (Django's `get_object_or_404`).
@Sendable func productDetail(_ request: Request, id: Int) async throws -> Response {
    let product = try await Product.objects.getOr404("pk", id)
    return try render(request, "product_detail.html", ["product": product.templateValue])
}

/// `GET /search/?query=…`: products whose name matches, with the term escaped.
@Sendable func search(_ request: Request) async throws -> Response {
    let term = request.query["query"] ?? ""
    let results = term.isEmpty ? [] : try await Product.objects.filter("name__icontains", term).all()
    return try render(request, "search.html", ["term": .string(term), "results": results.templateValue])
}

/// `GET /api/products/<int:id>/`: the product as JSON.
@Sendable func productJSON(_ request: Request, id: Int) async throws -> Response {
    return try .json(try await Product.objects.getOr404("pk", id))
}

/// `POST /api/products/`: validates a new product sent as JSON, stores it and returns it with its id.
@Sendable func createProduct(_ request: Request) async throws -> Response {
    struct NewProduct: Codable { var name: String; var price: Decimal }
    let new = try await request.decodeJSON(NewProduct.self)
    guard !new.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw HTTPError.badRequest("name: this field may not be blank.") }
    let product = try await Product.objects.create(Product(name: new.name, price: new.price))
    return try .json(product, status: .created)
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

/// `GET /books/`: seed 004's `Book.objects.all()`, rendered through the base layout.
@Sendable func bookList(_ request: Request) async throws -> Response {
    try render(request, "book_list.html", ["books": try await Book.objects.all().templateValue])
}
