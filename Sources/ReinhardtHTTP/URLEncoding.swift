import ReinhardtUtils
/// Encodes key–value pairs as a query string, exactly as Django's `django.utils.http.urlencode()`
/// with single values: `quote_plus` on keys and values (a space becomes `+`, everything but ASCII
/// letters, digits and `_.-~` becomes `%XX`).
///
/// ```swift
/// urlencode([("q", "swift & django"), ("page", "2")])   // "q=swift+%26+django&page=2"
/// ```
///
/// - Parameter pairs: The pairs, in output order; keys may repeat.
/// - Returns: The query string, without a leading `?`.
public func urlencode(_ pairs: some Sequence<(String, String)>) -> String {
    pairs.map { encodeQueryField($0.0, $0.1) }.joined(separator: "&")
}

/// Encodes keys with lists of values as a query string, exactly as Django's
/// `django.utils.http.urlencode(query, doseq)`.
///
/// With `doseq: true` each value becomes its own `key=value` field and a key with no values is left
/// out. With `doseq: false` the list itself is the value, written as Python writes a list
/// (`['a', 'b']`) — Django's behaviour, rarely what you want.
///
/// ```swift
/// urlencode([("tag", ["a", "b"])], doseq: true)    // "tag=a&tag=b"
/// urlencode([("tag", ["a", "b"])], doseq: false)   // "tag=%5B%27a%27%2C+%27b%27%5D"
/// ```
///
/// - Parameters:
///   - query: Keys with their values, in output order.
///   - doseq: Whether to expand the value lists (Django's `doseq`).
/// - Returns: The query string, without a leading `?`.
public func urlencode(_ query: some Sequence<(String, [String])>, doseq: Bool) -> String {
    var fields: [String] = []
    for (key, values) in query {
        if doseq {
            fields.append(contentsOf: values.map { encodeQueryField(key, $0) })
        } else {
            fields.append(encodeQueryField(key, PythonText.repr(values)))
        }
    }
    return fields.joined(separator: "&")
}

/// Encodes a ``QueryDict`` as Django's `urlencode(query_dict, doseq)` does (it uses the value lists).
///
/// - Parameters:
///   - query: The query dict.
///   - doseq: Whether to expand the value lists (Django's `doseq`).
/// - Returns: The query string, without a leading `?`.
public func urlencode(_ query: QueryDict, doseq: Bool) -> String {
    urlencode(query.map { ($0.key, $0.values) }, doseq: doseq)
}

/// One `quote_plus(key)=quote_plus(value)` field.
private func encodeQueryField(_ key: String, _ value: String) -> String {
    PercentCoding.quote(key, safe: ByteSet(), spaceAsPlus: true) + "="
        + PercentCoding.quote(value, safe: ByteSet(), spaceAsPlus: true)
}
