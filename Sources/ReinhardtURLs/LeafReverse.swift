/// What `reverse()` needs for one leaf: Django's joined pattern, the URL shapes it can produce,
/// its converters and how to check a candidate URL against it.
struct LeafReverse: Sendable {
    /// The joined regex (without the root `^/`), shown in "pattern(s) tried".
    let pattern: String
    /// The URL shapes, in Django's order.
    let templates: [ReverseTemplate]
    /// Converters by parameter name, along the whole chain.
    let converters: [String: AnyPathConverter]
    /// Checks a candidate URL against the joined pattern.
    let checker: ReverseChecker
}
