extension URLResolver {
    /// Tries the patterns named `view` in a scope (Django's `_reverse_with_prefix`).
    func reverse(
        _ view: String, in scope: Int, args: [any Sendable], kwargs: [(name: String, value: any Sendable)]
    ) throws(NoReverseMatch) -> String {
        if !args.isEmpty && !kwargs.isEmpty {
            throw NoReverseMatch(.mixedArguments, message: "Don't mix *args and **kwargs in call to reverse()!")
        }
        let candidates = compiled.conf.scopes[scope].lookups[view] ?? []
        for candidate in candidates {
            guard let info = compiled.conf.leaves[candidate.leaf].reverse else { continue }
            for template in info.templates {
                if let url = attempt(template, info, defaults: candidate.defaults, args: args, kwargs: kwargs) {
                    return url
                }
            }
        }
        throw notFound(view, patterns: candidates.compactMap { compiled.conf.leaves[$0.leaf].reverse?.pattern }, args: args, kwargs: kwargs)
    }

    /// One URL shape with the given values, or `nil` when they do not fit it.
    private func attempt(
        _ template: ReverseTemplate, _ info: LeafReverse, defaults: [(name: String, value: any Sendable)],
        args: [any Sendable], kwargs: [(name: String, value: any Sendable)]
    ) -> String? {
        guard substitutionsFit(template, defaults: defaults, args: args, kwargs: kwargs) else { return nil }
        var texts: [(name: String, text: String)] = []
        texts.reserveCapacity(args.isEmpty ? kwargs.count : args.count)
        func add(_ name: String, _ value: any Sendable) -> Bool {
            if let converter = info.converters[name] {
                guard let text = converter.urlText(value) else { return false }
                texts.append((name, text))
            } else {
                texts.append((name, PythonFormatting.str(value)))
            }
            return true
        }
        if !args.isEmpty {
            for (name, value) in zip(template.parameters, args) where !add(name, value) { return nil }
        } else {
            for (name, value) in kwargs where !add(name, value) { return nil }
        }
        guard let candidate = template.render(texts, prefix: "/") else { return nil }
        guard info.checker.accepts(candidate) else { return nil }
        return PercentEncoding.escapeLeadingSlashes(PercentEncoding.quote(candidate))
    }

    /// Whether the values can fill the template's parameters: positionally, or by name when every
    /// parameter is given (or defaulted) and nothing else is, and given values agree with the other
    /// defaults. The values used are then `args` paired with the parameters, or `kwargs` as given.
    private func substitutionsFit(
        _ template: ReverseTemplate, defaults: [(name: String, value: any Sendable)],
        args: [any Sendable], kwargs: [(name: String, value: any Sendable)]
    ) -> Bool {
        if !args.isEmpty {
            return args.count == template.parameters.count
        }
        let parameters = template.parameters
        let isDefault = { (name: String) in defaults.contains { $0.name == name } }
        let isGiven = { (name: String) in kwargs.contains { $0.name == name } }
        guard kwargs.allSatisfy({ parameters.contains($0.name) || isDefault($0.name) }),
              parameters.allSatisfy({ isGiven($0) || isDefault($0) })
        else { return false }
        for (name, value) in defaults where !parameters.contains(name) {
            if let given = kwargs.first(where: { $0.name == name }), !PythonFormatting.equal(given.value, value) {
                return false
            }
        }
        return true
    }

    private func notFound(
        _ view: String, patterns: [String], args: [any Sendable], kwargs: [(name: String, value: any Sendable)]
    ) -> NoReverseMatch {
        guard !patterns.isEmpty else {
            return NoReverseMatch(.unknownName, message:
                "Reverse for '\(view)' not found. '\(view)' is not a valid view function or pattern name.")
        }
        let arguments: String
        if !args.isEmpty {
            arguments = "arguments '\(PythonFormatting.reprTuple(args))'"
        } else if !kwargs.isEmpty {
            arguments = "keyword arguments '\(PythonFormatting.reprDict(kwargs.map { ($0.name, $0.value) }))'"
        } else {
            arguments = "no arguments"
        }
        return NoReverseMatch(.argumentsRejected, message:
            "Reverse for '\(view)' with \(arguments) not found. \(patterns.count) pattern(s) tried: "
                + PythonFormatting.reprList(patterns))
    }
}
