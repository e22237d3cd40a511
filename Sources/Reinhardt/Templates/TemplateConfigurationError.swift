public import ReinhardtTemplates

/// Templates that cannot work, found when the application is built: every syntax error, unknown
/// tag, filter or library, and `{% url %}` name no route has, each with template, line and column.
public struct TemplateConfigurationError: Error, CustomStringConvertible {
    /// The problems.
    public let problems: [TemplateError]

    /// Creates the error.
    public init(problems: [TemplateError]) { self.problems = problems }

    /// One problem per paragraph, with its location.
    public var description: String {
        "Templates have \(problems.count) problem(s):\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
