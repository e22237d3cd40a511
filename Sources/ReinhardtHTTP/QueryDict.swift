/// An ordered multi-value map of strings: Django's `QueryDict`, the type of `request.query` (Django's
/// `request.GET`) and of URL-encoded form data (`request.POST`).
///
/// A key may carry several values (`?tag=a&tag=b`, a `<select multiple>`). The subscript returns the
/// **last** value, as Django's `__getitem__` does; ``values(for:)`` returns them all (`getlist`).
/// Keys keep the order in which they first appeared.
///
/// ```swift
/// let query = try QueryDict(parsing: "tag=a&tag=b&q=hello+world")
/// query["tag"]                  // "b"
/// query.values(for: "tag")      // ["a", "b"]
/// query.get("page", default: "1") // "1"
/// ```
///
/// Iterating yields `(key:values:)` pairs in key order (Django's `lists()`); ``pairs`` flattens
/// them into one `(key:value:)` pair per value. Keys compare by Unicode scalars, as Python's `str`
/// does, so `"é"` and `"e\u{301}"` are two keys, as in Django. Two query dicts are equal when they
/// hold the same keys with the same value lists, whatever the key order (Django's `dict` equality).
/// Unlike Django's, a `QueryDict` is a value: there is no immutable flag, `let` makes it immutable.
public struct QueryDict: Sendable {
    /// One key and its values, in insertion order.
    ///
    /// The first value is stored inline, so the common one-value key costs no array allocation.
    struct Entry: Sendable {
        var key: String
        /// The first value; `nil` only when the key has no values.
        private var head: String?
        /// The values after the first.
        private var tail: [String] = []

        init(key: String, values: [String]) {
            self.key = key
            self.values = values
        }

        init(key: String, value: String) {
            self.key = key
            head = value
        }

        /// All values, in order.
        var values: [String] {
            get { head.map { [$0] + tail } ?? [] }
            set {
                head = newValue.first
                tail = newValue.count > 1 ? Array(newValue.dropFirst()) : []
            }
        }

        /// The last value, without building the array.
        var lastValue: String? { tail.last ?? head }

        /// Appends a value.
        mutating func append(_ value: String) {
            if head == nil { head = value } else { tail.append(value) }
        }
    }

    /// Up to this many keys, lookups scan the entries; beyond it they use ``index``.
    static let linearLookupLimit = 8

    /// The keys and their values, in first-insertion order.
    private(set) var entries: [Entry] = []
    /// Key → position in ``entries``; only maintained once there are more than
    /// ``linearLookupLimit`` entries.
    private var index: [ExactKey: Int] = [:]

    /// Creates an empty query dict.
    public init() {}

    /// Creates a query dict from key–value pairs, appending each value in order.
    ///
    /// - Parameter pairs: The pairs; a repeated key gets several values.
    public init(_ pairs: some Sequence<(String, String)>) {
        for (key, value) in pairs { append(value, for: key) }
    }

    /// The number of distinct keys (Django's `len()`).
    public var count: Int { entries.count }

    /// Whether there are no keys.
    public var isEmpty: Bool { entries.isEmpty }

    /// The keys, in the order they were first added.
    public var keys: [String] { entries.map(\.key) }

    /// Every value as its own `(key:value:)` pair, keys in order and values in order within a key.
    public var pairs: [(key: String, value: String)] {
        entries.flatMap { entry in entry.values.map { (key: entry.key, value: $0) } }
    }

    /// Whether `key` is present (even with an empty value list).
    public func contains(_ key: String) -> Bool {
        position(of: key) != nil
    }

    /// The last value for `key`, or `nil` when the key is absent or has no values.
    ///
    /// Setting a value replaces all values of the key with that one value (Django's
    /// `q[key] = value`); setting `nil` removes the key.
    public subscript(key: String) -> String? {
        get { position(of: key).flatMap { entries[$0].lastValue } }
        set {
            if let newValue { set([newValue], for: key) } else { removeAll(for: key) }
        }
    }

