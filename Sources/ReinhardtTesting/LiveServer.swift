import AsyncHTTPClient
public import Reinhardt
import ServiceLifecycle

/// A running server for live tests (Django's `LiveServerTestCase`): the application served on a
/// free port on 127.0.0.1.
public struct LiveServer: Sendable {
    /// The bound port.
    public let port: Int
    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }
    /// A client for talking to it.
    let httpClient: HTTPClient
}

/// Serves `app` on an ephemeral port for the duration of `body`, then shuts the server down
/// gracefully.
///
/// ```swift
/// try await withLiveServer(app) { server in
///     let response = try await Client(live: server).get("/hello/")
/// }
/// ```
public func withLiveServer<T: Sendable>(
    _ app: Application,
    configure: (inout ServerConfiguration) -> Void = { _ in },
    _ body: (LiveServer) async throws -> T
) async throws -> T {
    var settings = app.settings
    settings.server.host = "127.0.0.1"
    settings.server.port = 0
    settings.server.accessLog = false
    configure(&settings.server)
    let served = try Application(settings: settings)
    let (ports, continuation) = AsyncStream<Int>.makeStream()
    let server = served.makeServer { port in continuation.yield(port) }
    let group = ServiceGroup(configuration: .init(services: [server], logger: app.logger))
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        do {
            let result = try await body(LiveServer(port: port, httpClient: client))
            try await client.shutdown()
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        } catch {
            try? await client.shutdown()
            await group.triggerGracefulShutdown()
            try? await tasks.waitForAll()
            throw error
        }
    }
}
