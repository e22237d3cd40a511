/// One pattern `reverse()` may use for a name.
struct ReverseCandidate: Sendable {
    /// The leaf.
    let leaf: Int
    /// Defaults of the pattern and of the un-namespaced includes around it within the scope.
    let defaults: [(name: String, value: any Sendable)]
}
