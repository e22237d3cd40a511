/// Everything wrong with a URLconf, found while building a ``URLResolver`` — so a mistake fails at
/// startup (or in `manage check`), not on the first request.
///
/// Each problem names the route and says how to fix it:
///
/// ```text
/// URL configuration has 2 problems:
///   1. Route "archive/<yeer:year>/" uses unknown converter "yeer". Did you mean "year"? …
///   2. Route "products/<str:id>/" passes id as String (converter "str") but the view expects Int; use <int:id> or change the view's parameter type.
/// ```
public struct URLConfigurationError: Error, Sendable, CustomStringConvertible {
    /// One message per problem, each saying how to fix it.
    public var problems: [String]

    /// Creates the error.
    /// - Parameter problems: The problems found.
    public init(problems: [String]) {
        self.problems = problems
    }

    /// A numbered list of the problems.
    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        let lines = problems.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        return (["URL configuration has \(count):"] + lines).joined(separator: "\n")
    }
}
