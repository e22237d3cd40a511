/// Parses a `path()` route such as `"articles/<int:year>/<slug:slug>/"` into literal text and
/// parameters, with Django's rules (`_route_to_regex` and the `urls.W010` bracket check) and
/// a message for every mistake.
enum RouteParser {
    /// One piece of a route.
    enum Token {
        /// Text matched as is.
        case literal(String)
        /// `<converter:name>`; a bare `<name>` uses `str`.
        case parameter(name: String, converter: AnyPathConverter)
    }

    /// Parses `route`, resolving converter names in `registry`.
    /// - Returns: The tokens, and the problems found (empty when the route is valid).
    static func parse(_ route: String, registry: ConverterRegistry) -> (tokens: [Token], problems: [String]) {
        let scalars = Array(route.unicodeScalars)
        var tokens: [Token] = []
        var problems: [String] = []
        var literal = ""
        var position = 0
        while position < scalars.count {
            guard scalars[position] == "<", let close = closingBracket(in: scalars, after: position) else {
                literal.unicodeScalars.append(scalars[position])
                position += 1
                continue
            }
            if !literal.isEmpty { tokens.append(.literal(literal)) }
            literal = ""
            let content = String(String.UnicodeScalarView(scalars[(position + 1)..<close]))
            switch parameter(content, route: route, registry: registry) {
            case .success(let token): tokens.append(token)
            case .failure(let problem): problems.append(problem.message)
            }
            position = close + 1
        }
        if !literal.isEmpty { tokens.append(.literal(literal)) }
        problems += bracketProblems(route) + duplicateProblems(tokens, route: route)
        return (tokens, problems)
    }

    /// The first `>` after `open`, when at least one character lies between (Django's `[^>]+`).
    private static func closingBracket(in scalars: [Unicode.Scalar], after open: Int) -> Int? {
        var index = open + 1
        while index < scalars.count, scalars[index] != ">" {
            index += 1
        }
        return index < scalars.count && index > open + 1 ? index : nil
    }

    private struct Problem: Error {
        let message: String
    }

    /// Splits `converter:name` as Django's `<(?:(?P<converter>[^>:]+):)?(?P<parameter>[^>]+)>` does.
    private static func parameter(
        _ content: String, route: String, registry: ConverterRegistry
    ) -> Result<Token, Problem> {
        if content.unicodeScalars.contains(where: PythonFormatting.isWhitespace) {
            return .failure(Problem(message:
                "Route \"\(route)\" cannot contain whitespace in angle brackets <…>: \"<\(content)>\". "
                + "Write it without spaces, e.g. <\(content.filter { !$0.isWhitespace })>."))
        }
        var converterName = "str"
        var name = content
        if let colon = content.firstIndex(of: ":"), colon != content.startIndex,
           content.index(after: colon) != content.endIndex {
            converterName = String(content[..<colon])
            name = String(content[content.index(after: colon)...])
        }
        guard PythonFormatting.isIdentifier(name) else {
            return .failure(Problem(message:
                "Route \"\(route)\" uses parameter name \"\(name)\" which isn't a valid identifier. "
                + "Write <converter:name> where name starts with a letter or underscore and has only "
                + "letters, digits and underscores, e.g. <int:id>."))
        }
        guard let converter = registry.converter(named: converterName) else {
            return .failure(Problem(message: unknownConverter(converterName, route: route, registry: registry)))
        }
        return .success(.parameter(name: name, converter: converter))
    }

    private static func unknownConverter(_ name: String, route: String, registry: ConverterRegistry) -> String {
        var message = "Route \"\(route)\" uses unknown converter \"\(name)\"."
        if let suggestion = Suggestion.closest(to: name, in: registry.names) {
            message += " Did you mean \"\(suggestion)\"?"
        }
        message += " Registered converters: \(registry.names.joined(separator: ", ")). "
        message += "To add one, conform a type to PathConverter and call "
        message += "`converters.register(MyConverter(), as: \"\(name)\")` on the ConverterRegistry "
        message += "passed to URLResolver(_:converters:)."
        return message
    }

    /// Django's `urls.W010`: every `<` needs a `>` after it and every `>` a `<` before it.
    private static func bracketProblems(_ route: String) -> [String] {
        var problems: [String] = []
        var open = 0
        for scalar in route.unicodeScalars {
            if scalar == "<" {
                open += 1
            } else if scalar == ">" {
                open -= 1
                if open < 0 {
                    problems.append(bracketMessage(route, bracket: ">"))
                    open = 0
                }
            }
        }
        if open > 0 { problems.append(bracketMessage(route, bracket: "<")) }
        return problems
    }

    private static func bracketMessage(_ route: String, bracket: String) -> String {
        "Route \"\(route)\" has an unmatched '\(bracket)' bracket. Parameters are written "
            + "<converter:name> (e.g. <int:id>); close or remove the stray bracket."
    }

    private static func duplicateProblems(_ tokens: [Token], route: String) -> [String] {
        var seen: Set<String> = []
        var problems: [String] = []
        for case .parameter(let name, _) in tokens where !seen.insert(name).inserted {
            problems.append("Route \"\(route)\" captures parameter \"\(name)\" more than once. "
                + "Give each parameter a distinct name.")
        }
        return problems
    }

    /// The regex Django builds for the route (`^` + escaped text + `(?P<name>regex)` … + `\Z` for an
    /// endpoint), used in `reverse()` and its messages.
    static func djangoRegex(_ tokens: [Token], isEndpoint: Bool) -> String {
        var regex = "^"
        for token in tokens {
            switch token {
            case .literal(let text): regex += PythonFormatting.escapeRegex(text)
            case .parameter(let name, let converter): regex += "(?P<\(name)>\(converter.regex))"
            }
        }
        return isEndpoint ? regex + "\\Z" : regex
    }
}
