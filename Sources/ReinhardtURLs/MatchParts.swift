/// Everything in a ``ResolverMatch`` except the endpoint.
struct MatchParts {
    let args: [any Sendable]
    let kwargs: [(name: String, value: any Sendable)]
    let capturedKwargs: [(name: String, value: any Sendable)]
    let raw: RawCaptures
    let leaf: Leaf
}

/// The text of each named capture: computed while matching (regex chains), or recomputed on demand
/// from the matched path by the leaf's ``RoutePlan``.
enum RawCaptures: Sendable {
    case texts([(name: String, value: String)])
    case path(String)
}
