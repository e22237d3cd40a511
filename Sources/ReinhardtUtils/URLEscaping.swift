/// Percent-encodes the characters that are unsafe in a URI path, exactly as Django's
/// `escape_uri_path()`: everything but ASCII letters, digits and ``/:@&+$,-_.!~*'()`` is written as
/// UTF-8 `%XX`. `;`, `=`, `?` and `%` are escaped too.
///
/// - Parameter path: A path, such as `request.path`.
/// - Returns: The escaped path.
public func escapeURIPath(_ path: String) -> String {
    PercentCoding.quote(path, safe: URLCharacterSets.uriPathSafe)
}

/// Converts an IRI (a URL portion that may contain any Unicode) to a URI, exactly as Django's
/// `iri_to_uri()` (RFC 3987 §3.1): every character but ASCII letters, digits and
/// ``/#%[]=:;$&()+,!?*@'~-._`` is written as UTF-8 `%XX`. Existing `%` escapes are kept.
///
/// ```swift
/// iriToURI("/I ♥ Django/")   // "/I%20%E2%99%A5%20Django/"
/// ```
///
/// - Parameter iri: An IRI or IRI portion.
/// - Returns: An ASCII URI.
public func iriToURI(_ iri: String) -> String {
    PercentCoding.quote(iri, safe: URLCharacterSets.iriSafe)
}

/// Converts a URI to an IRI, exactly as Django's `uri_to_iri()` (RFC 3987 §3.2, without step 4):
/// decodes only the `%XX` escapes of unreserved ASCII characters (letters, `-._~` — not digits)
/// and of bytes 0x80 and above, then re-escapes (as upper-case `%XX`) every byte that is not part of
/// valid UTF-8.
///
/// ```swift
/// uriToIRI("/I%20%E2%99%A5%20Django/")   // "/I%20♥%20Django/"
/// ```
///
/// - Parameter uri: A URI.
/// - Returns: The IRI.
public func uriToIRI(_ uri: String) -> String {
    var uri = uri
    return uri.withUTF8 { bytes in
        guard bytes.contains(UInt8(ascii: "%")) else { return nil }
        return repercentInvalidUTF8(decodeUnreservedEscapes(bytes))
    } ?? uri
}

/// Decodes `%XX` where the byte is an unreserved ASCII letter or `-._~`, or 0x80 and above.
private func decodeUnreservedEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
        if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
            let high = PercentCoding.hexValue(bytes[index + 1]), let low = PercentCoding.hexValue(bytes[index + 2]),
            URLCharacterSets.iriDecodable.contains(high << 4 | low)
        {
            output.append(high << 4 | low)
            index += 3
        } else {
            output.append(bytes[index])
            index += 1
        }
    }
    return output
}

/// Keeps valid UTF-8 sequences and writes every other byte as `%XX` (Django's
/// `repercent_broken_unicode`).
private func repercentInvalidUTF8(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
        let length = UTF8Validation.sequenceLength(bytes, at: index)
        if length > 0 {
            output.append(contentsOf: bytes[index..<(index + length)])
            index += length
        } else {
            PercentCoding.appendEscaped(bytes[index], to: &output)
            index += 1
        }
    }
    return String(decoding: output, as: UTF8.self)
}

/// The `safe` sets of Django's URL helpers.
package enum URLCharacterSets {
    /// `escape_uri_path`'s safe characters.
    package static let uriPathSafe = ByteSet("/:@&+$,-_.!~*'()")
    /// `iri_to_uri`'s safe characters.
    package static let iriSafe = ByteSet("/#%[]=:;$&()+,!?*@'~")
    /// The bytes `uri_to_iri` decodes: unreserved ASCII letters and `-._~`, and 0x80–0xFF.
    package static let iriDecodable: ByteSet = {
        var set = ByteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-._~")
        for byte in UInt8(0x80)...UInt8(0xFF) { set.insert(byte) }
        return set
    }()
}

/// Strict UTF-8 validation, one sequence at a time.
package enum UTF8Validation {
    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when the byte there does
    /// not start one (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF, or
    /// a truncated sequence).
    package static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let (length, secondRange): (Int, ClosedRange<UInt8>)
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xE1...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        default: return 0
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
        return length
    }
}
