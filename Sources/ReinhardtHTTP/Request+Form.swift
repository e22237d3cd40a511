import HTTPTypes
public import NIOCore
import Synchronization

extension Request {
    /// The POST form, parsed once with Django's rules and limits: Django's `request.POST`.
    ///
    /// URL-encoded and `multipart/form-data` bodies of `POST` requests are parsed; any other
    /// method or content type gives an empty form, as in Django.
    /// - Throws: a 400 for too many fields or a malformed multipart body, a 413 for a body over the
    ///   limits in ``RequestLimits``.
    public func form() async throws -> QueryDict { try await formData().fields }

    /// The uploaded files of a `multipart/form-data` POST: Django's `request.FILES`.
    public func files() async throws -> [(field: String, file: UploadedFile)] { try await formData().files }

    /// Fields and files together, parsed on first use and cached on the body.
    public func formData() async throws -> FormData {
        if let cached = body.parsedForm.withLock({ $0 }) { return cached }
        let parsed = try await parseFormData()
        body.parsedForm.withLock { $0 = parsed }
        return parsed
    }

    /// The raw body bytes, read into memory up to ``RequestLimits/maxInMemoryBodySize``: Django's `request.body`.
    public func bodyBytes() async throws -> ByteBuffer {
        try await body.collect(upTo: policy.limits.maxInMemoryBodySize)
    }

    private func parseFormData() async throws -> FormData {
        guard method == .post, let contentType = headers[.contentType] else { return FormData() }
        let mediaType = MediaType(contentType)
        switch mediaType.type {
        case "application/x-www-form-urlencoded":
            let bytes = try await bodyBytes()
            let text = String(decoding: bytes.readableBytesView, as: UTF8.self)
            return FormData(fields: try QueryDict.parsingQuery(text[...], maxFields: policy.limits.maxFormFields))
        case "multipart/form-data":
            guard let boundary = mediaType.parameters["boundary"], !boundary.isEmpty else {
                throw HTTPError.badRequest("Invalid boundary in multipart: None")
            }
            return try await MultipartFormReader(boundary: boundary, limits: policy.limits).read(try body.stream())
        default:
            return FormData()
        }
    }
}

/// A parsed `Content-Type` (or `Content-Disposition`) value: `type/subtype; name=value; …`.
struct MediaType {
    /// The lower-cased main value (`"multipart/form-data"`).
    var type: String
    /// Parameters by lower-cased name, quotes removed.
    var parameters: [String: String]

    init(_ header: String) {
        var parts = Self.splitParameters(header)
        type = parts.isEmpty ? "" : parts.removeFirst().trimmingWhitespace().lowercased()
        parameters = [:]
        for part in parts {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let name = part[..<equals].trimmingWhitespace().lowercased()
            parameters[name] = Self.unquote(part[part.index(after: equals)...].trimmingWhitespace())
        }
    }

    /// Splits on `;` outside quoted strings.
    private static func splitParameters(_ header: String) -> [Substring] {
        var parts: [Substring] = []
        var start = header.startIndex
        var inQuotes = false
        var index = header.startIndex
        while index < header.endIndex {
            let character = header[index]
            if character == "\"" { inQuotes.toggle() }
            if character == "\\", inQuotes, header.index(after: index) < header.endIndex { index = header.index(after: index) }
            if character == ";", !inQuotes {
                parts.append(header[start..<index])
                start = header.index(after: index)
            }
            index = header.index(after: index)
        }
        parts.append(header[start...])
        return parts
    }

    private static func unquote(_ value: Substring) -> String {
        guard value.count >= 2, value.first == "\"", value.last == "\"" else { return String(value) }
        var result = ""
        var escaped = false
        for character in value.dropFirst().dropLast() {
            if escaped || character != "\\" {
                result.append(character)
                escaped = false
            } else {
                escaped = true
            }
        }
        return result
    }
}
