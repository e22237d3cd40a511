import ArgumentParser
public import Reinhardt

/// `check`: build the whole application — settings, routes, middleware, templates — without serving,
/// and report every configuration problem (Django's `check`).
struct Check: ManagementCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate the site's configuration without serving it.")

    func execute(settings: Settings, write: @escaping @Sendable (String) -> Void) async throws -> Int32 {
        let report = SystemCheck.run(settings)
        write(report.text)
        return report.passed ? 0 : 1
    }
}

/// The result of Django-style system checks.
public struct SystemCheck: Sendable {
    /// `true` when no problem was found.
    public var passed: Bool
    /// The report, as `manage check` prints it.
    public var text: String

    /// Builds the application from `settings` and reports what fails.
    public static func run(_ settings: Settings) -> SystemCheck {
        do {
            let app = try Application(settings: settings)
            let routes = app.resolver.allRoutes().count
            let templates = app.templates.map { ", \((try? $0.loaders.flatMap { try $0.templateNames() }.count) ?? 0) templates" } ?? ""
            return SystemCheck(
                passed: true,
                text: "System check identified no issues (\(routes) URL patterns, \(app.activeMiddleware.count) middleware\(templates)).")
        } catch {
            return SystemCheck(passed: false, text: "SystemCheckError: System check identified some issues:\n\n\(error)")
        }
    }
}
