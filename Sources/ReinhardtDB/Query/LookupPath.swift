/// Django's lookup-path spelling: names joined by `__` (`category__name__icontains`).
enum LookupPath {
    /// The names of `path`, empty ones kept (`a____b` → `a`, ``, `b`). Scans the bytes once; a path
    /// without `__`, the common case, is returned as it is.
    static func parts(of path: String) -> [String] {
        let bytes = path.utf8
        var parts: [String] = []
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == underscore, next != bytes.endIndex, bytes[next] == underscore {
                parts.append(String(path[start..<index]))
                start = bytes.index(after: next)
                index = start
            } else {
                index = next
            }
        }
        if parts.isEmpty { return [path] }
        parts.append(String(path[start...]))
        return parts
    }

    private static let underscore = UInt8(ascii: "_")
}
