/// Everything a ``URLResolver`` compiled from its entries, apart from the endpoints themselves:
/// the patterns, the routes they form, the literal-prefix index for resolving and the namespace
/// scopes for reversing.
@usableFromInline
struct CompiledURLConf: Sendable {
    /// Every pattern and include prefix, in declaration order.
    var elements: [CompiledElement] = []
    /// Every endpoint route (the chain of prefixes ending in a pattern), in declaration order —
    /// which is also Django's first-match order.
    var leaves: [Leaf] = []
    /// The URLconf as a tree, for Django's step-by-step walk (`resolveWithTried`).
    var roots: [ConfNode] = []
    /// Leaf indices keyed by the literal text each route starts with.
    var trie = LiteralTrie()
    /// Reverse lookup tables; index 0 is the root namespace.
    var scopes: [ReverseScope] = []
}
