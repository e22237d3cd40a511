/// How one converter finds the text it may capture.
///
/// The built-in converters scan bytes by hand (each is a character class repeated, or the fixed UUID
/// shape); a custom converter runs its own regex, compiled once.
enum ComponentScanner: Sendable {
    /// `[0-9]+`
    case digits
    /// `[^/]+`
    case notSlash
    /// `[-a-zA-Z0-9_]+`
    case slug
    /// `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`
    case uuid
    /// `.+` (Python's `.` stops only at `\n`)
    case anyButNewline
    /// A custom converter's regex.
    case pattern(CompiledRegex)

    /// The end of the longest run of accepted bytes from `start`, for the repeated-class scanners.
    func longestRun(in input: PathInput, from start: Int) -> Int {
        var end = start
        while end < input.count, accepts(input.bytes[end]) {
            end += 1
        }
        return end
    }

    /// Whether a repeated-class scanner accepts this byte. Multi-byte code points are accepted or
    /// rejected as a whole because `/` and `\n` never occur inside one.
    private func accepts(_ byte: UInt8) -> Bool {
        switch self {
        case .digits: return byte >= 0x30 && byte <= 0x39
        case .notSlash: return byte != 0x2F
        case .anyButNewline: return byte != 0x0A
        case .slug: return Self.isSlugByte(byte)
        case .uuid, .pattern: return false
        }
    }

    private static func isSlugByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: return true
        default: return false
        }
    }

    /// Whether a lowercase hyphenated UUID starts at `start`.
    static func matchesUUID(in input: PathInput, at start: Int) -> Bool {
        guard start + 36 <= input.count else { return false }
        for position in 0..<36 {
            let byte = input.bytes[start + position]
            if position == 8 || position == 13 || position == 18 || position == 23 {
                if byte != 0x2D { return false }
            } else if !((byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66)) {
                return false
            }
        }
        return true
    }
}
