import Foundation
import HTTPTypes
import NIOCore
import Testing
@testable import ReinhardtHTTP

@Suite struct RequestBodyTests {
    @Test func urlEncodedFormIsParsedForPOSTOnly() async throws {
        let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        let post = makeRequest(.post, "/", headers: headers, body: "name=Ada+Lovelace&tag=a&tag=b")
        let form = try await post.form()
        #expect(form["name"] == "Ada Lovelace")
        #expect(form.values(for: "tag") == ["a", "b"])
        let put = makeRequest(.put, "/", headers: headers, body: "name=x")
        #expect(try await put.form().isEmpty)
    }

    @Test func formOverTheFieldLimitIsA400() async throws {
        let policy = RequestPolicy(allowedHosts: ["*"], limits: RequestLimits(maxFormFields: 2))
        let request = makeRequest(.post, "/", headers: [.contentType: "application/x-www-form-urlencoded"], body: "a=1&b=2&c=3", policy: policy)
        let error = await #expect(throws: TooManyFieldsError.self) { try await request.form() }
        #expect(error?.status == .badRequest)
    }

    @Test func bodyOverTheMemoryLimitIsA413() async throws {
        let policy = RequestPolicy(allowedHosts: ["*"], limits: RequestLimits(maxInMemoryBodySize: 10))
        let declared = makeRequest(.post, "/", headers: [.contentType: "application/x-www-form-urlencoded"], body: "a=12345678901", policy: policy)
        await #expect(throws: RequestBodyTooLarge.self) { try await declared.form() }
        let streamed = RequestBody(stream: Chunks(parts: [ByteBuffer(string: "123456"), ByteBuffer(string: "789012")]), declaredLength: nil)
        await #expect(throws: RequestBodyTooLarge.self) { try await streamed.collect(upTo: 10) }
    }

    @Test func collectedBodyIsCachedAndAStreamCanBeTakenOnce() async throws {
        let body = RequestBody(stream: Chunks(parts: [ByteBuffer(string: "ab"), ByteBuffer(string: "cd")]), declaredLength: 4)
        #expect(try await body.collect(upTo: 100) == ByteBuffer(string: "abcd"))
        #expect(try await body.collect(upTo: 100) == ByteBuffer(string: "abcd"))
        let once = RequestBody(stream: Chunks(parts: []), declaredLength: nil)
        _ = try once.stream()
        #expect(throws: BodyAlreadyConsumed.self) { try once.stream() }
    }

    @Test func jsonIsDecodedWithAClearErrorWhenWrong() async throws {
        struct Item: Decodable { var name: String; var price: Int }
        let json: HTTPFields = [.contentType: "application/json"]
        let good = try await makeRequest(.post, "/", headers: json, body: #"{"name":"a","price":3}"#).decodeJSON(Item.self)
        #expect(good.price == 3)
        let wrongType = await #expect(throws: HTTPError.self) {
            try await makeRequest(.post, "/", headers: json, body: #"{"name":"a","price":"x"}"#).decodeJSON(Item.self)
        }
        #expect(wrongType?.status == .badRequest)
        #expect(wrongType?.reason == "Invalid JSON: price: expected an integer.")
        let missing = await #expect(throws: HTTPError.self) {
            try await makeRequest(.post, "/", headers: json, body: #"{"name":"a"}"#).decodeJSON(Item.self)
        }
        #expect(missing?.reason == "Invalid JSON: price: this field is required.")
        let broken = await #expect(throws: HTTPError.self) {
            try await makeRequest(.post, "/", headers: json, body: #"{"name":"#).decodeJSON(Item.self)
        }
        #expect(broken?.reason == "Invalid JSON: the body is not valid JSON.")
        let notJSON = await #expect(throws: HTTPError.self) {
            try await makeRequest(.post, "/", headers: [.contentType: "text/plain"], body: "{}").decodeJSON(Item.self)
        }
        #expect(notJSON?.status == .unsupportedMediaType)
    }
}
