public import Foundation

/// Django's `uuid` converter: a lowercase, hyphenated UUID
/// (`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`), converted to `Foundation.UUID`.
///
/// Uppercase hex digits do not match, exactly as in Django; ``toURL(_:)`` writes lowercase.
public struct UUIDConverter: PathConverter, BuiltinPathConverter {
    /// Creates the converter.
    public init() {}

    /// Django's lowercase-only UUID pattern.
    public var regex: String { "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" }

    var scanner: ComponentScanner { .uuid }

    /// Parses the UUID.
    /// - Parameter component: A hyphenated UUID.
    /// - Returns: The UUID.
    /// - Throws: ``PathConversionError`` when the text is not a UUID.
    public func toValue(_ component: Substring) throws -> UUID {
        guard let uuid = UUID(uuidString: String(component)) else {
            throw PathConversionError("'\(component)' is not a UUID")
        }
        return uuid
    }

    /// Formats the UUID in lowercase, hyphenated form (Python's `str(uuid)`).
    /// - Parameter value: The UUID.
    /// - Returns: Its lowercase text.
    public func toURL(_ value: UUID) throws -> String {
        value.uuidString.lowercased()
    }
}
