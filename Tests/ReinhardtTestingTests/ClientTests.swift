import Foundation
import HTTPTypes
import NIOCore
import Reinhardt
import ReinhardtTesting
import Testing

@Sendable func login(_ request: Request) async throws -> Response {
    var response = try Response.redirect(to: "/me/")
    try response.setCookie(Cookie(name: "user", value: try await request.form()["name"] ?? "", httpOnly: true))
    return response
}

@Sendable func me(_ request: Request) async throws -> Response {
    .text("you are \(request.cookies["user"] ?? "nobody")")
}

@Sendable func logout(_ request: Request) async throws -> Response {
    var response = Response.text("bye")
    response.deleteCookie("user")
    return response
}

@Sendable func upload(_ request: Request) async throws -> Response {
    let form = try await request.formData()
    let file = try #require(form.file("document"))
    return .text("\(form.fields["title"] ?? "") \(file.filename) \(file.size) \(String(buffer: try file.readAll()))")
}

@Sendable func echo(_ request: Request) async throws -> Response {
    struct Payload: Codable { var message: String }
    return try .json(try await request.decodeJSON(Payload.self))
}

let clientApp: Application = {
    var settings = Settings(debug: false, allowedHosts: ["127.0.0.1"], secretKey: "client-tests", rootURLConf: [
        path("login/", login), path("me/", me), path("logout/", logout),
        path("upload/", upload), path("echo/", echo),
        path("loop/", { @Sendable _ in try .redirect(to: "/loop/") }),
    ])
    settings.logLevel = .critical
    return try! Application(settings: settings)
}()

@Suite struct ClientTests {
    @Test func cookiesAreKeptAcrossRequestsAndDeleted() async throws {
        let client = Client(clientApp)
        #expect(try await client.get("/me/").text == "you are nobody")
        let login = try await client.post("/login/", form: [("name", "ada")])
        #expect(login.status == .found)
        #expect(login.setCookieHeaders == ["user=ada; HttpOnly; Path=/"])
        #expect(client.cookies["user"] == "ada")
        #expect(try await client.get("/me/").text == "you are ada")
        _ = try await client.get("/logout/")
        #expect(client.cookies["user"] == nil)
        #expect(try await client.get("/me/").text == "you are nobody")
    }

    @Test func redirectsAreFollowedWithAChain() async throws {
        let client = Client(clientApp)
        let response = try await client.post("/login/", form: [("name", "grace")], follow: true)
        #expect(response.text == "you are grace")
        #expect(response.redirectChain.map(\.url) == ["/me/"])
        #expect(response.redirectChain.map(\.status) == [302])
        await #expect(throws: RedirectLoop.self) { try await client.get("/loop/", follow: true) }
    }

    @Test func multipartAndJSONHelpers() async throws {
        let client = Client(clientApp)
        let uploaded = try await client.post("/upload/", multipart: [
            .text("title", "Report"),
            .file("document", filename: "notes.txt", contentType: "text/plain", data: ByteBuffer(string: "hello file")),
        ])
        #expect(uploaded.text == "Report notes.txt 10 hello file")
        let echoed = try await client.post("/echo/", json: ["message": "hi"])
        #expect(try echoed.jsonObject()["message"] as? String == "hi")
    }

    @Test func liveModeUsesARealSocket() async throws {
        try await withLiveServer(clientApp) { server in
            let client = Client(live: server)
            client.host = "127.0.0.1"
            let response = try await client.post("/login/", form: [("name", "live")], follow: true)
            #expect(response.text == "you are live")
            #expect(response.headers[.server] == "Reinhardt")
            let uploaded = try await client.post("/upload/", multipart: [
                .text("title", "T"),
                .file("document", filename: "a.bin", data: ByteBuffer(repeating: 65, count: 5000)),
            ])
            #expect(uploaded.text.hasPrefix("T a.bin 5000 AAAA"))
        }
    }

    @Test func rawConnectionsSeeExactlyWhatTheServerSends() async throws {
        try await withLiveServer(clientApp) { server in
            let response = try await RawConnection.with(port: server.port) { connection in
                try await connection.send("GET /me/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: user=raw\r\n\r\n")
                return try await connection.readResponse()
            }
            #expect(response?.statusCode == 200)
            #expect(response?.body == "you are raw")
            #expect(response?.header("content-length") == "11")
        }
    }
}
