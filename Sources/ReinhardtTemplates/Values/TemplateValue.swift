public import ReinhardtUtils

/// A value as a template sees it: the Swift spelling of the Python objects Django's templates handle.
///
/// Swift values reach templates through ``TemplateRepresentable``; models and other structs expose
/// their fields through ``TemplateObject`` — no `Mirror` is involved. Strings carry Django's
/// safe-string mark: ``safeString(_:)`` is `SafeString`, output as-is under autoescaping.
///
/// Decimals, dates and objects are stored out of line, which keeps every value small (a date is
/// nearly a hundred bytes, an existential forty) so that copying the strings, lists and records
/// rendering handles most stays cheap.
public enum TemplateValue: Sendable {
    /// Python's `None`.
    case none
    /// A boolean.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A binary floating-point number (Python's `float`).
    case double(Double)
    /// A decimal number that keeps its exponent, as Python's `Decimal("1.50")`.
    indirect case decimal(PythonDecimal)
    /// A string that autoescaping escapes.
    case string(String)
    /// A string marked safe (Django's `SafeString`): autoescaping leaves it alone.
    case safeString(String)
    /// A date, a time of day, or both.
    indirect case dateTime(DateTimeValue)
    /// A list (or tuple): indexable and iterable.
    case list([TemplateValue])
    /// A dictionary with string keys, in insertion order.
    case dictionary(TemplateDictionary)
    /// Any other object, whose attributes templates read by name.
    indirect case object(any TemplateObject)
}

extension TemplateValue {
    /// A string value carrying `isSafe` as its safe mark.
    @inlinable
    public static func text(_ string: String, isSafe: Bool) -> TemplateValue {
        isSafe ? .safeString(string) : .string(string)
    }

    /// Whether the value is a string marked safe.
    public var isSafe: Bool {
        if case .safeString = self { return true }
        return false
    }

    /// Whether the value is a string, safe or not.
    public var isString: Bool {
        switch self {
        case .string, .safeString: return true
        default: return false
        }
    }

    /// The string, when the value is one.
    public var stringValue: String? {
        switch self {
        case .string(let text), .safeString(let text): return text
        default: return nil
        }
    }

    /// Whether the value is `None`.
    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// A plain (unsafe) string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A float.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// A boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A list.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    /// A dictionary, keys in the order written.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .dictionary(TemplateDictionary(elements))
    }
}
