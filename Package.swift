// swift-tools-version: 6.1
import CompilerPluginSupport
import PackageDescription

/// Settings shared by every Reinhardt target: Swift 6 language mode plus the upcoming features
/// Hummingbird uses, so imports stay internal unless a type appears in public API.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "reinhardt",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Reinhardt", targets: ["Reinhardt"]),
        .library(name: "ReinhardtUtils", targets: ["ReinhardtUtils"]),
        .library(name: "ReinhardtTemplates", targets: ["ReinhardtTemplates"]),
        .library(name: "ReinhardtDB", targets: ["ReinhardtDB"]),
        .library(name: "ReinhardtHTTP", targets: ["ReinhardtHTTP"]),
        .library(name: "ReinhardtURLs", targets: ["ReinhardtURLs"]),
        .library(name: "ReinhardtServer", targets: ["ReinhardtServer"]),
        .library(name: "ReinhardtTesting", targets: ["ReinhardtTesting"]),
        .library(name: "ReinhardtManage", targets: ["ReinhardtManage"]),
        .executable(name: "ReinhardtDemo", targets: ["ReinhardtDemo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
    ],
    targets: [
        // Django's django.utils: escaping, quoting, Python-exact text, number and date rules shared by every layer.
        .target(
            name: "ReinhardtUtils",
            dependencies: [],
            swiftSettings: swiftSettings
        ),
        // Step 8: the Django Template Language (no HTTP; {% url %} reverses through ReinhardtURLs).
        .target(
            name: "ReinhardtTemplates",
            dependencies: ["ReinhardtUtils", "ReinhardtURLs"],
            swiftSettings: swiftSettings
        ),
        // The ORM's lowest layer: SQLite/PostgreSQL connections, pools, transactions, query log, typed errors.
        .target(
            name: "ReinhardtDB",
            dependencies: [
                "ReinhardtUtils", "ReinhardtDBMacros",
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // @Model, @Field, @Transient: a model declared once, its schema and row coding generated.
        .macro(
            name: "ReinhardtDBMacros",
            dependencies: [
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftSyntaxBuilder", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
            ],
            swiftSettings: swiftSettings
        ),
        // Step 2 of the cycle: Request, Response, QueryDict, cookies, uploads. No sockets, no routing.
        .target(
            name: "ReinhardtHTTP",
            dependencies: [
                "ReinhardtUtils",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Step 5: the URL dispatcher (path, re_path, include, converters, reverse, resolve).
        .target(
            name: "ReinhardtURLs",
            dependencies: [],
            swiftSettings: swiftSettings
        ),
        // Steps 1-3: the socket server behind one Responder boundary (our WSGI).
        .target(
            name: "ReinhardtServer",
            dependencies: [
                "ReinhardtHTTP",
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdHTTP2", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // Steps 4, 6, 9: the handler, middleware, views, errors, settings.
        .target(
            name: "Reinhardt",
            dependencies: [
                "ReinhardtUtils", "ReinhardtHTTP", "ReinhardtURLs", "ReinhardtServer", "ReinhardtTemplates", "ReinhardtDB",
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // Django's test Client: in-process through the real handler, or live against the server.
        .target(
            name: "ReinhardtTesting",
            dependencies: [
                "Reinhardt",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),
        // manage.py: runserver, check, urls.
        .target(
            name: "ReinhardtManage",
            dependencies: [
                "Reinhardt", "ReinhardtDB",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // The demo site: the seeds' examples served for real. Built as user code is (no upcoming-feature flags).
        .target(
            name: "DemoSite",
            dependencies: ["Reinhardt", .product(name: "HTTPTypes", package: "swift-http-types")],
            path: "Demo/DemoSite",
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "ReinhardtDemo",
            dependencies: ["DemoSite", "ReinhardtManage"],
            path: "Demo/ReinhardtDemo"
        ),
        .testTarget(name: "ReinhardtUtilsTests", dependencies: ["ReinhardtUtils"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ReinhardtTemplatesTests",
            dependencies: ["ReinhardtTemplates", "ReinhardtURLs", "ReinhardtHTTP"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReinhardtDBTests",
            dependencies: ["ReinhardtDB", "ReinhardtUtils", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReinhardtDBMacrosTests",
            dependencies: [
                "ReinhardtDBMacros",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftSyntaxBuilder", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacroExpansion", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacrosGenericTestSupport", package: "swift-syntax"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ReinhardtHTTPTests", dependencies: ["ReinhardtHTTP", "ReinhardtUtils"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(name: "ReinhardtURLsTests", dependencies: ["ReinhardtURLs"], resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
        .testTarget(
            name: "ReinhardtServerTests",
            dependencies: [
                "ReinhardtServer", "ReinhardtTesting",
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReinhardtTests",
            dependencies: ["Reinhardt", "ReinhardtTesting", "ReinhardtDB", .product(name: "CompressNIO", package: "compress-nio")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ReinhardtTestingTests", dependencies: ["ReinhardtTesting"], swiftSettings: swiftSettings),
        .testTarget(name: "ReinhardtManageTests", dependencies: ["ReinhardtManage"], swiftSettings: swiftSettings),
        .testTarget(name: "DemoSiteTests", dependencies: ["DemoSite", "ReinhardtTesting"], path: "Demo/DemoSiteTests"),
    ]
)
