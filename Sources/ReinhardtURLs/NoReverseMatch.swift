/// `reverse()` could not build a URL — Django's `NoReverseMatch`, with Django's message saying what
/// was tried:
///
/// ```text
/// Reverse for 'article-year' with arguments '('abc',)' not found. 1 pattern(s) tried: ['articles/(?P<year>[0-9]+)/\\Z']
/// ```
public struct NoReverseMatch: Error, Sendable, CustomStringConvertible {
    /// Why no URL could be built.
    public struct Reason: Sendable, Hashable, CustomStringConvertible {
        private let name: String

        /// No pattern has that name in the namespace reached.
        public static let unknownName = Reason(name: "unknownName")
        /// Patterns have the name, but none accepts the arguments given.
        public static let argumentsRejected = Reason(name: "argumentsRejected")
        /// A namespace in the name is not registered.
        public static let unknownNamespace = Reason(name: "unknownNamespace")
        /// Both positional and keyword arguments were given (a `ValueError` in Django).
        public static let mixedArguments = Reason(name: "mixedArguments")

        /// The reason's name.
        public var description: String { name }
    }

    /// Why no URL could be built.
    public let reason: Reason
    /// Django's message.
    public let message: String

    /// Creates the error.
    /// - Parameters:
    ///   - reason: Why no URL could be built.
    ///   - message: The message.
    public init(_ reason: Reason, message: String) {
        self.reason = reason
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
