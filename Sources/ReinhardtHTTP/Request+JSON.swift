public import Foundation
import HTTPTypes
import NIOCore

extension Request {
    /// Decodes the body as JSON into `T`.
    ///
    /// ```swift
    /// struct NewProduct: Decodable { var name: String; var price: Decimal }
    /// let product = try await request.decodeJSON(NewProduct.self)
    /// ```
    /// - Throws: a 400 ``HTTPError`` saying what was wrong and where (`"Invalid JSON: price: expected
    ///   a number, found a string."`), a 415 when the content type is not JSON, or a 413 past
    ///   ``RequestLimits/maxInMemoryBodySize``.
    public func decodeJSON<T: Decodable>(_ type: T.Type = T.self, decoder: JSONDecoder = JSONDecoder()) async throws -> T {
        if let contentType = headers[.contentType] {
            let mediaType = MediaType(contentType).type
            guard mediaType == "application/json" || mediaType.hasSuffix("+json") else {
                throw HTTPError(.unsupportedMediaType, "Expected a JSON body (Content-Type: application/json), got \(mediaType).")
            }
        }
        let bytes = try await bodyBytes()
        do {
            return try decoder.decode(T.self, from: Data(bytes.readableBytesView))
        } catch let error as DecodingError {
            throw HTTPError.badRequest("Invalid JSON: \(Self.describe(error))")
        }
    }

    /// A one-line, client-safe description of a decoding error.
    static func describe(_ error: DecodingError) -> String {
        func location(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(location(context.codingPath)): expected \(jsonName(type))."
        case .valueNotFound(let type, let context):
            return "\(location(context.codingPath)): expected \(jsonName(type)), found null."
        case .keyNotFound(let key, let context):
            return "\(location(context.codingPath + [key])): this field is required."
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "the body is not valid JSON." }
            return "\(location(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "the body does not match the expected structure."
        }
    }

    private static func jsonName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is any BinaryInteger.Type: "an integer"
        case is any BinaryFloatingPoint.Type, is Decimal.Type: "a number"
        case is [Any].Type: "an array"
        default: type == [String: Any].self ? "an object" : "a value of type \(type)"
        }
    }
}
