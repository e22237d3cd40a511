/// Everything in a ``ResolverMatch`` except the endpoint.
struct MatchParts {
    let args: [any Sendable]
    let kwargs: [(name: String, value: any Sendable)]
    let capturedKwargs: [(name: String, value: any Sendable)]
    let rawKwargs: [(name: String, value: String)]
    let urlName: String?
    let leaf: Leaf
}
