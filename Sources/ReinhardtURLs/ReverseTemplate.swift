/// One URL shape a pattern can produce: text with named holes, and the parameters that fill them
/// (an entry of Django's `normalize()` result, with `%(name)s` holes as ``Part/value(_:)``).
struct ReverseTemplate: Sendable {
    /// A piece of the URL.
    enum Part: Sendable {
        /// Text placed as is.
        case text(String)
        /// The text of the named value.
        case value(String)
    }

    /// The pieces in order.
    var parts: [Part] = []
    /// The parameters `reverse()` must supply, in order (positional arguments fill them in this order).
    var parameters: [String] = []

    /// The template followed by another.
    func appending(_ other: ReverseTemplate) -> ReverseTemplate {
        ReverseTemplate(parts: parts + other.parts, parameters: parameters + other.parameters)
    }

    /// Fills the holes.
    /// - Parameters:
    ///   - values: Text for each parameter name.
    ///   - prefix: Text placed before the template's.
    /// - Returns: The URL text, or `nil` when a hole has no value.
    func render(_ values: [(name: String, text: String)], prefix: String = "") -> String? {
        var length = prefix.utf8.count
        for part in parts {
            switch part {
            case .text(let text): length += text.utf8.count
            case .value(let name): length += values.first(where: { $0.name == name })?.text.utf8.count ?? 0
            }
        }
        var output = prefix
        output.reserveCapacity(length)
        for part in parts {
            switch part {
            case .text(let text): output += text
            case .value(let name):
                guard let value = values.first(where: { $0.name == name }) else { return nil }
                output += value.text
            }
        }
        return output
    }
}
