import Logging
import ReinhardtHTTP
import ReinhardtURLs
import ReinhardtTemplates
import ReinhardtDB

/// Django's `BaseHandler`: the middleware chain, built once, around URL resolution and the view.
///
/// Every layer — each middleware and the innermost view call — is wrapped so that a thrown error
/// becomes a response right there (`convert_exception_to_response`).
struct Handler: Sendable {
    /// The middleware onion around ``core``; `nil` without middleware, when `serve` calls the
    /// view caller directly (one closure frame less per request).
    private let chain: Next?
    private let core: ViewCaller
    private let errors: ErrorResponder
    private let signals: Signals
    private let environment: RequestEnvironment

    init(
        middleware: [any Middleware], resolver: URLResolver<ViewHandler>, errors: ErrorResponder, signals: Signals, debug: Bool,
        environment: RequestEnvironment
    ) {
        self.environment = environment
        self.errors = errors
        self.signals = signals
        core = ViewCaller(
            resolver: resolver,
            viewMiddleware: middleware.compactMap { $0 as? any ViewMiddleware },
            exceptionMiddleware: middleware.reversed().compactMap { $0 as? any ExceptionMiddleware },
            templateMiddleware: middleware.reversed().compactMap { $0 as? any TemplateResponseMiddleware },
            reportTried: debug,
            atomicDatabase: environment.atomicRequests ? environment.database : nil
        )
        // Without middleware, `serve` calls the view caller and converts its errors itself.
        guard !middleware.isEmpty else {
            chain = nil
            return
        }
        let core = self.core
        var next: Next = Self.convertingErrors(errors) { try await core.response(for: $0) }
        for layer in middleware.reversed() {
            let inner = next
            next = Self.convertingErrors(errors) { try await layer.respond(to: $0, next: inner) }
        }
        self.chain = next
    }

    /// Wraps one layer so that it always answers with a response.
    private static func convertingErrors(_ errors: ErrorResponder, _ layer: @escaping Next) -> Next {
        { request in
            do {
                return try await layer(request)
            } catch {
                return await errors.response(for: error, request: request)
            }
        }
    }

    // Inlined, with the view caller's steps below: every async frame costs an executor check and a
    // task-allocator frame per request.
    @inline(__always)
    private func serve(_ request: Request) async -> Response {
        do {
            try request.checkLimits()
            _ = try request.host()
            guard let chain else { return try await core.response(for: request) }
            return try await chain(request)
        } catch {
            return await errors.response(for: error, request: request)
        }
    }

    /// Serves one request through the whole cycle; never throws.
    func respond(to request: Request) async -> Response {
        if !signals.requestStarted.isEmpty { signals.requestStarted.send(request) }
        let response = await environment.respond { await serve(request) }
        if !signals.requestFinished.isEmpty { signals.requestFinished.send((request, response)) }
        return response
    }
}

/// The innermost step (Django's `_get_response`): resolve, `process_view`, the view,
/// `process_exception`, `process_template_response`, render.
struct ViewCaller: Sendable {
    let resolver: URLResolver<ViewHandler>
    let viewMiddleware: [any ViewMiddleware]
    let exceptionMiddleware: [any ExceptionMiddleware]
    let templateMiddleware: [any TemplateResponseMiddleware]
    let reportTried: Bool
    /// The database each view runs in a transaction on (Django's `ATOMIC_REQUESTS`), if any.
    let atomicDatabase: Database?

    @inline(__always)
    func response(for request: Request) async throws -> Response {
        var request = request
        guard let match = resolver.resolve(request.path) else {
            let tried = reportTried ? resolver.resolveWithTried(request.path).tried.map { $0.map(\.route) } : []
            throw URLNotFound(path: request.path, tried: tried)
        }
        request.route = RouteMatch(
            urlName: match.urlName, namespaces: match.namespaces, appNames: match.appNames, route: match.route,
            arguments: match.kwargs, positionalArguments: match.args
        )
        var response = try await callView(match, request: request)
        if response.deferredRender != nil { response = try await render(response, request: request) }
        return response
    }

    // The steps a plain request skips (view middleware, a transaction, exceptions, rendering) are
    // functions of their own, never inlined: an async frame is sized for all the code inlined into
    // it, and every request allocates it.
    @inline(__always)
    private func callView(_ match: ResolverMatch<ViewHandler>, request: Request) async throws -> Response {
        if !viewMiddleware.isEmpty, let response = try await processView(match, request: request) { return response }
        do {
            let values = match.capturedKwargs.isEmpty ? match.args : match.capturedKwargs.map(\.value)
            guard let atomicDatabase else { return try await match.endpoint.call(request, values) }
            return try await callAtomically(match.endpoint, request: request, values: values, on: atomicDatabase)
        } catch {
            return try await processException(error, request: request)
        }
    }

    /// The first response a view middleware's `processView` returns instead of the view's, if any.
    @inline(never)
    private func processView(_ match: ResolverMatch<ViewHandler>, request: Request) async throws -> Response? {
        for middleware in viewMiddleware {
            if let response = try await middleware.processView(request, view: match.endpoint) { return response }
        }
        return nil
    }

    /// The view run in a transaction (Django's `ATOMIC_REQUESTS`).
    @inline(never)
    private func callAtomically(
        _ view: ViewHandler, request: Request, values: [any Sendable], on database: Database
    ) async throws -> Response {
        try await database.transaction { _ in try await view.call(request, values) }
    }

    @inline(never)
    private func render(_ response: Response, request: Request) async throws -> Response {
        var response = response
        for middleware in templateMiddleware {
            response = try await middleware.processTemplateResponse(response, request: request)
        }
        guard let deferred = response.deferredRender else { return response }
        do {
            var rendered = try await deferred.render(response)
            rendered.deferredRender = nil
            return rendered
        } catch {
            return try await processException(error, request: request)
        }
    }

    @inline(never)
    private func processException(_ error: any Error, request: Request) async throws -> Response {
        for middleware in exceptionMiddleware {
            if let response = try await middleware.processException(error, request: request) { return response }
        }
        throw error
    }
}
