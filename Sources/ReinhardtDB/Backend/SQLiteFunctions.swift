import SQLiteNIO

/// The SQL functions Django adds to every SQLite connection that lookups need.
enum SQLiteFunctions {
    /// `REGEXP`, which SQLite parses but does not define: `value REGEXP pattern` calls
    /// `regexp(pattern, value)`, true when the pattern matches anywhere in the value's text (Python's
    /// `re.search`); NULL when either is NULL. A pattern that does not compile is an SQL error.
    static let regexp = SQLiteCustomFunction("regexp", argumentCount: 2, pure: true) { arguments in
        guard case .text(let pattern) = arguments[0], !arguments[1].isNull else { return nil }
        let regex: Regex<AnyRegexOutput>
        do {
            regex = try Regex(pattern)
        } catch {
            throw InvalidPattern(pattern: pattern)
        }
        return text(of: arguments[1]).contains(regex)
    }

    /// Every function, to install on each new connection.
    static let all = [regexp]

    /// Python's `str()` of a stored value.
    private static func text(of value: SQLiteData) -> String {
        switch value {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .float(let number): return String(number)
        case .blob, .null: return value.description
        }
    }

    /// A `REGEXP` pattern Swift's regular expressions cannot read.
    struct InvalidPattern: Error, CustomStringConvertible {
        let pattern: String
        var description: String { "invalid regular expression: \(pattern)" }
    }
}
