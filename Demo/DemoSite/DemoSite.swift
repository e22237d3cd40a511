public import Reinhardt
import Foundation

/// The demo site: the URLconf and settings served by `swift run ReinhardtDemo`.
public enum DemoSite {
    /// The demo's URLconf.
    public static let urlpatterns: URLPatterns = [
        path("hello/", hello, name: "hello"),
        path("products/<int:id>/", productDetail, name: "product-detail"),
        path("search/", search, name: "search"),
        path("greet/", GreetingView(), name: "greet"),
        path("books/", bookList, name: "books"),
        path("shop/", RedirectView(patternName: "search")),
        include("api/", [
            path("products/", requirePOST(createProduct), name: "create"),
            path("products/<int:id>/", requireSafe(productJSON), name: "detail"),
        ], appName: "api"),
    ]

    /// Development settings: debug on, local hosts only, the standard middleware plus the request timer.
    public static var settings: Settings {
        var settings = Settings(debug: true, secretKey: "demo-insecure-secret-key-change-me")
        settings.rootURLConf = urlpatterns
        settings.middleware = [
            RequestTimer(),
            SecurityMiddleware(),
            CommonMiddleware(),
            ConditionalGetMiddleware(),
            GZipMiddleware(),
            XFrameOptionsMiddleware(),
        ]
        settings.templates.appDirectories = [templateDirectory]
        settings.database = DatabaseSettings(url: "sqlite:///db.sqlite3")
        settings.apps = [
            AppConfig("shop", models: [Product.self], migrations: shopMigrations, migrationsDirectory: migrationsDirectory),
            AppConfig("library", models: [Book.self], migrations: libraryMigrations, migrationsDirectory: migrationsDirectory),
        ]
        return settings
    }

    /// Where `makemigrations` writes the demo's migrations (this source folder).
    static var migrationsDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Migrations").path
    }

    /// The demo's `Templates/` folder, shipped as a resource of the DemoSite module.
    static var templateDirectory: String {
        Bundle.module.resourceURL!.appendingPathComponent("Templates").path
    }
}
