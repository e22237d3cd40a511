/// What one pattern or prefix matched: where the match ends and what it captured.
struct ElementMatch {
    /// The byte offset after the match; the rest of the path goes to the next pattern.
    var end: Int
    /// Positional captures (unnamed regex groups, when there are no named ones).
    var args: [any Sendable] = []
    /// Named captures, converted, in pattern order.
    var kwargs: [(name: String, value: any Sendable)] = []
    /// The text of each named capture.
    var raw: [(name: String, value: String)] = []
}
