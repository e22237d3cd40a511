/// A database configuration or `DATABASE_URL` that cannot be used, with what to write instead.
public struct DatabaseConfigurationError: Error, Sendable, CustomStringConvertible {
    /// What is wrong; new kinds may be added.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        /// The kind's name.
        public let name: String

        private init(_ name: String) { self.name = name }

        /// The URL does not parse (no scheme, bad port, missing database name …).
        public static let invalidURL = Kind("invalidURL")
        /// The URL's scheme names a backend Reinhardt does not support.
        public static let unsupportedScheme = Kind("unsupportedScheme")
        /// The SQLite file cannot be created or opened at the given path.
        public static let unusableSQLitePath = Kind("unusableSQLitePath")

        /// The kind's name.
        public var description: String { name }
    }

    /// What is wrong.
    public let kind: Kind
    /// A full sentence: the problem and the fix.
    public let message: String

    /// An error of `kind` with a message saying what to do.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }

    static let urlExamples =
        "Use sqlite:////absolute/path/db.sqlite3, sqlite:///relative/db.sqlite3, sqlite://:memory: "
        + "or postgres://user:password@host:5432/name."

    static func invalidURL(_ url: String, _ problem: String) -> Self {
        Self(kind: .invalidURL, message: "Invalid database URL '\(url)': \(problem). \(urlExamples)")
    }
}
