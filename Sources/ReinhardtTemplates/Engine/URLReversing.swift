public import ReinhardtURLs

/// What `{% url %}` reverses names through. Reinhardt's URL resolver conforms; templates know
/// nothing else of routing.
public protocol URLReversing: Sendable {
    /// The URL for `name` with positional or keyword arguments (Django's `reverse()`).
    func reverseURL(_ name: String, args: [TemplateValue], kwargs: [(String, TemplateValue)], currentApp: String?) throws -> String

    /// Whether some route is called `name` (`"namespace:name"` for namespaced ones), for `manage check`.
    func hasRoute(named name: String) -> Bool
}

extension URLResolver: URLReversing {
    /// Reverses through the resolver, passing integers as `Int` and everything else as its `str()`.
    public func reverseURL(_ name: String, args: [TemplateValue], kwargs: [(String, TemplateValue)], currentApp: String?) throws -> String {
        do {
            let kwargValues = Dictionary(kwargs.map { ($0.0, Self.argument($0.1)) }, uniquingKeysWith: { _, last in last })
            return try reverse(name, args: args.map(Self.argument), kwargs: kwargValues, currentApp: currentApp)
        } catch {
            throw TemplateError(error.reason == .mixedArguments ? .valueError : .noReverseMatch, error.message)
        }
    }

    /// Whether a route has that qualified name.
    public func hasRoute(named name: String) -> Bool {
        allRoutes().contains { $0.qualifiedName == name }
    }

    private static func argument(_ value: TemplateValue) -> any Sendable {
        if case .int(let number) = value { return number }
        return value.pythonString
    }
}
