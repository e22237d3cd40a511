import ReinhardtUtils

/// Filters on sequences: first, last, join, length, slice, sorting.
extension Filters {
    static func first(_ value: TemplateValue) throws -> TemplateValue {
        try subscriptable(value).first ?? .string("")
    }

    static func last(_ value: TemplateValue) throws -> TemplateValue {
        try subscriptable(value).last ?? .string("")
    }

    static func length(_ value: TemplateValue) -> TemplateValue { .int(value.pythonLength ?? 0) }

    static func random(_ value: TemplateValue) throws -> TemplateValue {
        try subscriptable(value).randomElement() ?? .string("")
    }

    static func join(_ value: TemplateValue, _ argument: TemplateValue?, autoescape: Bool) -> TemplateValue {
        guard let items = value.pythonElements, let separator = argument else { return value }
        guard items.allSatisfy(\.isString) || autoescape, separator.isString || autoescape else { return value }
        if autoescape {
            let escapedSeparator = escape(separator).pythonString
            return .safeString(items.map { escape($0).pythonString }.joined(separator: escapedSeparator))
        }
        return .safeString(items.map(\.pythonString).joined(separator: separator.pythonString))
    }

    /// `slice:"start:stop:step"` with Python's slice semantics; an unreadable argument returns the value.
    static func slice(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        var bounds: [Int?] = []
        for part in argumentText(argument).split(separator: ":", omittingEmptySubsequences: false) {
            if part.isEmpty {
                bounds.append(nil)
            } else {
                guard let number = PythonInt.parse(String(part)) else { return value }
                bounds.append(number)
            }
        }
        guard (1...3).contains(bounds.count) else { return value }
        let (start, stop, step): (Int?, Int?, Int?) =
            bounds.count == 1 ? (nil, bounds[0], nil) : (bounds[0], bounds[1], bounds.count == 3 ? bounds[2] : nil)
        guard step != 0 else { return value }
        switch value {
        case .list(let items):
            return .list(PythonSlice.indices(count: items.count, start, stop, step).map { items[$0] })
        case .string(let source), .safeString(let source):
            let scalars = Array(source.unicodeScalars)
            let picked = PythonSlice.indices(count: scalars.count, start, stop, step).map { scalars[$0] }
            return .text(String(String.UnicodeScalarView(picked)), isSafe: value.isSafe)
        default:
            return value
        }
    }

    /// `dictsort`/`dictsortreversed`: sorted by a key path; `""` when the key is missing or the
    /// values do not compare.
    static func dictsort(_ value: TemplateValue, _ argument: TemplateValue?, reversed: Bool) -> TemplateValue {
        let path = argumentText(argument)
        guard let items = value.pythonElements, !path.isEmpty else { return .string("") }
        if path.contains("._") || path.hasPrefix("_") { return .string("") }
        if let index = argument.flatMap({ if case .int(let number) = $0 { number } else { nil } }) {
            return sortedByIndex(items, index, reversed: reversed)
        }
        let isIndex = PythonFloat.parse(path) != nil
        var keyed: [(key: TemplateValue, item: TemplateValue)] = []
        for item in items {
            guard let key = isIndex ? itemKey(item, path) : keyPath(item, path) else { return .string("") }
            keyed.append((key, item))
        }
        for index in keyed.indices.dropFirst() where keyed[index].key.pythonCompare(keyed[0].key) == nil {
            return .string("")
        }
        let sorted = keyed.enumerated().sorted { a, b in
            let order = a.element.key.pythonCompare(b.element.key) ?? 0
            if order != 0 { return reversed ? order > 0 : order < 0 }
            return a.offset < b.offset
        }
        return .list(sorted.map(\.element.item))
    }

    /// `dictsort:0`: sorted by the element at an integer index of each item.
    private static func sortedByIndex(_ items: [TemplateValue], _ index: Int, reversed: Bool) -> TemplateValue {
        var keyed: [(TemplateValue, TemplateValue)] = []
        for item in items {
            guard case .list(let fields) = item, fields.indices.contains(index) else { return .string("") }
            keyed.append((fields[index], item))
        }
        return sortKeyed(keyed, reversed: reversed)
    }

    private static func sortKeyed(_ keyed: [(TemplateValue, TemplateValue)], reversed: Bool) -> TemplateValue {
        for entry in keyed.dropFirst() where entry.0.pythonCompare(keyed[0].0) == nil { return .string("") }
        let sorted = keyed.enumerated().sorted { a, b in
            let order = a.element.0.pythonCompare(b.element.0) ?? 0
            if order != 0 { return reversed ? order > 0 : order < 0 }
            return a.offset < b.offset
        }
        return .list(sorted.map(\.element.1))
    }

    /// `itemgetter(path)`: a dictionary key only (lists take no string index).
    private static func itemKey(_ item: TemplateValue, _ path: String) -> TemplateValue? {
        guard case .dictionary(let dictionary) = item else { return nil }
        return dictionary[path]
    }

    private static func keyPath(_ item: TemplateValue, _ path: String) -> TemplateValue? {
        var current = item
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            // Django's sort-key resolver does not call methods: a string's method cannot be a key.
            if current.isString { return nil }
            let lookup = Variable.Lookup(String(part))
            guard let next = Variable.lookUp(lookup, in: current) else { return nil }
            current = next
        }
        return current
    }

    /// `value[...]` targets: lists and strings (characters); anything else is Python's `TypeError`.
    private static func subscriptable(_ value: TemplateValue) throws -> [TemplateValue] {
        switch value {
        case .list(let items): return items
        case .string, .safeString: return value.pythonElements ?? []
        case .dictionary: throw TemplateError(TemplateError.Kind("KeyError"), "0")
        case .object(let object) where object.templateElements != nil: return object.templateElements!
        default: throw TemplateError(.typeError, "'\(value.pythonTypeName)' object is not subscriptable")
        }
    }
}

/// Python's `slice.indices`: the positions `sequence[start:stop:step]` selects.
enum PythonSlice {
    static func indices(count: Int, _ start: Int?, _ stop: Int?, _ step: Int?) -> [Int] {
        let step = step ?? 1
        func clamp(_ value: Int?, _ defaultValue: Int, lower: Int, upper: Int) -> Int {
            guard var value else { return defaultValue }
            if value < 0 { value += count }
            return Swift.min(Swift.max(value, lower), upper)
        }
        if step > 0 {
            let from = clamp(start, 0, lower: 0, upper: count)
            let to = clamp(stop, count, lower: 0, upper: count)
            return from < to ? Array(Swift.stride(from: from, to: to, by: step)) : []
        }
        let from = clamp(start, count - 1, lower: -1, upper: count - 1)
        let to = clamp(stop, -1, lower: -1, upper: count - 1)
        return from > to ? Array(Swift.stride(from: from, to: to, by: step)) : []
    }
}
