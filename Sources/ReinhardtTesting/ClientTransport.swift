import AsyncHTTPClient
import HTTPTypes
import NIOCore
import NIOHTTP1
import Reinhardt
import ReinhardtHTTP

/// How a ``Client`` delivers a request.
protocol ClientTransport: Sendable {
    func send(_ head: HTTPRequest, body: ByteBuffer?) async throws -> TestResponse
}

/// Calls the application in-process, through the same handler the server uses (Django's
/// `ClientHandler`), with `testserver` added to the allowed hosts.
struct InProcessTransport: ClientTransport {
    let app: Application
    let policy: RequestPolicy

    init(app: Application) {
        self.app = app
        let base = app.policy
        self.policy = RequestPolicy(
            allowedHosts: base.allowedHosts + ["testserver"],
            useXForwardedHost: base.useXForwardedHost,
            useXForwardedPort: base.useXForwardedPort,
            secureProxySSLHeader: base.secureProxySSLHeader,
            limits: base.limits
        )
    }

    func send(_ head: HTTPRequest, body: ByteBuffer?) async throws -> TestResponse {
        let requestBody = body.map { RequestBody(buffer: $0) } ?? .empty
        let request = Request(head: head, body: requestBody, connection: ConnectionInfo(serverName: "testserver"), policy: policy, logger: app.logger)
        let response = await app.respond(to: request)
        let bytes = head.method == .head ? ByteBuffer() : try await response.body.collect()
        var headers = response.headersForSending()
        if let length = response.body.contentLength, headers[.contentLength] == nil { headers[.contentLength] = String(length) }
        return TestResponse(status: response.status, headers: headers, body: bytes)
    }
}

/// Sends the request over a real socket with AsyncHTTPClient.
struct LiveTransport: ClientTransport {
    let server: LiveServer

    func send(_ head: HTTPRequest, body: ByteBuffer?) async throws -> TestResponse {
        var request = HTTPClientRequest(url: server.baseURL + (head.path ?? "/"))
        request.method = HTTPMethod(rawValue: head.method.rawValue)
        for field in head.headerFields where field.name != .contentLength {
            request.headers.add(name: field.name.rawName, value: field.value)
        }
        if let body { request.body = .bytes(body) }
        let response = try await server.httpClient.execute(request, timeout: .seconds(30))
        var headers = HTTPFields()
        for (name, value) in response.headers {
            if let fieldName = HTTPField.Name(name) { headers.append(HTTPField(name: fieldName, value: value)) }
        }
        let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
        return TestResponse(status: HTTPResponse.Status(code: Int(response.status.code)), headers: headers, body: bytes)
    }
}
