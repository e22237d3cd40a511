public import Logging
public import ReinhardtHTTP
public import ReinhardtServer
public import ReinhardtURLs

/// Everything that configures an application, as one typed value: Django's `settings.py`.
///
/// ```swift
/// var settings = Settings(debug: true)
/// settings.rootURLConf = urlpatterns
/// settings.middleware = [SecurityMiddleware(), CommonMiddleware(), XFrameOptionsMiddleware()]
/// settings = try settings.overridingFromEnvironment()   // REINHARDT_DEBUG, REINHARDT_PORT, …
/// ```
///
/// It is frozen when the ``Application`` is built; nothing reads it from a global at request time.
public struct Settings: Sendable {
    /// Django's `DEBUG`: technical error pages, relaxed host checking. Never on in production.
    public var debug: Bool
    /// Django's `ALLOWED_HOSTS`. With `debug` on and the list empty, `localhost`, `127.0.0.1` and
    /// `[::1]` are allowed, as in Django.
    public var allowedHosts: [String]
    /// Django's `SECRET_KEY`, used for signing. Required when `debug` is off.
    public var secretKey: String?
    /// Django's `MIDDLEWARE`, outermost first.
    public var middleware: [any Middleware]
    /// Django's `ROOT_URLCONF`.
    public var rootURLConf: URLPatterns
    /// Custom path converters (Django's `register_converter`), on top of the built-in ones.
    public var converters: ConverterRegistry
    /// Address, threads, limits and protocols of the server.
    public var server: ServerConfiguration
    /// Request size and field-count limits.
    public var limits: RequestLimits
    /// Django's `APPEND_SLASH`.
    public var appendSlash: Bool
    /// Django's `PREPEND_WWW`.
    public var prependWWW: Bool
    /// Django's `USE_X_FORWARDED_HOST`.
    public var useXForwardedHost: Bool
    /// Django's `USE_X_FORWARDED_PORT`.
    public var useXForwardedPort: Bool
    /// Django's `SECURE_PROXY_SSL_HEADER`, e.g. `("X-Forwarded-Proto", "https")`.
    public var secureProxySSLHeader: (name: String, value: String)?
    /// The `SECURE_*` settings used by ``SecurityMiddleware``.
    public var security: SecuritySettings
    /// Django's `X_FRAME_OPTIONS`.
    public var xFrameOptions: String
    /// Replaceable error views (Django's `handler400`, `handler403`, `handler404`, `handler500`).
    public var errorHandlers: ErrorHandlers
    /// Django's `INSTALLED_APPS`: the apps with models and migrations.
    public var apps: [AppConfig]
    /// Django's `DATABASES["default"]`; nil for a site without models.
    public var database: DatabaseSettings?
    /// Django's `TEMPLATES`: where templates live, libraries, context processors.
    public var templates: TemplateSettings
    /// The level of the framework's loggers.
    public var logLevel: Logger.Level

    /// Creates settings with Django's defaults.
    public init(
        debug: Bool = false,
        allowedHosts: [String] = [],
        secretKey: String? = nil,
        middleware: [any Middleware] = [],
        rootURLConf: URLPatterns = []
    ) {
        self.debug = debug
        self.allowedHosts = allowedHosts
        self.secretKey = secretKey
        self.middleware = middleware
        self.rootURLConf = rootURLConf
        self.converters = ConverterRegistry()
        self.server = ServerConfiguration()
        self.limits = RequestLimits()
        self.appendSlash = true
        self.prependWWW = false
        self.useXForwardedHost = false
        self.useXForwardedPort = false
        self.secureProxySSLHeader = nil
        self.security = SecuritySettings()
        self.xFrameOptions = "DENY"
        self.errorHandlers = ErrorHandlers()
        self.templates = TemplateSettings()
        self.database = nil
        self.apps = []
        self.logLevel = debug ? .debug : .info
    }

    /// The hosts actually allowed: ``allowedHosts``, or the local names when debugging with an empty list.
    public var effectiveAllowedHosts: [String] {
        if debug && allowedHosts.isEmpty { return [".localhost", "127.0.0.1", "[::1]"] }
        return allowedHosts
    }

    /// Checks what must hold before serving; with `debug` off, a secret key and allowed hosts are required.
    /// - Throws: ``ImproperlyConfigured`` listing every problem and how to fix it.
    public func validate() throws {
        var problems: [String] = []
        if !debug {
            if (secretKey ?? "").isEmpty {
                problems.append("Settings.secretKey must not be empty when debug is off. Set it in code or with the REINHARDT_SECRET_KEY environment variable.")
            }
            if allowedHosts.isEmpty {
                problems.append("Settings.allowedHosts must not be empty when debug is off. List the host names this site serves, e.g. [\"example.com\"], or set REINHARDT_ALLOWED_HOSTS=example.com,www.example.com.")
            }
        }
        if !["DENY", "SAMEORIGIN"].contains(xFrameOptions.uppercased()) {
            problems.append("Settings.xFrameOptions must be \"DENY\" or \"SAMEORIGIN\", not \"\(xFrameOptions)\".")
        }
        if !problems.isEmpty { throw ImproperlyConfigured(problems: problems) }
    }

    /// The per-request view of these settings.
    func makeRequestPolicy() -> RequestPolicy {
        RequestPolicy(
            allowedHosts: effectiveAllowedHosts,
            useXForwardedHost: useXForwardedHost,
            useXForwardedPort: useXForwardedPort,
            secureProxySSLHeader: secureProxySSLHeader,
            limits: limits
        )
    }
}

/// Django's `SECURE_*` settings, read by ``SecurityMiddleware``.
public struct SecuritySettings: Sendable {
    /// `SECURE_HSTS_SECONDS`; 0 sends no `Strict-Transport-Security`.
    public var hstsSeconds: Int = 0
    /// `SECURE_HSTS_INCLUDE_SUBDOMAINS`.
    public var hstsIncludeSubdomains = false
    /// `SECURE_HSTS_PRELOAD`.
    public var hstsPreload = false
    /// `SECURE_CONTENT_TYPE_NOSNIFF`.
    public var contentTypeNosniff = true
    /// `SECURE_REFERRER_POLICY`.
    public var referrerPolicy: String? = "same-origin"
    /// `SECURE_CROSS_ORIGIN_OPENER_POLICY`.
    public var crossOriginOpenerPolicy: String? = "same-origin"
    /// `SECURE_SSL_REDIRECT`.
    public var sslRedirect = false
    /// `SECURE_SSL_HOST`.
    public var sslHost: String?
    /// `SECURE_REDIRECT_EXEMPT`: path regular expressions (without the leading slash) never redirected to HTTPS.
    public var redirectExempt: [String] = []

    /// Django's defaults.
    public init() {}
}

/// A configuration mistake found at startup (Django's `ImproperlyConfigured`).
public struct ImproperlyConfigured: Error, CustomStringConvertible {
    /// Each problem, with how to fix it.
    public var problems: [String]
    /// Creates the error.
    public init(problems: [String]) { self.problems = problems }
    /// All problems, one per line.
    public var description: String {
        "Improperly configured:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
