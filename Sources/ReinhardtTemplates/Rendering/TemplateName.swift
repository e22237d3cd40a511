/// A variable or key name with its hash computed once, so lookups compare integers before text.
///
/// Templates hash the names they read at compile time; contexts and dictionaries hash their keys
/// when they are stored. The hash is FNV-1a over the UTF-8 bytes: cheap for the short names
/// templates use, and stable, so a template compiled once matches keys hashed at any later time.
struct TemplateName: Sendable, Equatable {
    /// The name as written.
    let text: String
    /// The FNV-1a hash of `text`'s UTF-8 bytes.
    let hash: Int

    /// `text` with its hash.
    init(_ text: String) {
        self.text = text
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        self.hash = Int(truncatingIfNeeded: hash)
    }

    /// Whether both name the same text (the hashes are compared first).
    @inline(__always)
    static func == (lhs: TemplateName, rhs: TemplateName) -> Bool {
        lhs.hash == rhs.hash && lhs.text == rhs.text
    }
}
