import ArgumentParser
public import Reinhardt

/// `urls`: list every URL pattern with its name and view (django-extensions' `show_urls`).
struct URLs: ManagementCommand {
    static let configuration = CommandConfiguration(commandName: "urls", abstract: "List the site's URL patterns.")

    func execute(settings: Settings, write: @escaping @Sendable (String) -> Void) async throws -> Int32 {
        write(URLListing.table(for: try Application(settings: settings)))
        return 0
    }
}

/// The table `manage urls` prints.
public enum URLListing {
    /// One line per pattern: route, name, view.
    public static func table(for app: Application) -> String {
        let rows = app.resolver.allRoutes().map { route in
            ("/" + route.route, route.qualifiedName ?? route.name ?? "", route.endpoint.description)
        }
        let routeWidth = max(5, rows.map(\.0.count).max() ?? 0)
        let nameWidth = max(4, rows.map(\.1.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = ["\(pad("Route", routeWidth))  \(pad("Name", nameWidth))  View"]
        lines += rows.map { "\(pad($0.0, routeWidth))  \(pad($0.1, nameWidth))  \($0.2)" }
        return lines.joined(separator: "\n")
    }
}
