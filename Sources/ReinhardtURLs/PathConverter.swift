/// Turns one captured piece of a URL path into a typed value, and a value back into URL text:
/// Django's path converter (`django.urls.converters`).
///
/// A converter has three parts, exactly as in Django:
/// - ``regex`` is the pattern the piece must match, written the way Django writes it (`[0-9]+`).
/// - ``toValue(_:)`` converts the matched text. Throwing means "this URL does not match", the way a
///   `ValueError` from Django's `to_python` does; resolution then moves on to the next pattern.
/// - ``toURL(_:)`` converts a value for `reverse()`. Throwing means "no reverse match" for this pattern.
///
/// Register a custom converter in a ``ConverterRegistry`` under the name routes use:
///
/// ```swift
/// struct FourDigitYearConverter: PathConverter {
///     var regex: String { "[0-9]{4}" }
///     func toValue(_ component: Substring) throws -> Int {
///         guard let year = Int(component) else { throw PathConversionError("not a year: \(component)") }
///         return year
///     }
///     func toURL(_ value: Int) throws -> String { String(format: "%04d", value) }
/// }
///
/// var converters = ConverterRegistry()
/// converters.register(FourDigitYearConverter(), as: "yyyy")   // "archive/<yyyy:year>/"
/// ```
///
/// The built-in converters match with hand-written scanners; a custom converter's ``regex`` is compiled
/// once, when the ``URLResolver`` is built.
public protocol PathConverter: Sendable {
    /// The type of value this converter produces, handed to the view.
    associatedtype Value: Sendable

    /// The regular expression (Python `re` syntax, as Django writes it) a path piece must match.
    var regex: String { get }

    /// Converts the matched text into a value.
    /// - Parameter component: The text the ``regex`` matched.
    /// - Returns: The converted value.
    /// - Throws: Any error, meaning "this URL does not match the pattern".
    func toValue(_ component: Substring) throws -> Value

    /// Converts a value into the text placed in a reversed URL (before percent-encoding).
    /// - Parameter value: The value passed to `reverse()`.
    /// - Returns: The URL text for the value.
    /// - Throws: Any error, meaning "this pattern cannot produce a URL for the value".
    func toURL(_ value: Value) throws -> String
}
