/// Everything in a ``ResolverMatch`` except the endpoint.
@usableFromInline
struct MatchParts {
    @usableFromInline let args: [any Sendable]
    @usableFromInline let kwargs: [(name: String, value: any Sendable)]
    @usableFromInline let capturedKwargs: [(name: String, value: any Sendable)]
    @usableFromInline let raw: RawCaptures
    @usableFromInline let leaf: Leaf
}

/// The text of each named capture: computed while matching (regex chains), or recomputed on demand
/// from the matched path by the leaf's ``RoutePlan``.
@usableFromInline
enum RawCaptures: Sendable {
    case texts([(name: String, value: String)])
    case path(String)
}
