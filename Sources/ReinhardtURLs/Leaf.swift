/// An endpoint with the include prefixes leading to it.
@usableFromInline
final class Leaf: Sendable {
    /// Element indices: enclosing include prefixes outermost first, then the pattern.
    let chain: [Int]
    /// Django's `resolver_match.route` for this leaf.
    let route: String
    /// Application namespaces of the enclosing includes.
    let appNames: [String]
    /// Instance namespaces of the enclosing includes.
    let namespaces: [String]
    /// The endpoint pattern's URL name.
    let urlName: String?
    /// The hot-path matcher, when every element is a `path()` route.
    let plan: RoutePlan?
    /// Whether any element is a regex.
    let usesRegex: Bool
    /// How to reverse the leaf; `nil` when the route cannot be reversed.
    let reverse: LeafReverse?

    init(
        chain: [Int], route: String, appNames: [String], namespaces: [String], urlName: String?, plan: RoutePlan?,
        usesRegex: Bool, reverse: LeafReverse? = nil
    ) {
        self.chain = chain
        self.urlName = urlName
        self.plan = plan
        self.route = route
        self.appNames = appNames
        self.namespaces = namespaces
        self.usesRegex = usesRegex
        self.reverse = reverse
    }

    /// The same leaf with its reverse information.
    func with(reverse: LeafReverse?) -> Leaf {
        Leaf(
            chain: chain, route: route, appNames: appNames, namespaces: namespaces, urlName: urlName, plan: plan,
            usesRegex: usesRegex, reverse: reverse)
    }

    /// The endpoint pattern's element index.
    var endpointElement: Int { chain[chain.count - 1] }
}
