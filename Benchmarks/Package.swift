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
        // Peers of the ORM benchmark (ORMBench): the raw drivers Reinhardt runs on, and Fluent on them.
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
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
        // The ORM: Reinhardt's query sets next to raw sqlite-nio / postgres-nio running the same SQL and
        // Fluent, on the same table (orm/run.sh adds Django's ORM and prints the ratios).
        .executableTarget(
            name: "ORMBench",
            dependencies: [
                .product(name: "ReinhardtDB", package: reinhardt),
                .product(name: "ReinhardtUtils", package: reinhardt),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
