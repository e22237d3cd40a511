import ReinhardtDB
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

    /// Runs `body` with everything bound.
    func bind<Result: Sendable>(_ body: () async -> Result) async -> Result {
        await CurrentURLConf.$resolver.withValue(resolver) {
            await CurrentDatabase.$database.withValue(database) {
                guard let templates else { return await body() }
                return await CurrentTemplates.$engine.withValue(templates) {
                    await CurrentTemplates.$processors.withValue((contextProcessors, debug)) { await body() }
                }
            }
        }
    }
}
