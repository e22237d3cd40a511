import Foundation
public import HTTPTypes
public import NIOCore

/// A response as a test sees it: status, headers and the whole body.
public struct TestResponse: Sendable {
    /// The status.
    public var status: HTTPResponse.Status
    /// The headers as sent (including every `Set-Cookie`).
    public var headers: HTTPFields
    /// The body bytes.
    public var body: ByteBuffer
    /// The redirects followed to get here, as (URL, status) pairs: Django's `redirect_chain`.
    public var redirectChain: [(url: String, status: Int)]

    /// Creates a test response.
    public init(status: HTTPResponse.Status, headers: HTTPFields, body: ByteBuffer, redirectChain: [(url: String, status: Int)] = []) {
        self.status = status
        self.headers = headers
        self.body = body
        self.redirectChain = redirectChain
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body.readableBytesView, as: UTF8.self) }

    /// The body decoded from JSON.
    public func json<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(body.readableBytesView))
    }

    /// The body parsed as a JSON object (for quick assertions).
    public func jsonObject() throws -> [String: Any] {
        (try JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }

    /// Every `Set-Cookie` value.
    public var setCookieHeaders: [String] { headers[values: .setCookie] }
}
