/// A template filter (`{{ value|name:argument }}`) with the flags Django's `Library.filter` takes.
public struct TemplateFilter: Sendable {
    /// Whether the filter takes an argument after `:`.
    public enum Argument: Sendable {
        /// Takes none (`upper`).
        case none
        /// May take one (`date`, `pluralize`).
        case optional
        /// Must take one (`add`, `cut`).
        case required
    }

    /// What a filter function receives besides its value and argument.
    public struct Invocation {
        /// Whether autoescaping is on where the filter runs.
        public let autoescape: Bool
        /// The engine, for its options (time zone, clock).
        public let engine: TemplateEngine
    }

    /// The filter's signature: value and argument (nil when none was written) to result.
    public typealias Function = @Sendable (TemplateValue, TemplateValue?, Invocation) throws -> TemplateValue

    /// Whether it takes an argument.
    public let argument: Argument
    /// Django's `is_safe`: a safe input keeps the safe mark on the output.
    public let isSafe: Bool
    /// Django's `expects_localtime`: aware datetimes arrive in the current time zone.
    public let expectsLocaltime: Bool
    /// The function.
    public let function: Function

    /// Creates a filter.
    public init(argument: Argument = .none, isSafe: Bool = false, expectsLocaltime: Bool = false, _ function: @escaping Function) {
        self.argument = argument
        self.isSafe = isSafe
        self.expectsLocaltime = expectsLocaltime
        self.function = function
    }

    /// Django's `args_check` message when `provided` arguments (value included) do not fit.
    func argumentError(name: String, provided: Int) -> TemplateError? {
        let required: Int
        switch argument {
        case .none: required = 1
        case .optional: required = 1
        case .required: required = 2
        }
        let maximum = argument == .none ? 1 : 2
        guard provided < required || provided > maximum else { return nil }
        return .syntax("\(name) requires \(required) arguments, \(provided) provided")
    }
}
