import ReinhardtUtils

/// A literal or a dotted lookup in a template (`42`, `"text"`, `product.name`, `items.0`), read as
/// Django's `Variable` reads it.
public struct Variable: Sendable {
    /// The source text.
    public let text: String
    /// The value when the text is a number or a quoted string (strings are safe, as in Django).
    public let literal: TemplateValue?
    /// The dotted lookups when the text is not a literal.
    let lookups: [Lookup]

    /// One dotted segment, with its integer reading precomputed for list indexing.
    struct Lookup: Sendable {
        let key: TemplateName
        let index: Int?
        var name: String { key.text }

        /// The segment `text`, hashed, with its integer reading.
        init(_ text: String) {
            key = TemplateName(text)
            index = PythonInt.parse(text)
        }
    }

    /// Parses `text`; throws a syntax error for lookups that start with an underscore.
    public init(_ text: String) throws {
        self.text = text
        if let number = Self.numberLiteral(text) {
            literal = number
            lookups = []
            return
        }
        var body = text
        if body.hasPrefix("_("), body.hasSuffix(")") { body = String(body.dropFirst(2).dropLast()) }
        if let string = Self.unescapeStringLiteral(body) {
            literal = .safeString(string)
            lookups = []
            return
        }
        if text.contains("._") || text.hasPrefix("_") {
            throw TemplateError.syntax("Variables and attributes may not begin with underscores: '\(body)'")
        }
        literal = nil
        lookups = body.split(separator: ".", omittingEmptySubsequences: false).map {
            Lookup(String($0))
        }
    }

    /// Whether the variable is a literal rather than a lookup.
    public var isLiteral: Bool { literal != nil }

    /// The value in `context`; throws `VariableDoesNotExist` when a lookup fails.
    public func resolve(_ context: Context) throws -> TemplateValue {
        if let literal { return literal }
        guard var current = context[lookups[0].key] else {
            throw Self.missing(lookups[0].name, in: "context")
        }
        for lookup in lookups.dropFirst() {
            guard let next = Self.lookUp(lookup, in: current) else {
                throw Self.missing(lookup.name, in: current.pythonRepr)
            }
            current = next
        }
        return current
    }

    private static func missing(_ name: String, in container: String) -> TemplateError {
        TemplateError(.variableDoesNotExist, "Failed lookup for key [\(name)] in \(container)")
    }

    /// Django's lookup order: dictionary key, then attribute, then list index.
    static func lookUp(_ lookup: Lookup, in value: TemplateValue) -> TemplateValue? {
        switch value {
        case .dictionary(let dictionary):
            return dictionary[lookup.key] ?? dictionaryAttribute(lookup.name, of: dictionary)
        case .object(let object):
            if let attribute = object.templateAttribute(lookup.name) { return attribute }
            guard let index = lookup.index, let items = object.templateElements else { return nil }
            return element(items, at: index)
        case .list(let items):
            return lookup.index.flatMap { element(items, at: $0) }
        case .string(let text), .safeString(let text):
            if let method = StringMethods.call(lookup.name, on: text) { return method }
            guard let index = lookup.index else { return nil }
            let scalars = Array(text.unicodeScalars)
            return element(scalars.map { .string(String($0)) }, at: index)
        case .dateTime(let date):
            return dateAttribute(lookup.name, of: date)
        default:
            return nil
        }
    }

    /// Python's `list[index]`, negative indexes counting from the end.
    private static func element(_ items: [TemplateValue], at index: Int) -> TemplateValue? {
        let position = index < 0 ? items.count + index : index
        return items.indices.contains(position) ? items[position] : nil
    }

    /// `dict.items`, `dict.keys`, `dict.values`, which templates call without parentheses.
    private static func dictionaryAttribute(_ name: String, of dictionary: TemplateDictionary) -> TemplateValue? {
        switch name {
        case "items": return .list(dictionary.pairs.map { .list([.string($0.key), $0.value]) })
        case "keys": return .list(dictionary.keys.map { .string($0) })
        case "values": return .list(dictionary.values)
        default: return nil
        }
    }

    private static func dateAttribute(_ name: String, of date: DateTimeValue) -> TemplateValue? {
        switch (name, date.kind) {
        case ("year", .date), ("year", .dateTime): return .int(date.year)
        case ("month", .date), ("month", .dateTime): return .int(date.month)
        case ("day", .date), ("day", .dateTime): return .int(date.day)
        case ("hour", .time), ("hour", .dateTime): return .int(date.hour)
        case ("minute", .time), ("minute", .dateTime): return .int(date.minute)
        case ("second", .time), ("second", .dateTime): return .int(date.second)
        case ("microsecond", .time), ("microsecond", .dateTime): return .int(date.microsecond)
        default: return nil
        }
    }

    /// A number literal as Django reads one: a float when the text has `.` or `e`, else an int.
    private static func numberLiteral(_ text: String) -> TemplateValue? {
        if text.contains(".") || text.lowercased().contains("e") {
            guard !text.hasSuffix("."), let value = PythonFloat.parse(text) else { return nil }
            return .double(value)
        }
        return PythonInt.parse(text).map { .int($0) }
    }

    /// Django's `unescape_string_literal`: the text between matching quotes with `\"` and `\\`
    /// unescaped, or nil when `text` is not quoted.
    static func unescapeStringLiteral(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first, first == "\"" || first == "'",
            text.unicodeScalars.count >= 2, text.unicodeScalars.last == first
        else { return nil }
        let quote = String(first)
        let inner = String(text.unicodeScalars.dropFirst().dropLast())
        return inner.replacing("\\" + quote, with: quote).replacing("\\\\", with: "\\")
    }
}
