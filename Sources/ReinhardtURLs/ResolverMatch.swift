/// The result of resolving a path: the endpoint to call and everything Django's `ResolverMatch`
/// carries (`request.resolver_match`).
public struct ResolverMatch<Endpoint: Sendable>: Sendable {
    /// The matched pattern's endpoint (the view).
    public let endpoint: Endpoint
    /// Positional arguments: only from `re_path()` patterns with unnamed groups and no named ones.
    /// A group that did not take part in the match is `String?.none` (Python's `None`).
    public let args: [any Sendable]
    /// Keyword arguments in Django's order: captures from enclosing `include()` prefixes, then their
    /// defaults, then the endpoint's captures and defaults. Values are converted (`<int:id>` gives `Int`).
    public let kwargs: [(name: String, value: any Sendable)]
    /// Every named capture along the route, outermost first, converted (no defaults).
    public let capturedKwargs: [(name: String, value: any Sendable)]
    /// The text each named capture matched, in the same order as ``capturedKwargs``.
    public var rawKwargs: [(name: String, value: String)] {
        switch raw {
        case .texts(let texts): return texts
        case .path(let path): return leaf.plan?.rawCaptures(path) ?? []
        }
    }
    /// The pattern's name (`name:` of `path()`), if it has one.
    public var urlName: String? { leaf.urlName }
    /// Application namespaces of the enclosing includes, outermost first.
    public var appNames: [String] { leaf.appNames }
    /// Instance namespaces of the enclosing includes, outermost first.
    public var namespaces: [String] { leaf.namespaces }
    /// The route: every enclosing include's route joined with the endpoint's (Django's
    /// `resolver_match.route`, e.g. `"blog/<int:pk>/"`).
    public var route: String { leaf.route }

    /// The matched leaf: its route, names and namespaces are computed once, when the resolver is built.
    @usableFromInline let leaf: Leaf
    /// The captured texts, or what to recompute them from.
    @usableFromInline let raw: RawCaptures

    /// The application namespaces joined with `":"`; empty when there are none.
    public var appName: String { appNames.joined(separator: ":") }

    /// The instance namespaces joined with `":"`; empty when there are none.
    public var namespace: String { namespaces.joined(separator: ":") }

    /// The name to pass to `reverse()` for this match: namespaces and URL name joined with `":"`
    /// (`"blog:post-detail"`). Without a URL name, the endpoint's description stands in, as Django
    /// uses the view's dotted path.
    public var viewName: String {
        (namespaces + [urlName ?? String(describing: endpoint)]).joined(separator: ":")
    }

    @inlinable
    init(endpoint: Endpoint, parts: MatchParts) {
        self.endpoint = endpoint
        args = parts.args
        kwargs = parts.kwargs
        capturedKwargs = parts.capturedKwargs
        raw = parts.raw
        leaf = parts.leaf
    }

    /// The value of a keyword argument.
    /// - Parameter name: The argument's name.
    /// - Returns: Its value, or `nil` when there is no such argument.
    public func kwarg(_ name: String) -> (any Sendable)? {
        kwargs.first { $0.name == name }?.value
    }
}
