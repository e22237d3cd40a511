import HTTPTypes
import NIOCore
import NIOHTTP1

/// How a response body is delimited on the wire.
enum BodyFraming: Equatable {
    /// No body may follow (1xx, 204, 304).
    case none
    /// `Content-Length: n`.
    case length(Int)
    /// `Transfer-Encoding: chunked`: an HTTP/1.1 stream of unknown length.
    case chunked
    /// The body ends when the connection closes: an HTTP/1.0 stream of unknown length.
    case untilClose
}

/// What the `Connection` header says about the connection after this response.
enum ConnectionHeader {
    /// Nothing (HTTP/1.1 keeps the connection by default).
    case omitted
    /// `Connection: keep-alive` (an HTTP/1.0 client asked for it).
    case keepAlive
    /// `Connection: close`.
    case close
}

/// Writes an HTTP/1.x response head straight into bytes: the status line, the response's own
/// fields, then the server's `Date`, `Server`, framing and `Connection` fields.
///
/// This takes the place of NIO's `HTTPHeaders` and `HTTPResponseEncoder`, so a response goes out
/// as one buffer without being converted twice. The server owns the framing: a response's own
/// `Content-Length`, `Transfer-Encoding` and `Connection` fields are replaced by what is actually
/// sent.
enum ResponseHeadWriter {
    static func write(
        status: HTTPResponse.Status, fields: HTTPFields, version: HTTPVersion, framing: BodyFraming,
        date: String, serverName: String?, connection: ConnectionHeader, into buffer: inout ByteBuffer
    ) {
        writeStatusLine(status, version: version, into: &buffer)
        var hasDate = false
        var hasServer = false
        for field in fields {
            switch field.name {
            case .contentLength, .transferEncoding, .connection: continue
            case .date: hasDate = true
            case .server: hasServer = true
            default: break
            }
            writeField(field.name.rawName, field.value, into: &buffer)
        }
        if !hasDate { writeField("Date", date, into: &buffer) }
        if !hasServer, let serverName { writeField("Server", serverName, into: &buffer) }
        switch framing {
        case .length(let length):
            buffer.writeStaticString("Content-Length: ")
            writeDecimal(length, into: &buffer)
            buffer.writeStaticString("\r\n")
        case .chunked:
            buffer.writeStaticString("Transfer-Encoding: chunked\r\n")
        case .none, .untilClose:
            break
        }
        switch connection {
        case .omitted: break
        case .keepAlive: buffer.writeStaticString("Connection: keep-alive\r\n")
        case .close: buffer.writeStaticString("Connection: close\r\n")
        }
        buffer.writeStaticString("\r\n")
    }

    /// The size line that starts a chunk of a chunked body (`1a\r\n`).
    static func writeChunkHeader(size: Int, into buffer: inout ByteBuffer) {
        buffer.writeString(String(size, radix: 16))
        buffer.writeStaticString("\r\n")
    }

    /// The empty last chunk that ends a chunked body.
    static let lastChunk: StaticString = "0\r\n\r\n"

    /// Bytes to reserve for a head with `fields` (an estimate; the buffer grows if needed).
    static func estimatedSize(of fields: HTTPFields) -> Int {
        var size = 160
        for field in fields { size += field.name.rawName.utf8.count + field.value.utf8.count + 4 }
        return size
    }

    private static func writeStatusLine(_ status: HTTPResponse.Status, version: HTTPVersion, into buffer: inout ByteBuffer) {
        buffer.writeStaticString("HTTP/")
        writeDecimal(version.major, into: &buffer)
        buffer.writeInteger(UInt8(ascii: "."))
        writeDecimal(version.minor, into: &buffer)
        buffer.writeInteger(UInt8(ascii: " "))
        writeDecimal(status.code, into: &buffer)
        buffer.writeInteger(UInt8(ascii: " "))
        buffer.writeString(status.reasonPhrase)
        buffer.writeStaticString("\r\n")
    }

    private static func writeField(_ name: String, _ value: String, into buffer: inout ByteBuffer) {
        buffer.writeString(name)
        buffer.writeStaticString(": ")
        buffer.writeString(value)
        buffer.writeStaticString("\r\n")
    }

    /// A non-negative integer in decimal, without going through `String`.
    private static func writeDecimal(_ value: Int, into buffer: inout ByteBuffer) {
        guard value >= 10 else {
            buffer.writeInteger(UInt8(truncatingIfNeeded: value) &+ UInt8(ascii: "0"))
            return
        }
        var divisor = 10
        while value / divisor >= 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            buffer.writeInteger(UInt8(truncatingIfNeeded: rest / divisor) &+ UInt8(ascii: "0"))
            rest %= divisor
            divisor /= 10
        }
    }
}
