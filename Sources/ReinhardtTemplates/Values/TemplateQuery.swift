import ReinhardtUtils

/// A query string's fields as templates see them — the template side of `request.query`
/// (Django's `QueryDict`), which `{% querystring %}` edits.
public struct TemplateQuery: TemplateObject {
    /// The `(key, value)` pairs, in order; a key may repeat.
    public private(set) var pairs: [(key: String, value: String)]

    /// A query holding `pairs`.
    public init(_ pairs: [(key: String, value: String)]) { self.pairs = pairs }

    /// The last value for `key`, as `QueryDict.__getitem__`.
    public func templateAttribute(_ name: String) -> TemplateValue? {
        pairs.last { $0.key == name }.map { .string($0.value) }
    }

    /// The distinct keys.
    public var templateElements: [TemplateValue]? {
        var seen: Set<String> = []
        return pairs.compactMap { seen.insert($0.key).inserted ? .string($0.key) : nil }
    }

    /// Replaces every value of `key` with `values` where the first one was (appended when new).
    mutating func setList(_ key: String, _ values: [String]) {
        guard let first = pairs.firstIndex(where: { $0.key == key }) else {
            pairs += values.map { (key, $0) }
            return
        }
        var rest = pairs.enumerated().filter { $0.offset != first && $0.element.key != key }.map(\.element)
        rest.insert(contentsOf: values.map { (key, $0) }, at: min(first, rest.count))
        pairs = rest
    }

    /// Removes `key`.
    mutating func remove(_ key: String) { pairs.removeAll { $0.key == key } }

    /// `key=value&…`, encoded as Django's `QueryDict.urlencode()` (`quote_plus`).
    public func urlencoded() -> String {
        pairs.map { PercentCoding.quote($0.key, safe: ByteSet(), spaceAsPlus: true) + "=" + PercentCoding.quote($0.value, safe: ByteSet(), spaceAsPlus: true) }
            .joined(separator: "&")
    }

    /// `<QueryDict: {...}>`, as Django prints one.
    public var templateDescription: String {
        var grouped: [(String, [String])] = []
        for (key, value) in pairs {
            if let index = grouped.firstIndex(where: { $0.0 == key }) { grouped[index].1.append(value) } else { grouped.append((key, [value])) }
        }
        let body = grouped.map { PythonText.repr($0.0) + ": " + PythonText.repr($0.1) }.joined(separator: ", ")
        return "<QueryDict: {\(body)}>"
    }
}

/// `{% querystring [query] key=value … [as name] %}`: the current query string with some keys
/// replaced, added or (with `None`) removed — Django 5.2's `querystring` tag.
enum QueryStringTag {
    static func render(_ arguments: TagArguments) throws -> TemplateValue {
        var original: TemplateQuery
        if let given = arguments.positional.first {
            guard case .object(let object) = given, let query = object as? TemplateQuery else {
                throw TemplateError(TemplateError.Kind("AttributeError"), "'\(given.pythonTypeName)' object has no attribute 'urlencode'")
            }
            original = query
        } else {
            guard let request = arguments.context.request, case .object(let object)? = request.templateAttribute("GET"),
                let query = object as? TemplateQuery
            else {
                throw TemplateError(TemplateError.Kind("AttributeError"), "'Context' object has no attribute 'request'")
            }
            original = query
        }
        var query = original
        for (key, value) in arguments.keywords {
            switch value {
            case .none: query.remove(key)
            case .list(let items): query.setList(key, items.map(\.pythonString))
            default: query.setList(key, [value.pythonString])
            }
        }
        if query.pairs.isEmpty && original.pairs.isEmpty { return .string("") }
        return .string("?" + query.urlencoded())
    }
}
