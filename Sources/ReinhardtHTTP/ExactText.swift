/// Code-point-exact string comparison, as Python compares `str` values.
///
/// Swift's `String ==` treats canonically equivalent strings as equal (`"é"` and `"e\u{301}"`);
/// Python, and so Django, does not. Keys, hosts and cookie names compare with these helpers so that
/// lookups behave exactly as in Django.
enum ExactText {
    /// Whether `a` and `b` hold the same Unicode scalars.
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        let count = a.utf8.count
        guard count == b.utf8.count else { return false }
        let result = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right in
                left.elementsEqual(right)
            }
        }
        return (result ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    /// Whether `text` ends with exactly the scalars of `suffix`.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let textBytes = text.utf8
        let suffixBytes = suffix.utf8
        guard textBytes.count >= suffixBytes.count else { return false }
        return textBytes.suffix(suffixBytes.count).elementsEqual(suffixBytes)
    }

    /// Whether `text` starts with exactly the scalars of `prefix`.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        text.utf8.starts(with: prefix.utf8)
    }
}

/// A dictionary key that hashes and compares a string by its UTF-8 bytes (see ``ExactText``).
struct ExactKey: Hashable, Sendable {
    /// The wrapped string.
    let string: String

    static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
        ExactText.equal(lhs.string, rhs.string)
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = string.utf8.withContiguousStorageIfAvailable { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
        if hashed == nil {
            Array(string.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}

extension ExactText {
    /// Splits at every occurrence of an ASCII `separator`, like Python's `str.split(sep)`.
    ///
    /// Unlike `String.split(separator:)`, which works on grapheme clusters, this also splits where
    /// the separator is followed by a combining mark (`";\u{301}"` is one `Character`).
    static func split(_ text: Substring, at separator: UInt8) -> [Substring] {
        let utf8 = text.utf8
        var parts: [Substring] = []
        var start = utf8.startIndex
        while let end = utf8[start...].firstIndex(of: separator) {
            parts.append(Substring(utf8[start..<end]))
            start = utf8.index(after: end)
        }
        parts.append(Substring(utf8[start...]))
        return parts
    }

    /// Whether `text` contains the ASCII byte `byte`.
    static func contains(_ text: Substring, _ byte: UInt8) -> Bool {
        firstIndex(of: byte, in: text) != nil
    }

    /// Where the ASCII byte `byte` first occurs in `text`, searched over the string's UTF-8 storage
    /// (the generic `utf8.firstIndex(of:)` walks index by index, which costs on every request).
    static func firstIndex(of byte: UInt8, in text: Substring) -> Substring.Index? {
        let utf8 = text.utf8
        guard let offset = utf8.withContiguousStorageIfAvailable({ $0.firstIndex(of: byte) }) else {
            return utf8.firstIndex(of: byte)
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// `text` with every `from` byte replaced by `to` (both ASCII), like Python's `str.replace`.
    static func replacing(_ from: UInt8, with to: UInt8, in text: String) -> String {
        guard text.utf8.contains(from) else { return text }
        return String(decoding: text.utf8.map { $0 == from ? to : $0 }, as: UTF8.self)
    }
}
