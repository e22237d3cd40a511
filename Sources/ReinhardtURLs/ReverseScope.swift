/// The reverse lookup tables of one namespace (Django's `reverse_dict`, `namespace_dict` and
/// `app_dict` of a resolver).
struct ReverseScope: Sendable {
    /// Candidates by URL name, last-declared first (Django tries them in that order).
    var lookups: [String: [ReverseCandidate]] = [:]
    /// Child scopes by instance namespace.
    var namespaces: [String: Int] = [:]
    /// Instance namespaces by application namespace, last-deployed first.
    var apps: [String: [String]] = [:]
}
