public import Logging
public import ReinhardtHTTP
public import ReinhardtServer
public import ReinhardtURLs
public import ReinhardtTemplates
public import ReinhardtDB

/// A Reinhardt site: settings, URLconf and middleware compiled into one immutable handler.
///
/// ```swift
/// let app = try Application(settings: settings)   // fails here on any configuration mistake
/// try await app.run()                              // serve until SIGTERM/SIGINT
/// ```
///
/// Building it does everything Django does lazily: validates the settings, compiles every route
/// (checking converters against view parameter types), prepares every middleware and builds the
/// chain. After that it only runs.
public struct Application: Sendable {
    /// The settings it was built from.
    public let settings: Settings
    /// The compiled URLconf.
    public let resolver: URLResolver<ViewHandler>
    /// The middleware actually in the chain (after opt-outs), outermost first.
    public let activeMiddleware: [any Middleware]
    /// The application's logger.
    public let logger: Logger
    /// The template engine, when ``Settings/templates`` names any templates; every template is
    /// compiled when the application is built.
    public let templates: TemplateEngine?
    /// The database, when ``Settings/database`` names one; views reach it as `CurrentDatabase.database`
    /// and query sets use it by default.
    public let database: Database?
    /// What requests consult: allowed hosts, proxy trust, limits.
    public let policy: RequestPolicy
    private let handler: Handler

    /// Builds the application.
    /// - Throws: ``ImproperlyConfigured`` for invalid settings, `URLConfigurationError` for routes
    ///   that cannot work — each with a message that says how to fix it.
    public init(settings: Settings, signals: Signals = Signals()) throws {
        try settings.validate()
        var logger = Logger(label: "reinhardt")
        logger.logLevel = settings.logLevel
        self.settings = settings
        self.logger = logger
        self.policy = settings.makeRequestPolicy()
        self.resolver = try URLResolver(settings.rootURLConf, converters: settings.converters)
        self.activeMiddleware = try Self.prepare(settings.middleware, settings: settings, logger: logger)
        self.templates = try Self.compileTemplates(settings, urls: resolver)
        ModelRegistry.shared.register(settings.apps.flatMap(\.models))
        self.database = try settings.database.map { try Database(url: $0.url, logger: logger) }
        let errors = ErrorResponder(
            debug: settings.debug,
            handlers: settings.errorHandlers,
            technicalPages: TechnicalPages(settings: settings),
            signals: signals
        )
        self.handler = Handler(
            middleware: activeMiddleware, resolver: resolver, errors: errors, signals: signals, debug: settings.debug,
            environment: RequestEnvironment(
                resolver: resolver, templates: templates, contextProcessors: settings.templates.contextProcessors,
                database: database, atomicRequests: settings.database?.atomicRequests ?? false, debug: settings.debug,
                logger: logger))
    }

    /// The engine, with every template compiled and every `{% url %}` name checked.
    private static func compileTemplates(_ settings: Settings, urls: URLResolver<ViewHandler>) throws -> TemplateEngine? {
        guard settings.templates.isConfigured else { return nil }
        let engine = settings.templates.makeEngine(debug: settings.debug, urls: urls)
        let problems = engine.check()
        if !problems.isEmpty { throw TemplateConfigurationError(problems: problems) }
        return engine
    }

    private static func prepare(_ middleware: [any Middleware], settings: Settings, logger: Logger) throws -> [any Middleware] {
        try middleware.compactMap { layer in
            do {
                return try layer.prepared(for: settings)
            } catch let notUsed as MiddlewareNotUsed {
                logger.debug("MiddlewareNotUsed: \(type(of: layer)) \(notUsed.reason)")
                return nil
            }
        }
    }

    /// Serves one request through the middleware chain and the view; never throws (errors become
    /// error responses). This is the ``ReinhardtServer/Responder`` the server calls.
    public func respond(to request: Request) async -> Response {
        await handler.respond(to: request)
    }

    /// The server for this application, configured by ``Settings/server``.
    public func makeServer(onRunning: (@Sendable (Int) async -> Void)? = nil) -> HTTPServer {
        HTTPServer(configuration: settings.server, policy: policy, logger: logger, onRunning: onRunning) { request in
            await handler.respond(to: request)
        }
    }

    /// Serves until SIGTERM or SIGINT, letting in-flight requests finish.
    public func run() async throws {
        do {
            try await makeServer().runUntilShutdownSignal()
        } catch {
            await database?.close()
            throw error
        }
        await database?.close()
    }

    /// `reverse()` outside a request.
    public func reverse(_ name: String, _ args: any Sendable..., query: [(String, String)]? = nil, fragment: String? = nil, currentApp: String? = nil) throws -> String {
        try resolver.reverse(name, args: args, currentApp: currentApp, query: query, fragment: fragment)
    }

    /// A request for this application (used by the test client and tools).
    public func makeRequest(head: HTTPRequest, body: RequestBody = .empty, connection: ConnectionInfo = ConnectionInfo(serverName: "testserver")) -> Request {
        Request(head: head, body: body, connection: connection, policy: policy, logger: logger)
    }
}
