/// A string-keyed dictionary that keeps insertion order, as Python's `dict` does.
///
/// Entries live in one array in insertion order, each key hashed once when stored. Up to
/// ``linearLimit`` entries a lookup scans them comparing hashes — the common case of a record of a
/// few fields costs no hashing of the key being looked up, which a template hashed when it was
/// compiled. Larger dictionaries also keep an index from key to position.
public struct TemplateDictionary: Sendable {
    private struct Entry: Sendable {
        let name: TemplateName
        var value: TemplateValue
    }

    private var entries: [Entry] = []
    /// Position of each key, kept once there are more than `linearLimit` entries.
    private var index: [String: Int]?
    /// How many entries are searched by scanning before an index is kept.
    static let linearLimit = 16

    /// An empty dictionary.
    public init() {}

    /// A dictionary of `pairs`; a repeated key keeps its first position and its last value.
    public init(_ pairs: some Sequence<(String, TemplateValue)>) {
        entries.reserveCapacity(pairs.underestimatedCount)
        for (key, value) in pairs { self[key] = value }
    }

    /// The value for `key`, or nil; setting appends new keys at the end.
    public subscript(key: String) -> TemplateValue? {
        get { self[TemplateName(key)] }
        set {
            let name = TemplateName(key)
            if let newValue { set(name, newValue) } else { remove(name) }
        }
    }

    /// The value for `name`, or nil.
    subscript(name: TemplateName) -> TemplateValue? {
        position(of: name).map { entries[$0].value }
    }

    /// The keys, in insertion order.
    public var keys: [String] { entries.map(\.name.text) }

    /// The number of entries.
    public var count: Int { entries.count }

    /// Whether there are no entries.
    public var isEmpty: Bool { entries.isEmpty }

    /// The values, in key order.
    public var values: [TemplateValue] { entries.map(\.value) }

    /// The `(key, value)` pairs, in key order.
    public var pairs: [(key: String, value: TemplateValue)] { entries.map { ($0.name.text, $0.value) } }

    private func position(of name: TemplateName) -> Int? {
        if let index { return index[name.text] }
        var position = 0
        while position < entries.count {
            if entries[position].name == name { return position }
            position += 1
        }
        return nil
    }

    private mutating func set(_ name: TemplateName, _ value: TemplateValue) {
        if let position = position(of: name) {
            entries[position].value = value
            return
        }
        entries.append(Entry(name: name, value: value))
        if index != nil {
            index![name.text] = entries.count - 1
        } else if entries.count > Self.linearLimit {
            rebuildIndex()
        }
    }

    private mutating func remove(_ name: TemplateName) {
        guard let position = position(of: name) else { return }
        entries.remove(at: position)
        if index != nil { rebuildIndex() }
    }

    private mutating func rebuildIndex() {
        guard entries.count > Self.linearLimit else { return index = nil }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() { positions[entry.name.text] = position }
        index = positions
    }
}
