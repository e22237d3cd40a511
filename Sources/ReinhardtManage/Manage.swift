import ArgumentParser
public import Reinhardt

/// The application's `manage.py`: call it from the executable's entry point.
///
/// ```swift
/// @main struct Site {
///     static func main() async { await Manage.main(settings: settings) }
/// }
/// ```
/// Commands: `runserver [addr:port]`, `check`, `urls`. Environment variables
/// (`REINHARDT_DEBUG`, `REINHARDT_PORT`, …) override the settings first.
public enum Manage {
    /// Parses `arguments` (without the program name), runs the command and exits with its status.
    public static func main(settings: Settings, arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        let status = await run(settings: settings.overridingFromEnvironment(), arguments: arguments) { print($0) }
        exit(status)
    }

    /// Runs one command and returns its exit status; output goes to `write`.
    public static func run(settings: Settings, arguments: [String], write: @escaping @Sendable (String) -> Void) async -> Int32 {
        do {
            let command = try Root.parseAsRoot(arguments)
            guard let managed = command as? any ManagementCommand else {
                write(Root.helpMessage())
                return 0
            }
            return try await managed.execute(settings: settings, write: write)
        } catch {
            write(Root.fullMessage(for: error))
            return Root.exitCode(for: error).rawValue
        }
    }
}

/// A `manage` subcommand that runs with the site's settings.
protocol ManagementCommand: ParsableCommand {
    /// Runs the command; returns the exit status.
    func execute(settings: Settings, write: @escaping @Sendable (String) -> Void) async throws -> Int32
}

struct Root: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manage",
        abstract: "Manage this Reinhardt site.",
        subcommands: [RunServer.self, Check.self, URLs.self, MakeMigrations.self, Migrate.self, ShowMigrations.self, SQLMigrate.self]
    )
}

#if canImport(Glibc)
import Glibc
#endif
