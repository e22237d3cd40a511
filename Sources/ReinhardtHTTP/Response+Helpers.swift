import ReinhardtUtils
public import Foundation
public import HTTPTypes
import NIOCore

/// The header fields of the common content types, built once: a response starts by sharing them
/// (setting a field through `HTTPFields`' subscript costs more than the rest of a small response).
private enum ContentTypeFields {
    static let text: HTTPFields = [.contentType: "text/plain; charset=utf-8"]
    static let html: HTTPFields = [.contentType: "text/html; charset=utf-8"]
    static let json: HTTPFields = [.contentType: "application/json"]
    /// The usual types with their shared fields.
    static let usual: [(type: String, fields: HTTPFields)] = [text, html, json].map { ($0[.contentType]!, $0) }

    /// The shared fields for a usual type, else new ones. Lengths are compared before text, since
    /// comparing unequal strings goes through Unicode-aware code.
    static func fields(_ contentType: String) -> HTTPFields {
        let length = contentType.utf8.count
        for (type, fields) in usual where type.utf8.count == length && type == contentType { return fields }
        // One field appended to empty fields: a dictionary literal would build and copy an array
        // of its elements first.
        var fields = HTTPFields()
        fields.append(HTTPField(name: .contentType, value: contentType))
        return fields
    }
}

extension Response {
    /// A plain-text response (`text/plain; charset=utf-8`).
    public static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        withBody(text, status: status, contentType: "text/plain; charset=utf-8")
    }

    /// An HTML response (`text/html; charset=utf-8`, Django's default content type).
    public static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        withBody(html, status: status, contentType: "text/html; charset=utf-8")
    }

    /// `value` encoded as JSON: Django's `JsonResponse`.
    ///
    /// Without an `encoder`, ``ReinhardtUtils/StreamingJSONEncoder`` writes what `JSONEncoder()`
    /// would, several times faster; pass a configured `JSONEncoder` for its other options (sorted
    /// keys, date and key strategies).
    /// - Throws: the encoder's error if `value` cannot be encoded.
    public static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, encoder: JSONEncoder? = nil) throws -> Response {
        let body = if let encoder { ByteBuffer(bytes: try encoder.encode(value)) } else { ByteBuffer(bytes: try StreamingJSONEncoder.encode(value)) }
        return Response(status: status, headers: ContentTypeFields.json, body: ResponseBody(buffer: body))
    }

    /// A body with an explicit content type.
    public static func withBody(_ text: String, status: HTTPResponse.Status = .ok, contentType: String) -> Response {
        Response(status: status, headers: ContentTypeFields.fields(contentType), body: ResponseBody(string: text))
    }

    /// A streamed response (Django's `StreamingHttpResponse`): `producer` writes chunks as they are ready.
    public static func stream(contentType: String = "text/html; charset=utf-8", status: HTTPResponse.Status = .ok, producer: @escaping ResponseBody.Producer) -> Response {
        Response(status: status, headers: ContentTypeFields.fields(contentType), body: ResponseBody(producer: producer))
    }

    /// An empty response with `status` (`.noContent`, `.notFound`, …).
    public static func status(_ status: HTTPResponse.Status) -> Response { Response(status: status) }

    /// A redirect to `location`: 302 by default, 301 when `permanent`, and 307/308 when the client
    /// must repeat the same method (`preserveMethod`).
    ///
    /// Like Django's `HttpResponseRedirect`, only `http`, `https` and `ftp` URLs and relative
    /// references are allowed. For a target that came from the user (a `?next=` parameter),
    /// use ``safeRedirect(to:request:fallback:permanent:)`` instead.
    /// - Throws: ``SuspiciousOperation`` (`DisallowedRedirect`, a 400) for another scheme.
    public static func redirect(to location: String, permanent: Bool = false, preserveMethod: Bool = false) throws -> Response {
        if let scheme = urlScheme(of: location), !["http", "https", "ftp"].contains(scheme) {
            throw SuspiciousOperation(kind: "DisallowedRedirect", "Unsafe redirect to URL with protocol '\(scheme)'")
        }
        let status: HTTPResponse.Status = switch (permanent, preserveMethod) {
        case (false, false): .found
        case (true, false): .movedPermanently
        case (false, true): .temporaryRedirect
        case (true, true): .permanentRedirect
        }
        var response = Response(status: status)
        response.headers[.location] = iriToURI(location)
        return response
    }

    /// A redirect to a user-supplied target only if it stays on this site (same host, and HTTPS
    /// when the request is secure); otherwise to `fallback`. Django's `url_has_allowed_host_and_scheme` check.
    public static func safeRedirect(to target: String?, request: Request, fallback: String = "/", permanent: Bool = false) throws -> Response {
        let allowedHosts: Set<String> = (try? request.host()).map { [$0] } ?? []
        if let target, !target.isEmpty, urlHasAllowedHostAndScheme(target, allowedHosts: allowedHosts, requireHTTPS: request.isSecure) {
            return try redirect(to: target, permanent: permanent)
        }
        return try redirect(to: fallback, permanent: permanent)
    }

    /// The lower-cased scheme of a URL (`"javascript"` for `"JavaScript:alert(1)"`), if it has one.
    static func urlScheme(of location: String) -> String? {
        let trimmed = location.drop { $0 == " " || $0.asciiValue.map { $0 < 0x20 } == true }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon].filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return scheme.lowercased()
    }
}
