import ReinhardtUtils

/// Python's `==`, `<` and `in` on template values, as the `if` tag and the sorting filters use them.
extension TemplateValue {
    /// A number as Python compares numbers across `bool`, `int`, `float` and `Decimal`.
    fileprivate enum Number {
        case integer(Int)
        case decimal(PythonDecimal)
        case double(Double)
    }

    fileprivate var number: Number? {
        switch self {
        case .bool(let flag): return .integer(flag ? 1 : 0)
        case .int(let value): return .integer(value)
        case .double(let value): return .double(value)
        case .decimal(let value): return .decimal(value)
        default: return nil
        }
    }

    /// Python's `self == other`.
    public func pythonEquals(_ other: TemplateValue) -> Bool {
        if let left = number, let right = other.number { return Self.compare(left, right) == 0 }
        switch (self, other) {
        case (.none, .none): return true
        case let (.string(a), .string(b)), let (.string(a), .safeString(b)),
            let (.safeString(a), .string(b)), let (.safeString(a), .safeString(b)):
            return a.utf8.elementsEqual(b.utf8)
        case let (.dateTime(a), .dateTime(b)): return a.kind == b.kind && a == b
        case let (.object(a), .object(b)): return a.isTemplateEqual(to: b)
        case let (.list(a), .list(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.pythonEquals($1) }
        case let (.dictionary(a), .dictionary(b)):
            return a.count == b.count && a.pairs.allSatisfy { pair in b[pair.key].map { pair.value.pythonEquals($0) } ?? false }
        default: return false
        }
    }

    /// Python's ordering: negative, zero or positive, or nil where Python raises `TypeError`.
    public func pythonCompare(_ other: TemplateValue) -> Int? {
        if let left = number, let right = other.number { return Self.compare(left, right) }
        switch (self, other) {
        case let (.string(a), .string(b)), let (.string(a), .safeString(b)),
            let (.safeString(a), .string(b)), let (.safeString(a), .safeString(b)):
            return Self.compareScalars(a, b)
        case let (.dateTime(a), .dateTime(b)):
            guard a.kind == b.kind, let difference = a.microseconds(since: b) else { return nil }
            return difference.signum()
        case let (.list(a), .list(b)):
            for (x, y) in zip(a, b) where !x.pythonEquals(y) { return x.pythonCompare(y) }
            return a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)
        default: return nil
        }
    }

    /// Python's `self in container`, or nil where Python raises `TypeError`.
    public func isContained(in container: TemplateValue) -> Bool? {
        switch container {
        case .string(let text), .safeString(let text):
            guard let needle = stringValue else { return nil }
            return needle.isEmpty || text.utf8.firstRange(of: needle.utf8) != nil
        case .list(let items): return items.contains { $0.pythonEquals(self) }
        case .dictionary(let dictionary):
            guard let key = stringValue else { return false }
            return dictionary[key] != nil
        case .object(let object):
            guard let items = object.templateElements else { return nil }
            return items.contains { $0.pythonEquals(self) }
        default: return nil
        }
    }

    private static func compare(_ left: Number, _ right: Number) -> Int {
        switch (left, right) {
        case let (.integer(a), .integer(b)): return a < b ? -1 : (a == b ? 0 : 1)
        case let (.decimal(a), .decimal(b)): return a < b ? -1 : (a == b ? 0 : 1)
        case let (.decimal(a), .integer(b)): return compare(.decimal(a), .decimal(PythonDecimal(b)))
        case let (.integer(a), .decimal(b)): return compare(.decimal(PythonDecimal(a)), .decimal(b))
        default:
            let a = left.doubleValue, b = right.doubleValue
            return a < b ? -1 : (a == b ? 0 : 1)
        }
    }

    private static func compareScalars(_ a: String, _ b: String) -> Int {
        // UTF-8 byte order is code-point order, which is how Python orders strings.
        for (x, y) in zip(a.utf8, b.utf8) where x != y { return x < y ? -1 : 1 }
        let (m, n) = (a.utf8.count, b.utf8.count)
        return m < n ? -1 : (m == n ? 0 : 1)
    }
}

extension TemplateValue.Number {
    fileprivate var doubleValue: Double {
        switch self {
        case .integer(let value): return Double(value)
        case .decimal(let value): return value.doubleValue
        case .double(let value): return value
        }
    }
}
