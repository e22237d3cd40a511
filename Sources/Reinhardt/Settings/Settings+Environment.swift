import Configuration
public import Foundation
import ReinhardtHTTP

extension Settings {
    /// These settings with values from environment variables applied on top (swift-configuration):
    ///
    /// | Variable | Setting |
    /// |---|---|
    /// | `REINHARDT_DEBUG` | ``debug`` (`true`/`false`/`1`/`0`) |
    /// | `REINHARDT_ALLOWED_HOSTS` | ``allowedHosts`` (comma-separated) |
    /// | `REINHARDT_SECRET_KEY` | ``secretKey`` |
    /// | `REINHARDT_HOST`, `REINHARDT_PORT`, `REINHARDT_THREADS`, `REINHARDT_BACKLOG` | ``server`` |
    /// | `REINHARDT_ACCESS_LOG` | ``server`` access log on/off |
    /// | `REINHARDT_MAX_BODY_SIZE`, `REINHARDT_MAX_FORM_FIELDS` | ``limits`` |
    ///
    /// - Parameter environment: The variables to read; the process environment by default.
    public func overridingFromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Settings {
        let config = ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: environment, secretsSpecifier: .specific(["REINHARDT_SECRET_KEY"])))
            .scoped(to: "reinhardt")
        var settings = self
        settings.debug = config.bool(forKey: "debug", default: debug)
        settings.allowedHosts = config.stringArray(forKey: "allowed.hosts", default: allowedHosts)
        settings.secretKey = config.string(forKey: "secret.key", isSecret: true) ?? secretKey
        settings.server.host = config.string(forKey: "host", default: server.host)
        settings.server.port = config.int(forKey: "port", default: server.port)
        settings.server.threads = config.int(forKey: "threads") ?? server.threads
        settings.server.backlog = config.int(forKey: "backlog", default: server.backlog)
        settings.server.accessLog = config.bool(forKey: "access.log", default: server.accessLog)
        settings.limits.maxBodySize = config.int(forKey: "max.body.size", default: limits.maxBodySize)
        settings.limits.maxFormFields = config.int(forKey: "max.form.fields", default: limits.maxFormFields)
        return settings
    }
}
