/// Ordered keyword arguments with Python `dict` semantics: merging keeps a key's first position and
/// takes the later value.
enum KeywordArguments {
    /// `{**base, **overrides}` in Python.
    static func merging(
        _ base: [(name: String, value: any Sendable)], _ overrides: [(name: String, value: any Sendable)]
    ) -> [(name: String, value: any Sendable)] {
        if overrides.isEmpty { return base }
        if base.isEmpty { return overrides }
        var result = base
        for (name, value) in overrides {
            if let index = result.firstIndex(where: { $0.name == name }) {
                result[index].value = value
            } else {
                result.append((name, value))
            }
        }
        return result
    }
}
