// In-process benchmarks of the hot paths: `swift package benchmark` (from Benchmarks/).
import Benchmark
import Foundation
import HTTPTypes
import Reinhardt
import ReinhardtHTTP
import ReinhardtURLs

/// 500 routes in 50 sections of 10, like a mid-sized Django site.
func fiveHundredRoutes() -> URLPatterns {
    (0..<50).map { section in
        include("section\(section)/", (0..<10).map { route in
            path("page\(route)/<int:id>/", { @Sendable (_: Request, id: Int) in .text("\(id)") }, name: "s\(section)-p\(route)")
        })
    }
}

/// A pass-through middleware.
struct PassThrough: Middleware {}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .instructions, .mallocCountTotal], maxDuration: .seconds(3))

    let resolver = try! URLResolver(fiveHundredRoutes())
    Benchmark("URL resolution among 500 routes (first)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(resolver.resolve("/section0/page0/42/")) }
    }
    Benchmark("URL resolution among 500 routes (last)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(resolver.resolve("/section49/page9/42/")) }
    }
    Benchmark("URL resolution among 500 routes (miss)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(resolver.resolve("/section49/nothing/")) }
    }
    Benchmark("reverse() among 500 routes") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? resolver.reverse("s49-p9", args: [42])) }
    }

    var settings = Settings(debug: false, allowedHosts: ["bench"], secretKey: "bench", middleware: (0..<5).map { _ in PassThrough() })
    settings.rootURLConf = fiveHundredRoutes()
    settings.logLevel = .critical
    let app = try! Application(settings: settings)
    let head = HTTPRequest(method: .get, scheme: "http", authority: "bench", path: "/section49/page9/42/")
    Benchmark("Five middleware + resolve + typed view") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(await app.respond(to: app.makeRequest(head: head)))
        }
    }

    let query = "q=django+swift&page=2&tags=a&tags=b&tags=c&name=%C3%A9l%C3%A8ve&empty=&flag"
    Benchmark("QueryDict parsing (8 fields)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? QueryDict(parsing: query)) }
    }
}
