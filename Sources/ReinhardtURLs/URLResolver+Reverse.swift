extension URLResolver {
    /// Builds the URL for a named pattern (Django's `reverse()`).
    ///
    /// ```swift
    /// try resolver.reverse("article-year", args: [2024])                        // "/articles/2024/"
    /// try resolver.reverse("blog:post-detail", kwargs: ["pk": 42])              // "/blog/42/"
    /// try resolver.reverse("polls:index", currentApp: "author-polls")           // "/author-polls/"
    /// try resolver.reverse("home", query: [("page", "2")], fragment: "top")     // "/?page=2#top"
    /// ```
    ///
    /// Django's rules apply: namespaces are resolved through application namespaces, `currentApp` and
    /// default instances; among patterns sharing a name the last declared is tried first; values go
    /// through the converters' `toURL` and the resulting URL must match the pattern (so `"abc"` cannot
    /// fill `<int:year>`); the path is percent-encoded like Django's `quote()` with RFC 3986 sub-delims
    /// and `/~:@` kept, and a leading `//` becomes `/%2F`.
    /// - Parameters:
    ///   - name: `"name"` or `"namespace:…:name"`.
    ///   - args: Positional values, in route order.
    ///   - kwargs: Values by parameter name (do not combine with `args`).
    ///   - currentApp: The current instance namespace path, e.g. `"author-polls"` or `"blog:comments"`.
    ///   - query: Pairs appended as a query string, `quote_plus`-encoded like Django's `urlencode`;
    ///     an empty list adds nothing.
    ///   - fragment: Appended after `#`, as is.
    /// - Returns: The URL path (plus query and fragment).
    /// - Throws: ``NoReverseMatch`` saying what was tried.
    public func reverse(
        _ name: String,
        args: [any Sendable] = [],
        kwargs: [String: any Sendable] = [:],
        currentApp: String? = nil,
        query: [(String, String)]? = nil,
        fragment: String? = nil
    ) throws(NoReverseMatch) -> String {
        let ordered = kwargs.isEmpty ? [] : kwargs.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        return try reverse(name, args: args, orderedKwargs: ordered, currentApp: currentApp, query: query, fragment: fragment)
    }

    /// ``reverse(_:args:kwargs:currentApp:query:fragment:)`` with keyword arguments in a given order
    /// (the order only shows in the error message).
    func reverse(
        _ name: String, args: [any Sendable], orderedKwargs kwargs: [(name: String, value: any Sendable)],
        currentApp: String?, query: [(String, String)]?, fragment: String?
    ) throws(NoReverseMatch) -> String {
        let view: String
        let scope: Int
        if name.utf8.contains(UInt8(ascii: ":")) {
            var components = name.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            view = components.removeLast()
            scope = try self.scope(for: components, currentApp: currentApp)
        } else {
            view = name   // no namespaces: the root scope, whatever the current app
            scope = 0
        }
        var url = try reverse(view, in: scope, args: args, kwargs: kwargs)
        if let query {
            let encoded = PercentEncoding.queryString(query)
            if !encoded.isEmpty { url += "?" + encoded }
        }
        if let fragment { url += "#" + fragment }
        return url
    }

    /// Follows the namespaces of a name to the scope holding its patterns (the namespace loop of
    /// Django's `reverse()`).
    func scope(for namespaces: [String], currentApp: String?) throws(NoReverseMatch) -> Int {
        var currentPath: [String]? = currentApp.flatMap {
            $0.isEmpty ? nil : Array($0.split(separator: ":", omittingEmptySubsequences: false).map(String.init).reversed())
        }
        var scope = 0
        var resolved: [String] = []
        for var namespace in namespaces {
            let current = currentPath?.isEmpty == false ? currentPath?.removeLast() : nil
            if let instances = compiled.conf.scopes[scope].apps[namespace] {
                if let current, instances.contains(current) {
                    namespace = current
                } else if !instances.contains(namespace) {
                    namespace = instances[0]
                }
            }
            if namespace != current { currentPath = nil }
            guard let child = compiled.conf.scopes[scope].namespaces[namespace] else {
                throw Self.unknownNamespace(namespace, inside: resolved)
            }
            resolved.append(namespace)
            scope = child
        }
        return scope
    }

    private static func unknownNamespace(_ namespace: String, inside resolved: [String]) -> NoReverseMatch {
        var message = "\(PythonFormatting.repr(string: namespace)) is not a registered namespace"
        if !resolved.isEmpty { message += " inside '\(resolved.joined(separator: ":"))'" }
        return NoReverseMatch(.unknownNamespace, message: message)
    }
}
