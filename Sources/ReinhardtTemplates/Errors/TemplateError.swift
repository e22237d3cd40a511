/// An error compiling or rendering a template, with Django's exception kind, and where it happened.
///
/// `kind` names the Django exception (`TemplateSyntaxError`, `TemplateDoesNotExist`,
/// `VariableDoesNotExist`, …) so that behaviour can be compared with Django's; `location` points
/// at the template, line and column, with the source line for error pages.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// Which of Django's template exceptions this is.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        /// The Django class name.
        public let name: String
        /// Creates a kind named after a Django exception class.
        public init(_ name: String) { self.name = name }
        /// The Django class name.
        public var description: String { name }

        /// A template that does not compile (Django's `TemplateSyntaxError`).
        public static let syntaxError = Kind("TemplateSyntaxError")
        /// No loader found the template (`TemplateDoesNotExist`).
        public static let doesNotExist = Kind("TemplateDoesNotExist")
        /// A variable, or a filter argument, that does not resolve (`VariableDoesNotExist`).
        public static let variableDoesNotExist = Kind("VariableDoesNotExist")
        /// `{% url %}` found no route (`NoReverseMatch`).
        public static let noReverseMatch = Kind("NoReverseMatch")
        /// An operation on a value of the wrong type (Python's `TypeError`).
        public static let typeError = Kind("TypeError")
        /// A value the operation cannot accept (Python's `ValueError`).
        public static let valueError = Kind("ValueError")
        /// An index past the end (Python's `IndexError`).
        public static let indexError = Kind("IndexError")
        /// Rendering went deeper than the recursion limit (Python's `RecursionError`).
        public static let recursionError = Kind("RecursionError")
    }

    /// Which Django exception this is.
    public var kind: Kind
    /// What went wrong, in Django's words where Django has them.
    public var message: String
    /// Where in which template, when known.
    public var location: TemplateSourceLocation?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, at location: TemplateSourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// A syntax error at `location`.
    static func syntax(_ message: String, at location: TemplateSourceLocation? = nil) -> TemplateError {
        TemplateError(.syntaxError, message, at: location)
    }

    /// The error with `location` filled in when it had none.
    func located(at location: TemplateSourceLocation?) -> TemplateError {
        var copy = self
        if copy.location == nil { copy.location = location }
        return copy
    }

    /// `Kind: message`, then the location and source line.
    public var description: String {
        guard let location else { return "\(kind): \(message)" }
        return "\(kind): \(message)\n\(location)"
    }
}
