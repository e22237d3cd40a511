// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// A path dependency is identified by its directory name, which depends on where Reinhardt was cloned.
let reinhardt = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

// Benchmarks live in their own package so that users of Reinhardt never resolve ordo-one/benchmark.
let package = Package(
    name: "ReinhardtBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        // Peers of the template benchmark (TemplateBench): swift-mustache and Leaf, on the NIO Reinhardt uses.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/leaf-kit", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // The end-to-end server: the routes of ../shared/bench/peers served by Reinhardt.
        .executableTarget(
            name: "ReinhardtBenchServer",
            dependencies: [.product(name: "Reinhardt", package: reinhardt)]
        ),
        // In-process benchmarks: URL resolution, the middleware chain plus a view, QueryDict parsing.
        .executableTarget(
            name: "ReinhardtBenchmarks",
            dependencies: [
                .product(name: "Reinhardt", package: reinhardt),
                .product(name: "ReinhardtHTTP", package: reinhardt),
                .product(name: "ReinhardtURLs", package: reinhardt),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ReinhardtBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Template rendering: Reinhardt's DTL next to swift-mustache and Leaf on the same data
        // (templates/run.sh adds Django's engine and prints the ratios).
        .executableTarget(
            name: "TemplateBench",
            dependencies: [
                .product(name: "ReinhardtTemplates", package: reinhardt),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "LeafKit", package: "leaf-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            // A single-threaded command-line program: top-level globals without actor annotations.
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
