import ArgumentParser
import Reinhardt

/// `runserver [addrport]`: serve the site (Django's `runserver`, but production-grade).
struct RunServer: ManagementCommand {
    static let configuration = CommandConfiguration(commandName: "runserver", abstract: "Serve the site over HTTP.")

    @Argument(help: "Port, or address:port, to listen on (default 127.0.0.1:8000).")
    var addrport: String?

    func execute(settings: Settings, write: @escaping @Sendable (String) -> Void) async throws -> Int32 {
        var settings = settings
        if let addrport {
            let (host, port) = try Self.parse(addrport)
            if let host { settings.server.host = host }
            settings.server.port = port
        }
        let app = try Application(settings: settings)
        write("Starting Reinhardt server at http://\(settings.server.host):\(settings.server.port)/ (debug \(settings.debug ? "on" : "off")). Quit with CONTROL-C.")
        try await app.run()
        return 0
    }

    /// `"8000"`, `"0.0.0.0:8000"` or `"[::1]:8000"`.
    static func parse(_ addrport: String) throws -> (host: String?, port: Int) {
        if let port = Int(addrport) { return (nil, port) }
        guard let colon = addrport.lastIndex(of: ":"), let port = Int(addrport[addrport.index(after: colon)...]), (0...65535).contains(port) else {
            throw ValidationError("\"\(addrport)\" is not a valid port number or address:port pair.")
        }
        var host = String(addrport[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host, port)
    }
}
