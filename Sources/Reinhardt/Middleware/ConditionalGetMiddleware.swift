import Crypto
import Foundation
import HTTPTypes
public import ReinhardtHTTP
import NIOCore

/// Django's `ConditionalGetMiddleware`: gives non-streamed GET responses an `ETag` (an MD5 of the
/// body) when they have none, and answers `If-None-Match` / `If-Modified-Since` with
/// `304 Not Modified`, and failed `If-Match` / `If-Unmodified-Since` with `412`.
public struct ConditionalGetMiddleware: Middleware {
    /// Creates the middleware.
    public init() {}

    /// Adds the ETag and applies the conditional headers.
    public func respond(to request: Request, next: Next) async throws -> Response {
        var response = try await next(request)
        guard request.method == .get else { return response }
        if response.headers[.eTag] == nil, let body = response.body.buffer,
           !(response.headers[.cacheControl] ?? "").lowercased().contains("no-store") {
            let digest = Insecure.MD5.hash(data: Array(body.readableBytesView))
            response.headers[.eTag] = quoteETag(digest.map { String(format: "%02x", $0) }.joined())
        }
        guard response.headers[.eTag] != nil || response.headers[.lastModified] != nil else { return response }
        return ConditionalResponse.evaluate(request: request, response: response)
    }
}

/// Django's `get_conditional_response` (RFC 9110 section 13.2.2 precedence).
enum ConditionalResponse {
    static func evaluate(request: Request, response: Response) -> Response {
        guard (200..<300).contains(response.status.code) else { return response }
        let etag = response.headers[.eTag]
        let lastModified = response.headers[.lastModified].flatMap({ parseHTTPDate($0) })
        let headers = request.headers
        if let ifMatch = headers[.ifMatch], !matches(etag, parseETags(ifMatch), weak: false) {
            return preconditionFailed(response)
        }
        if headers[.ifMatch] == nil, let since = headers[.ifUnmodifiedSince].flatMap({ parseHTTPDate($0) }),
           let lastModified, lastModified > since {
            return preconditionFailed(response)
        }
        if let ifNoneMatch = headers[.ifNoneMatch] {
            guard matches(etag, parseETags(ifNoneMatch), weak: true) else { return response }
            return [.get, .head].contains(request.method) ? notModified(response) : preconditionFailed(response)
        }
        if [.get, .head].contains(request.method), let since = headers[.ifModifiedSince].flatMap({ parseHTTPDate($0) }),
           let lastModified, lastModified <= since {
            return notModified(response)
        }
        return response
    }

    private static func matches(_ etag: String?, _ candidates: [String], weak: Bool) -> Bool {
        guard let etag else { return false }
        if candidates.contains("*") { return true }
        let normalize: (String) -> String = { weak && $0.hasPrefix("W/") ? String($0.dropFirst(2)) : $0 }
        if !weak && etag.hasPrefix("W/") { return false }
        return candidates.contains { normalize($0) == normalize(etag) && (weak || !$0.hasPrefix("W/")) }
    }

    /// Django's `HttpResponseNotModified`: keeps the caching headers and cookies, drops the body.
    private static func notModified(_ response: Response) -> Response {
        var result = response
        result.status = .notModified
        result.body = ResponseBody()
        let kept: [HTTPField.Name] = [.cacheControl, .contentLocation, .date, .eTag, .expires, .lastModified, .vary]
        result.headers = HTTPFields(response.headers.filter { kept.contains($0.name) })
        return result
    }

    private static func preconditionFailed(_ response: Response) -> Response {
        var result = Response(status: .preconditionFailed)
        for cookie in response.cookies { try? result.setCookie(cookie) }
        return result
    }
}
