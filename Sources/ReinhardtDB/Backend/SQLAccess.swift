/// Whether a statement only reads: on SQLite, reads go to reader connections and everything
/// else to the single writer, so writes are serialized.
enum SQLAccess: Sendable {
    /// A statement that cannot change data (`SELECT`, `EXPLAIN`, `VALUES`).
    case read
    /// Anything else, including `WITH …` (it may wrap `INSERT`) and `PRAGMA`.
    case write

    private static let readKeywords: Set<String> = ["SELECT", "EXPLAIN", "VALUES"]

    /// Classifies `sql` by its first keyword.
    init(sql: String) {
        self = Self.readKeywords.contains(Self.firstKeyword(of: sql)) ? .read : .write
    }

    /// The first word of `sql`, upper-cased, skipping whitespace, `(` and `--` / `/* */` comments.
    /// Keywords are ASCII, so this reads bytes: a statement that starts with anything else has
    /// an empty keyword.
    static func firstKeyword(of sql: String) -> String {
        var bytes = Substring(sql).utf8
        while true {
            bytes = bytes.drop { isSpace($0) || $0 == UInt8(ascii: "(") }
            if bytes.starts(with: "--".utf8) {
                bytes = bytes.drop { $0 != UInt8(ascii: "\n") }
            } else if bytes.starts(with: "/*".utf8) {
                bytes = bytes.dropFirst(2)
                while !bytes.isEmpty, !bytes.starts(with: "*/".utf8) { bytes = bytes.dropFirst() }
                bytes = bytes.dropFirst(2)
            } else {
                break
            }
        }
        let word = bytes.prefix { isLetter($0) }
        return String(decoding: word.map { $0 & ~0x20 }, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
