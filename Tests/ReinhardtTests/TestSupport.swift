import Reinhardt
import Logging
import ReinhardtTesting

/// Settings for tests: debug off (the production code paths), a secret key, `testserver` allowed.
func testSettings(_ urlpatterns: URLPatterns, middleware: [any Middleware] = [], debug: Bool = false) -> Settings {
    var settings = Settings(debug: debug, allowedHosts: ["testserver"], secretKey: "test-secret", middleware: middleware, rootURLConf: urlpatterns)
    settings.logLevel = .critical
    return settings
}

/// A client for an application built from `urlpatterns`.
func client(_ urlpatterns: URLPatterns, middleware: [any Middleware] = [], debug: Bool = false, configure: (inout Settings) -> Void = { _ in }) throws -> Client {
    var settings = testSettings(urlpatterns, middleware: middleware, debug: debug)
    configure(&settings)
    return Client(try Application(settings: settings))
}

/// A view answering with fixed text.
func text(_ body: String) -> @Sendable (Request) async throws -> Response {
    { _ in .text(body) }
}

/// Collects strings from concurrent code (middleware traces).
final class Trace: @unchecked Sendable {
    private var entries: [String] = []
    private let lock = NSLock()
    func add(_ entry: String) { lock.withLock { entries.append(entry) } }
    var all: [String] { lock.withLock { entries } }
}

import Foundation
