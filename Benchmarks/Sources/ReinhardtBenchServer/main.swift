// Reinhardt's peer-benchmark server: the same routes as ../shared/bench/peers, on 127.0.0.1.
//   GET /plaintext            -> "Hello, World!" (text/plain)
//   GET /json                 -> {"message":"Hello, World!"} (serialized per request)
//   GET /products/<int:id>/   -> {"id":…,"name":"Product …"}; non-integer -> 404
//   GET /mw/json              -> /json behind five pass-through middlewares, each adding X-MW-n: 1
import Foundation
import Reinhardt

struct Message: Encodable { let message: String }
struct Product: Encodable { let id: Int; let name: String }

/// A pass-through middleware that adds one header.
struct HeaderMiddleware: Middleware {
    let name: HTTPField.Name
    func respond(to request: Request, next: Next) async throws -> Response {
        var response = try await next(request)
        response.headers[name] = "1"
        return response
    }
}

@Sendable func plaintext(_ request: Request) async throws -> Response {
    Response.withBody("Hello, World!", contentType: "text/plain")
}

@Sendable func json(_ request: Request) async throws -> Response {
    try .json(Message(message: "Hello, World!"))
}

@Sendable func product(_ request: Request, id: Int) async throws -> Response {
    try .json(Product(id: id, name: "Product \(id)"))
}

let arguments = CommandLine.arguments
let port = Int(arguments.count > 1 ? arguments[1] : (ProcessInfo.processInfo.environment["PORT"] ?? "8080")) ?? 8080
var settings = Settings(debug: false, allowedHosts: ["127.0.0.1", "localhost"], secretKey: "benchmark-only")
settings.rootURLConf = [
    path("plaintext", plaintext),
    path("json", json),
    path("products/<int:id>/", product),
    // Scoped to this route, as the peers scope theirs (Django's decorator_from_middleware).
    path("mw/json", decorate(json, with: (1...5).map { HeaderMiddleware(name: HTTPField.Name("X-MW-\($0)")!) })),
]
settings.server.host = "127.0.0.1"
settings.server.port = port
settings.server.backlog = 4096
settings.server.accessLog = false
settings.logLevel = .warning
let app = try Application(settings: settings)
print("reinhardt listening on 127.0.0.1:\(port)")
try await app.run()
