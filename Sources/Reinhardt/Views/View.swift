import HTTPTypes
public import ReinhardtHTTP
import Logging

/// Django's class-based `View`: dispatch by HTTP method.
///
/// A view declares the methods it handles by adopting ``HandlesGet``, ``HandlesPost``,
/// ``HandlesPut``, ``HandlesPatch`` and ``HandlesDelete``. Other methods get a 405 with an `Allow`
/// header listing the handled ones; `HEAD` is answered by `get` when the view has no `head`, and
/// `OPTIONS` with the `Allow` header — as Django does.
///
/// ```swift
/// struct GreetingView: View, HandlesGet {
///     var greeting = "Good day"
///     func get(_ request: Request) async throws -> Response { .text(greeting) }
/// }
/// path("greet/", GreetingView(), name: "greet")
/// ```
public protocol View: Sendable {}

/// A view that answers `GET` (and `HEAD`).
public protocol HandlesGet: View {
    /// Handles `GET`.
    func get(_ request: Request) async throws -> Response
}

/// A view that answers `HEAD` differently from `GET`.
public protocol HandlesHead: View {
    /// Handles `HEAD`.
    func head(_ request: Request) async throws -> Response
}

/// A view that answers `POST`.
public protocol HandlesPost: View {
    /// Handles `POST`.
    func post(_ request: Request) async throws -> Response
}

/// A view that answers `PUT`.
public protocol HandlesPut: View {
    /// Handles `PUT`.
    func put(_ request: Request) async throws -> Response
}

/// A view that answers `PATCH`.
public protocol HandlesPatch: View {
    /// Handles `PATCH`.
    func patch(_ request: Request) async throws -> Response
}

/// A view that answers `DELETE`.
public protocol HandlesDelete: View {
    /// Handles `DELETE`.
    func delete(_ request: Request) async throws -> Response
}

/// A view that answers `OPTIONS` itself instead of with the default `Allow` response.
public protocol HandlesOptions: View {
    /// Handles `OPTIONS`.
    func options(_ request: Request) async throws -> Response
}

extension View {
    /// The method table, built once when the view is routed.
    var handler: ViewHandler {
        let table = MethodTable(self)
        return ViewHandler(description: String(describing: Self.self), parameterTypes: nil) { request, _ in
            try await table.dispatch(request)
        }
    }
}

/// Which handler answers which method, for one view (Django's `View.dispatch`).
struct MethodTable: Sendable {
    typealias Handler = @Sendable (Request) async throws -> Response
    private let handlers: [HTTPRequest.Method: Handler]
    private let allowed: [HTTPRequest.Method]

    init(_ view: some View) {
        var handlers: [HTTPRequest.Method: Handler] = [:]
        if let view = view as? any HandlesGet { handlers[.get] = view.get; handlers[.head] = view.get }
        if let view = view as? any HandlesHead { handlers[.head] = view.head }
        if let view = view as? any HandlesPost { handlers[.post] = view.post }
        if let view = view as? any HandlesPut { handlers[.put] = view.put }
        if let view = view as? any HandlesPatch { handlers[.patch] = view.patch }
        if let view = view as? any HandlesDelete { handlers[.delete] = view.delete }
        if let view = view as? any HandlesOptions { handlers[.options] = view.options }
        let order: [HTTPRequest.Method] = [.get, .post, .put, .patch, .delete, .head, .options]
        self.allowed = order.filter { handlers[$0] != nil || $0 == .options }
        self.handlers = handlers
    }

    func dispatch(_ request: Request) async throws -> Response {
        if let handler = handlers[request.method] { return try await handler(request) }
        if request.method == .options { return defaultOptions() }
        request.logger.warning("Method Not Allowed (\(request.method)): \(request.path)")
        throw HTTPError.methodNotAllowed(allowed: allowed)
    }

    private func defaultOptions() -> Response {
        var response = Response()
        response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
        return response
    }
}