    /// The last value for `key`, or `defaultValue` when there is none (Django's `get()`).
    public func get(_ key: String, default defaultValue: String) -> String {
        self[key] ?? defaultValue
    }

    /// All values for `key`, in order; empty when the key is absent (Django's `getlist()`).
    public func values(for key: String) -> [String] {
        position(of: key).map { entries[$0].values } ?? []
    }

    /// Appends `value` to the values of `key`, adding the key at the end if it is new
    /// (Django's `appendlist()`).
    public mutating func append(_ value: String, for key: String) {
        if let position = position(of: key) {
            entries[position].append(value)
        } else {
            insert(Entry(key: key, value: value))
        }
    }

    /// Replaces all values of `key`; a new key goes at the end (Django's `setlist()`).
    ///
    /// An empty array keeps the key with no values, as Django does.
    public mutating func set(_ values: [String], for key: String) {
        if let position = position(of: key) {
            entries[position].values = values
        } else {
            insert(Entry(key: key, values: values))
        }
    }

    /// Removes `key` and returns its values (empty if it was absent) — Django's `pop()`.
    @discardableResult
    public mutating func removeAll(for key: String) -> [String] {
        guard let position = position(of: key) else { return [] }
        let removed = entries.remove(at: position)
        rebuildIndex()
        return removed.values
    }

    /// Reserves room for about `keyCount` keys (capped, since repeated keys are common).
    mutating func reserveCapacity(_ keyCount: Int) {
        entries.reserveCapacity(Swift.min(keyCount, 64))
    }

    /// The position of `key` in ``entries``.
    @inline(__always)
    private func position(of key: String) -> Int? {
        if entries.count > Self.linearLookupLimit {
            return index[ExactKey(string: key)]
        }
        return entries.firstIndex { ExactText.equal($0.key, key) }
    }

    /// Appends a new entry, keeping the index in step.
    private mutating func insert(_ entry: Entry) {
        entries.append(entry)
        if entries.count == Self.linearLookupLimit + 1 {
            rebuildIndex()
        } else if entries.count > Self.linearLookupLimit + 1 {
            index[ExactKey(string: entry.key)] = entries.count - 1
        }
    }

    /// Recomputes the index after a removal or when the entries outgrow a linear scan.
    private mutating func rebuildIndex() {
        index.removeAll(keepingCapacity: true)
        guard entries.count > Self.linearLookupLimit else { return }
        for (offset, entry) in entries.enumerated() {
            index[ExactKey(string: entry.key)] = offset
        }
    }
}

extension QueryDict: Sequence {
    /// Iterates `(key:values:)` pairs in key order (Django's `lists()`).
    public struct Iterator: IteratorProtocol {
        private var base: IndexingIterator<[Entry]>

        init(_ entries: [Entry]) { base = entries.makeIterator() }

        /// The next key with all its values.
        public mutating func next() -> (key: String, values: [String])? {
            base.next().map { (key: $0.key, values: $0.values) }
        }
    }

    /// An iterator over `(key:values:)` pairs in key order.
    public func makeIterator() -> Iterator { Iterator(entries) }

    /// The number of keys, for `Array(query)` and friends.
    public var underestimatedCount: Int { entries.count }
}

extension QueryDict: Equatable {
    /// Whether both hold the same keys with the same value lists; key order is ignored, as in
    /// Django's `QueryDict.__eq__`.
    public static func == (lhs: QueryDict, rhs: QueryDict) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for entry in lhs.entries {
            guard let position = rhs.position(of: entry.key),
                rhs.entries[position].values.elementsEqual(entry.values, by: ExactText.equal)
            else { return false }
        }
        return true
    }
}

extension QueryDict: ExpressibleByDictionaryLiteral {
    /// Creates a query dict from a literal such as `["q": "swift", "page": "2"]`.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }
}

extension QueryDict: CustomStringConvertible {
    /// A debugging form like Django's repr: `<QueryDict: {"a": ["1", "2"]}>`.
    public var description: String {
        let body = entries.map { entry in
            "\"\(entry.key)\": [" + entry.values.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
        return "<QueryDict: {" + body.joined(separator: ", ") + "}>"
    }
}
