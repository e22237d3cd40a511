public import HTTPTypes

/// An error that becomes an HTTP response: `throw HTTPError(.notFound)` is Django's `raise Http404`.
///
/// ```swift
/// guard let product = products[id] else { throw HTTPError(.notFound, "No product \(id).") }
/// ```
public struct HTTPError: HTTPResponseError, CustomStringConvertible, Sendable {
    /// The response status.
    public var status: HTTPResponse.Status
    /// Extra response headers.
    public var headers: HTTPFields
    /// The message shown to the client (and in logs).
    public var reason: String

    /// Creates an error for `status`, with an optional message and headers.
    /// - Parameters:
    ///   - status: The HTTP status of the response.
    ///   - reason: A message for the client; defaults to the status's reason phrase.
    ///   - headers: Extra headers for the response.
    public init(_ status: HTTPResponse.Status, _ reason: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.reason = reason ?? status.reasonPhrase
        self.headers = headers
    }

    /// `"404 Not Found: No product 7."`
    public var description: String { "\(status.code) \(status.reasonPhrase): \(reason)" }
}

extension HTTPError {
    /// Django's `Http404`.
    public static func notFound(_ reason: String? = nil) -> HTTPError { HTTPError(.notFound, reason) }
    /// Django's `PermissionDenied`.
    public static func permissionDenied(_ reason: String? = nil) -> HTTPError { HTTPError(.forbidden, reason) }
    /// Django's `BadRequest`.
    public static func badRequest(_ reason: String? = nil) -> HTTPError { HTTPError(.badRequest, reason) }
    /// A 405 that lists the allowed methods in `Allow`, as Django's `HttpResponseNotAllowed`.
    public static func methodNotAllowed(allowed: [HTTPRequest.Method]) -> HTTPError {
        var headers = HTTPFields()
        headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
        return HTTPError(.methodNotAllowed, headers: headers)
    }
}

/// Django's `SuspiciousOperation` family: the client sent something that looks like an attack or a
/// broken client (a disallowed host, an unsafe redirect, too many fields). Becomes a 400, and is
/// logged as a security event.
public struct SuspiciousOperation: HTTPResponseError, CustomStringConvertible, Sendable {
    /// Which kind of suspicious operation (`"DisallowedHost"`, `"TooManyFieldsSent"`, …), as Django names them.
    public var kind: String
    /// What happened and how to fix it if it is a configuration problem.
    public var reason: String
    /// Always 400.
    public var status: HTTPResponse.Status { .badRequest }

    /// Creates a suspicious-operation error.
    public init(kind: String, _ reason: String) {
        self.kind = kind
        self.reason = reason
    }

    /// `"DisallowedHost: Invalid HTTP_HOST header: 'evil.com'."`
    public var description: String { "\(kind): \(reason)" }
}

/// The request body is larger than a configured limit: a 413.
public struct RequestBodyTooLarge: HTTPResponseError, CustomStringConvertible, Sendable {
    /// The limit that was exceeded, in bytes.
    public var limit: Int
    /// Which setting holds the limit, so the message says what to change.
    public var setting: String
    /// Always 413.
    public var status: HTTPResponse.Status { .contentTooLarge }
    /// A message naming the limit and the setting.
    public var reason: String { "Request body exceeded \(limit) bytes (\(setting))." }
    /// Same as ``reason``.
    public var description: String { reason }

    /// Creates the error for a limit and the setting that holds it.
    public init(limit: Int, setting: String) {
        self.limit = limit
        self.setting = setting
    }
}
