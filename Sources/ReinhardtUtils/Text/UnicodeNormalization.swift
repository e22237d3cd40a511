import Foundation

/// Python's `unicodedata.normalize()` for the forms Django's text helpers use, through Foundation
/// (the standard library does not expose normalisation).
package enum UnicodeNormalization {
    /// `unicodedata.normalize("NFC", text)`.
    package static func nfc(_ text: String) -> String {
        isASCII(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// `unicodedata.normalize("NFKC", text)`.
    package static func nfkc(_ text: String) -> String {
        isASCII(text) ? text : text.precomposedStringWithCompatibilityMapping
    }

    /// `unicodedata.normalize("NFKD", text)`.
    package static func nfkd(_ text: String) -> String {
        isASCII(text) ? text : text.decomposedStringWithCompatibilityMapping
    }

    /// ASCII text is already in every normalisation form.
    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }
}
