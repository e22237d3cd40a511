import ReinhardtTemplates
import ReinhardtUtils
import HTTPTypes
import ReinhardtHTTP
import Logging
import Foundation

/// Django's debug pages (`django.views.debug`): the 404 that lists the URL patterns tried and the
/// 500 that shows the error, the request and the settings with secrets masked. Shown only when
/// `debug` is on.
struct TechnicalPages: Sendable {
    /// The settings as (name, value) rows, secrets already masked.
    let settingsRows: [(String, String)]

    init(settings: Settings) {
        settingsRows = Self.describe(settings)
    }

    /// The technical 404.
    func notFound(_ error: any HTTPResponseError, request: Request) -> Response {
        var body = header(title: "Page not found", subtitle: "Request Method: \(request.method) — Request URL: \(request.path)")
        if let notFound = error as? URLNotFound {
            body += "<p>Using the URLconf defined in <code>Settings.rootURLConf</code>, Reinhardt tried these URL patterns, in this order:</p>\n<ol>\n"
            for pattern in notFound.tried {
                body += "  <li>\(pattern.map(escapeHTML).joined(separator: " "))</li>\n"
            }
            body += "</ol>\n<p>\(escapeHTML(notFound.reason))</p>\n"
        } else {
            body += "<p>\(escapeHTML(error.reason))</p>\n"
        }
        body += footer()
        return .html(body, status: .notFound)
    }

    /// The technical 500.
    func serverError(_ error: any Error, request: Request) -> Response {
        var body = header(title: "\(type(of: error)) at \(request.path)", subtitle: String(describing: error))
        if let templateError = error as? TemplateError, let location = templateError.location {
            body += templateSection(templateError, location)
        }
        body += table("Request information", rows: requestRows(request))
        body += table("Request headers", rows: request.headers.map { ($0.name.rawName, Self.mask(name: $0.name.rawName, value: $0.value)) })
        body += table("GET", rows: request.query.flatMap { entry in entry.values.map { (entry.key, $0) } })
        body += table("Cookies", rows: request.cookies.map { ($0.name, Self.mask(name: $0.name, value: $0.value)) })
        body += table("Settings", rows: settingsRows)
        body += footer()
        return .html(body, status: .internalServerError)
    }

    /// Django's "Error during template rendering": the template, the line, the failing line marked.
    private func templateSection(_ error: TemplateError, _ location: TemplateSourceLocation) -> String {
        """
        <h2>Error during template rendering</h2>
        <p>In template <code>\(escapeHTML(location.templateName))</code>, error at line \(location.line), column \(location.column):
        \(escapeHTML(error.kind.name)): \(escapeHTML(error.message))</p>
        <table class="source"><tr class="error"><th>\(location.line)</th><td><mark>\(escapeHTML(location.sourceLine))</mark></td></tr></table>

        """
    }

    private func requestRows(_ request: Request) -> [(String, String)] {
        [
            ("Method", request.method.rawValue),
            ("Path", request.path),
            ("Query string", String(request.queryString)),
            ("Route", request.route.map { "\($0.route) (\($0.viewName ?? "unnamed"))" } ?? "not resolved"),
            ("Client", request.connection.remoteAddress.map { "\($0)" } ?? "unknown"),
        ]
    }

    private func header(title: String, subtitle: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="robots" content="NONE,NOARCHIVE">
        <title>\(escapeHTML(title))</title>
        <style>body{font:small sans-serif;margin:0}#summary{background:#ffc;padding:10px 20px;border-bottom:1px solid #ddd}
        h1{font-weight:normal}h2{margin:20px 20px 0}table{border-collapse:collapse;margin:10px 20px}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
        th{width:12em;color:#666}ol,p{margin:10px 20px}code{background:#eee}pre{white-space:pre-wrap}</style></head>
        <body><div id="summary"><h1>\(escapeHTML(title))</h1><pre>\(escapeHTML(subtitle))</pre></div>

        """
    }

    private func table(_ title: String, rows: [(String, String)]) -> String {
        guard !rows.isEmpty else { return "<h2>\(escapeHTML(title))</h2><p>No data.</p>\n" }
        let cells = rows.map { "<tr><th>\(escapeHTML($0.0))</th><td><pre>\(escapeHTML($0.1))</pre></td></tr>" }
        return "<h2>\(escapeHTML(title))</h2><table>\n\(cells.joined(separator: "\n"))\n</table>\n"
    }

    private func footer() -> String {
        "<p>You’re seeing this error because you have <code>debug = true</code> in your Reinhardt settings. Change that to <code>false</code>, and Reinhardt will display a standard page.</p>\n</body></html>\n"
    }

    /// Names that mark a value as secret (Django's `SafeExceptionReporterFilter.hidden_settings`).
    private static let secretMarkers = ["API", "TOKEN", "KEY", "SECRET", "PASS", "SIGNATURE", "AUTHORIZATION", "COOKIE"]

    /// `"********************"` for values whose name looks secret.
    static func mask(name: String, value: String) -> String {
        let upper = name.uppercased()
        return secretMarkers.contains { upper.contains($0) } ? "********************" : value
    }

    static func describe(_ settings: Settings) -> [(String, String)] {
        let rows: [(String, String)] = [
            ("debug", "\(settings.debug)"),
            ("allowedHosts", "\(settings.allowedHosts)"),
            ("secretKey", settings.secretKey ?? "nil"),
            ("middleware", settings.middleware.map { "\(type(of: $0))" }.joined(separator: ", ")),
            ("appendSlash", "\(settings.appendSlash)"),
            ("prependWWW", "\(settings.prependWWW)"),
            ("useXForwardedHost", "\(settings.useXForwardedHost)"),
            ("secureProxySSLHeader", settings.secureProxySSLHeader.map { "\($0.name): \($0.value)" } ?? "nil"),
            ("xFrameOptions", settings.xFrameOptions),
            ("limits", "\(settings.limits)"),
            ("server", "\(settings.server.host):\(settings.server.port)"),
        ]
        return rows.map { ($0.0, mask(name: $0.0, value: $0.1)) }
    }
}
