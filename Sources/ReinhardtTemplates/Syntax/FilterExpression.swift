/// A variable with its filters, `value|filter:arg|other`, parsed with Django's `filter_re` grammar
/// and resolved with Django's rules for invalid variables and safe strings.
public struct FilterExpression: Sendable {
    /// The source text.
    public let token: String
    /// The variable or literal at the start.
    public let variable: Variable
    /// The filters with their arguments, in order.
    let filters: [AppliedFilter]

    struct AppliedFilter: Sendable {
        let name: String
        let filter: TemplateFilter
        let argument: Variable?
    }

    /// Parses `token`, finding filters in `library`; throws Django's syntax errors.
    public init(_ token: String, filters library: (String) throws -> TemplateFilter) throws {
        self.token = token
        var scanner = FilterScanner(token)
        guard let start = try scanner.variableText() else {
            throw TemplateError.syntax("Could not find variable at start of \(token).")
        }
        variable = try Variable(start)
        var filters: [AppliedFilter] = []
        while let (name, argument) = try scanner.nextFilter() {
            let filter = try library(name)
            if let error = filter.argumentError(name: name, provided: argument == nil ? 1 : 2) { throw error }
            filters.append(AppliedFilter(name: name, filter: filter, argument: try argument.map(Variable.init)))
        }
        self.filters = filters
    }

    /// The value in `context` after the filters.
    ///
    /// An invalid variable resolves to the engine's `stringIfInvalid`: when that is non-empty it is
    /// returned without running the filters (with `%s` replaced by the variable's text), otherwise
    /// the filters see an empty string — so `default` works, as in Django. With `ignoreFailures`
    /// an invalid variable is `None` instead.
    public func resolve(_ context: Context, ignoreFailures: Bool = false) throws -> TemplateValue {
        var value: TemplateValue
        do {
            value = try variable.resolve(context)
        } catch let error as TemplateError where error.kind == .variableDoesNotExist {
            if ignoreFailures {
                value = .none
            } else {
                let invalid = context.engine.options.stringIfInvalid
                if !invalid.isEmpty {
                    return .string(invalid.replacing("%s", with: variable.text))
                }
                value = .string("")
            }
        }
        return try applyFilters(to: value, context: context)
    }

    private func applyFilters(to start: TemplateValue, context: Context) throws -> TemplateValue {
        var value = start
        for applied in filters {
            let argument = try applied.argument?.resolve(context)
            if applied.filter.expectsLocaltime { value = context.engine.localtime(value) }
            let invocation = TemplateFilter.Invocation(autoescape: context.autoescape, engine: context.engine)
            let result = try applied.filter.function(value, argument, invocation)
            value = applied.filter.isSafe && value.isSafe ? result.markedSafe : result
        }
        return value
    }

    /// Whether the expression is a bare literal with no filters.
    var isConstant: Bool { variable.isLiteral && filters.isEmpty }
}

extension TemplateValue {
    /// Django's `mark_safe`: strings keep their text, other values become their `str()`.
    public var markedSafe: TemplateValue {
        switch self {
        case .safeString: return self
        case .string(let text): return .safeString(text)
        default: return .safeString(pythonString)
        }
    }
}
