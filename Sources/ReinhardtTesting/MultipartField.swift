public import NIOCore

/// One field of a `multipart/form-data` body built by the test client.
public struct MultipartField: Sendable {
    /// The field name.
    public var name: String
    /// The file name, for a file field.
    public var filename: String?
    /// The part's content type, for a file field.
    public var contentType: String?
    /// The bytes.
    public var data: ByteBuffer

    /// A text field.
    public static func text(_ name: String, _ value: String) -> MultipartField {
        MultipartField(name: name, filename: nil, contentType: nil, data: ByteBuffer(string: value))
    }

    /// A file field.
    public static func file(_ name: String, filename: String, contentType: String = "application/octet-stream", data: ByteBuffer) -> MultipartField {
        MultipartField(name: name, filename: filename, contentType: contentType, data: data)
    }

    /// Encodes `fields` with `boundary` as a `multipart/form-data` body.
    static func encode(_ fields: [MultipartField], boundary: String) -> ByteBuffer {
        var body = ByteBuffer()
        for field in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field.name)\"")
            if let filename = field.filename { body.writeString("; filename=\"\(filename)\"") }
            body.writeString("\r\n")
            if let contentType = field.contentType { body.writeString("Content-Type: \(contentType)\r\n") }
            body.writeString("\r\n")
            var data = field.data
            body.writeBuffer(&data)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        return body
    }
}
