import ReinhardtUtils
/// The cookies a client sent, parsed from its `Cookie:` header exactly as Django's
/// `parse_cookie()`: the type of `request.cookies`.
///
/// Cookies keep the order in which a name first appeared; when a name repeats, the **last** value
/// wins (it is a Python `dict`). Names compare by Unicode scalars, as in Python.
///
/// ```swift
/// let cookies = Cookies(parsing: #"sessionid=abc; theme="dark mode"; theme=light"#)
/// cookies["sessionid"]  // "abc"
/// cookies["theme"]      // "light"
/// ```
public struct Cookies: Sendable, Equatable, Sequence {
    /// The cookies, in the order their names first appeared.
    private var storage: [(name: String, value: String)] = []

    /// No cookies.
    public init() {}

    /// Parses a `Cookie:` header value (Django's `parse_cookie`).
    ///
    /// The header is split at every `;` (quoted or not); each chunk at its first `=` (a chunk
    /// without `=` is a value with the empty name, as browsers treat it); name and value are
    /// stripped of whitespace; chunks where both are empty are skipped; a value in double quotes is
    /// unquoted as Python's `http.cookies` does. Nothing is rejected: parsing never fails.
    ///
    /// - Parameter header: The `Cookie` header value; several headers should be joined with `"; "`.
    public init(parsing header: String) {
        for chunk in ExactText.split(header[...], at: UInt8(ascii: ";")) {
            let (name, value) = Self.splitChunk(chunk)
            guard !name.isEmpty || !value.isEmpty else { continue }
            self[String(name)] = CookieQuoting.unquote(value)
        }
    }

    /// Splits `name=value` at the first `=`, stripping both parts as Python's `str.strip()`.
    private static func splitChunk(_ chunk: Substring) -> (name: Substring, value: Substring) {
        guard let equals = chunk.utf8.firstIndex(of: UInt8(ascii: "=")) else {
            return ("", PythonText.strip(chunk))
        }
        let name = chunk[..<equals]
        let value = chunk[chunk.utf8.index(after: equals)...]
        return (PythonText.strip(name), PythonText.strip(value))
    }

    /// The number of cookies.
    public var count: Int { storage.count }

    /// Whether there are no cookies.
    public var isEmpty: Bool { storage.isEmpty }

    /// The cookie names, in order.
    public var names: [String] { storage.map(\.name) }

    /// The value of cookie `name`, or `nil`. Setting a value replaces it in place (or adds the
    /// cookie at the end); setting `nil` removes it.
    public subscript(name: String) -> String? {
        get { storage.first { ExactText.equal($0.name, name) }?.value }
        set {
            let position = storage.firstIndex { ExactText.equal($0.name, name) }
            switch (position, newValue) {
            case let (position?, value?): storage[position].value = value
            case let (position?, nil): storage.remove(at: position)
            case let (nil, value?): storage.append((name: name, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Whether a cookie called `name` was sent.
    public func contains(_ name: String) -> Bool {
        self[name] != nil
    }

    /// An iterator over `(name:value:)` pairs, in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        storage.makeIterator()
    }

    /// Whether both hold the same names with the same values, in any order (Python `dict` equality).
    public static func == (lhs: Cookies, rhs: Cookies) -> Bool {
        lhs.count == rhs.count
            && lhs.storage.allSatisfy { cookie in rhs[cookie.name].map { ExactText.equal($0, cookie.value) } ?? false }
    }
}

/// Parses a `Cookie:` header value exactly as Django's `parse_cookie()`; see ``Cookies/init(parsing:)``.
///
/// - Parameter header: The `Cookie` header value.
/// - Returns: The cookies, last duplicate winning.
public func parseCookies(_ header: String) -> Cookies {
    Cookies(parsing: header)
}
