import ReinhardtUtils
extension QueryDict {
    /// Encodes the query dict as a query string, exactly as Django's `QueryDict.urlencode(safe)`.
    ///
    /// Every value becomes its own `key=value` field, keys in order. Without `safe`, encoding is
    /// `quote_plus`: a space becomes `+` and everything but ASCII letters, digits and `_.-~` becomes
    /// `%XX`. With `safe`, encoding is `quote`: a space becomes `%20`, and the (ASCII) characters of
    /// `safe` are left as they are.
    ///
    /// ```swift
    /// var query = QueryDict()
    /// query["next"] = "/a&b/"
    /// query.urlencode()            // "next=%2Fa%26b%2F"
    /// query.urlencode(safe: "/")   // "next=/a%26b/"
    /// ```
    ///
    /// - Parameter safe: Characters not to escape; non-ASCII characters in it are ignored, as in
    ///   Python.
    /// - Returns: The encoded query string, without a leading `?`.
    public func urlencode(safe: String = "") -> String {
        let safeSet = ByteSet(safe)
        let plus = safe.isEmpty
        var fields: [String] = []
        for entry in entries {
            let key = PercentCoding.quote(entry.key, safe: safeSet, spaceAsPlus: plus)
            for value in entry.values {
                fields.append(key + "=" + PercentCoding.quote(value, safe: safeSet, spaceAsPlus: plus))
            }
        }
        return fields.joined(separator: "&")
    }
}
