import Foundation
public import HTTPTypes
public import NIOCore
public import Reinhardt

/// Django's test `Client`: sends requests through the real handler and middleware chain, keeps
/// cookies between requests, and can follow redirects.
///
/// ```swift
/// let client = Client(app)                                  // in-process, no socket
/// let response = try await client.get("/products/42/")
/// #expect(response.status == .ok)
/// try await withLiveServer(app) { server in                 // or against the real server
///     let live = Client(live: server)
///     _ = try await live.post("/search/", form: [("query", "swift")])
/// }
/// ```
public final class Client {
    private let transport: any ClientTransport
    private var jar = CookieJar()
    /// Headers sent with every request (in addition to the per-request ones).
    public var defaultHeaders: HTTPFields
    /// The host requests are addressed to (Django's `SERVER_NAME`, `testserver` by default).
    public var host = "testserver"

    /// A client that calls `app` in-process, with `Host: testserver` (allowed automatically, as in Django's tests).
    public init(_ app: Application, defaultHeaders: HTTPFields = [:]) {
        self.transport = InProcessTransport(app: app)
        self.defaultHeaders = defaultHeaders
    }

    /// A client that talks to a running server over a real socket.
    public init(live server: LiveServer, defaultHeaders: HTTPFields = [:]) {
        self.transport = LiveTransport(server: server)
        self.defaultHeaders = defaultHeaders
    }

    /// The cookies the client holds, by name.
    public var cookies: [String: String] { jar.cookies }

    /// Sets a cookie to send with later requests.
    public func setCookie(_ name: String, _ value: String) { jar.set(name, value) }

    /// `GET path?query`.
    public func get(_ path: String, query: [(String, String)] = [], headers: HTTPFields = [:], follow: Bool = false) async throws -> TestResponse {
        try await request(.get, Self.append(query: query, to: path), headers: headers, follow: follow)
    }

    /// `HEAD path`.
    public func head(_ path: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await request(.head, path, headers: headers)
    }

    /// `OPTIONS path`.
    public func options(_ path: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await request(.options, path, headers: headers)
    }

    /// `POST` of a URL-encoded form.
    public func post(_ path: String, form: [(String, String)] = [], headers: HTTPFields = [:], follow: Bool = false) async throws -> TestResponse {
        let body = ByteBuffer(string: form.map { Self.formEncode($0.0) + "=" + Self.formEncode($0.1) }.joined(separator: "&"))
        return try await request(.post, path, headers: headers, body: body, contentType: "application/x-www-form-urlencoded", follow: follow)
    }

    /// `POST` of a JSON body.
    public func post(_ path: String, json: some Encodable, headers: HTTPFields = [:], follow: Bool = false) async throws -> TestResponse {
        let body = ByteBuffer(bytes: try JSONEncoder().encode(json))
        return try await request(.post, path, headers: headers, body: body, contentType: "application/json", follow: follow)
    }

    /// `POST` of a `multipart/form-data` body.
    public func post(_ path: String, multipart: [MultipartField], headers: HTTPFields = [:], follow: Bool = false) async throws -> TestResponse {
        let boundary = "BoUnDaRy" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let body = MultipartField.encode(multipart, boundary: boundary)
        return try await request(.post, path, headers: headers, body: body, contentType: "multipart/form-data; boundary=\(boundary)", follow: follow)
    }

    /// Any method with a raw body.
    public func request(
        _ method: HTTPRequest.Method,
        _ path: String,
        headers: HTTPFields = [:],
        body: ByteBuffer? = nil,
        contentType: String? = nil,
        follow: Bool = false
    ) async throws -> TestResponse {
        var response = try await send(method, path, headers: headers, body: body, contentType: contentType)
        var chain: [(url: String, status: Int)] = []
        var method = method, body = body, contentType = contentType, path = path
        while follow, [301, 302, 303, 307, 308].contains(response.status.code), let location = response.headers[.location] {
            chain.append((location, response.status.code))
            guard chain.count <= 20 else { throw RedirectLoop(chain: chain.map(\.url)) }
            if ![307, 308].contains(response.status.code) { (method, body, contentType) = (method == .head ? .head : .get, nil, nil) }
            path = Self.resolve(location, against: path)
            response = try await send(method, path, headers: headers, body: body, contentType: contentType)
        }
        response.redirectChain = chain
        return response
    }

    private func send(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields, body: ByteBuffer?, contentType: String?) async throws -> TestResponse {
        var fields = defaultHeaders
        for field in headers { fields[field.name] = field.value }
        if let contentType { fields[.contentType] = contentType }
        if let cookie = jar.header { fields[.cookie] = cookie }
        if let body { fields[.contentLength] = String(body.readableBytes) }
        let response = try await transport.send(HTTPRequest(method: method, scheme: "http", authority: host, path: path, headerFields: fields), body: body)
        jar.update(from: response.setCookieHeaders)
        return response
    }

    /// `application/x-www-form-urlencoded` escaping.
    static func formEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text).replacingOccurrences(of: "%20", with: "+")
    }

    private static func append(query: [(String, String)], to path: String) -> String {
        guard !query.isEmpty else { return path }
        let encoded = query.map { formEncode($0.0) + "=" + formEncode($0.1) }.joined(separator: "&")
        return path + (path.contains("?") ? "&" : "?") + encoded
    }

    /// The path to request for a `Location` (absolute URLs keep only path and query).
    private static func resolve(_ location: String, against current: String) -> String {
        if location.hasPrefix("/") { return location }
        if let url = URL(string: location), url.host != nil {
            return url.path + (url.query.map { "?" + $0 } ?? "")
        }
        let directory = current.split(separator: "?").first.map { $0.hasSuffix("/") ? String($0) : String($0[...($0.lastIndex(of: "/") ?? $0.startIndex)]) } ?? "/"
        return directory + location
    }
}

/// The client followed more than 20 redirects.
public struct RedirectLoop: Error, CustomStringConvertible {
    /// The locations followed.
    public var chain: [String]
    /// Lists the chain.
    public var description: String { "Redirect loop: \(chain.joined(separator: " → "))" }
}
