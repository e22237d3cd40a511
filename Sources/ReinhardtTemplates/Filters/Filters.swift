/// The built-in filters' implementations, one static function per filter, grouped by topic in
/// `Filters+Topic.swift`. Registration (names and Django's flags) is in `TemplateLibrary+Builtins.swift`.
enum Filters {
    /// Django's `@stringfilter`: the value's `str()`, keeping the safe mark.
    static func string(_ value: TemplateValue) -> TemplateValue {
        switch value {
        case .string, .safeString: return value
        default: return .string(value.pythonString)
        }
    }

    /// The text of a value after `@stringfilter`.
    static func text(_ value: TemplateValue) -> String {
        value.stringValue ?? value.pythonString
    }

    /// The argument's text (an absent argument is empty).
    static func argumentText(_ argument: TemplateValue?) -> String {
        argument.map(text) ?? ""
    }
}
