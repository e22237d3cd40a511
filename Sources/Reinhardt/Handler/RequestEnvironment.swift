import HTTPTypes
import Logging
import ReinhardtDB
import ReinhardtHTTP
import ReinhardtTemplates
import ReinhardtURLs

/// What views reach without being passed it — the URLconf, the template engine and its context
/// processors, the database — bound as task-locals around each request.
struct RequestEnvironment: Sendable {
    let resolver: URLResolver<ViewHandler>
    let templates: TemplateEngine?
    let contextProcessors: [ContextProcessor]
    let database: Database?
    let atomicRequests: Bool
    let debug: Bool
    let logger: Logger

    /// Runs `serve` with everything bound; in debug with a database, also records the request's
    /// queries, reports their count and time in a `Server-Timing` header and warns about N+1 patterns.
    @inline(__always)
    func respond(_ serve: () async -> Response) async -> Response {
        guard debug, database != nil else { return await bind(serve) }
        return await respondRecordingQueries(serve)
    }

    /// The debug path of ``respond(_:)``, never inlined so that the usual path's async frame is not
    /// sized for it.
    @inline(never)
    private func respondRecordingQueries(_ serve: () async -> Response) async -> Response {
        let (response, queries) = await QueryLog.recording { await bind(serve) }
        QueryReport(queries: queries).warnAboutRepeats(logger)
        var reported = response
        reported.headers.append(HTTPField(name: HTTPField.Name("Server-Timing")!, value: QueryReport(queries: queries).serverTiming))
        return reported
    }

    /// Runs `body` with everything bound.
    @inline(__always)
    func bind<Result: Sendable>(_ body: () async -> Result) async -> Result {
        await CurrentURLConf.$resolver.withValue(resolver) {
            // Each binding costs a task-local push and pop per request: bind only what is configured.
            guard let database else { return await bindTemplates(body) }
            return await CurrentDatabase.$database.withValue(database) { await bindTemplates(body) }
        }
    }

    @inline(__always)
    private func bindTemplates<Result: Sendable>(_ body: () async -> Result) async -> Result {
        guard let templates else { return await body() }
        return await CurrentTemplates.$engine.withValue(templates) {
            await CurrentTemplates.$processors.withValue((contextProcessors, debug)) { await body() }
        }
    }
}
