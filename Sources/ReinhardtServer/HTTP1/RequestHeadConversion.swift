import HTTPTypes
import NIOHTTP1
import NIOHTTPTypesHTTP1

/// NIO's HTTP/1 request head to a swift-http-types `HTTPRequest`, without the general converter's
/// URL parsing for the common origin-form target (`/path?query`).
enum RequestHeadConversion {
    static func convert(_ head: HTTPRequestHead, secure: Bool) -> HTTPRequest? {
        guard head.uri.utf8.first == UInt8(ascii: "/") else {
            return try? HTTPRequest(head, secure: secure, splitCookie: false)
        }
        guard let method = method(head.method) else { return nil }
        var fields = HTTPFields()
        fields.reserveCapacity(head.headers.count)
        var authority: String?
        for (name, value) in head.headers {
            guard let fieldName = HTTPField.Name(name) else { return nil }
            if fieldName == .host, authority == nil { authority = value }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        return HTTPRequest(method: method, scheme: secure ? "https" : "http", authority: authority, path: head.uri, headerFields: fields)
    }

    private static func method(_ method: HTTPMethod) -> HTTPRequest.Method? {
        switch method {
        case .GET: .get
        case .POST: .post
        case .HEAD: .head
        case .PUT: .put
        case .DELETE: .delete
        case .PATCH: .patch
        case .OPTIONS: .options
        default: HTTPRequest.Method(method.rawValue)
        }
    }
}

extension HTTPField.Name {
    /// `Host`.
    static let host = HTTPField.Name("Host")!
}
