public import ReinhardtUtils

/// A Swift value that can appear in a template context.
///
/// Strings, numbers, booleans, optionals, arrays, string-keyed dictionaries, ``PythonDecimal`` and
/// ``DateTimeValue`` conform here; `Date`, `Decimal` and `Encodable` values in
/// `TemplateRepresentable+Foundation.swift`; models conform through ``TemplateObject``.
public protocol TemplateRepresentable {
    /// The value as templates see it.
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateRepresentable {
    /// Itself.
    public var templateValue: TemplateValue { self }
}

extension String: TemplateRepresentable {
    /// A plain string: autoescaping escapes it.
    public var templateValue: TemplateValue { .string(self) }
}

extension Substring: TemplateRepresentable {
    /// A plain string.
    public var templateValue: TemplateValue { .string(String(self)) }
}

extension Bool: TemplateRepresentable {
    /// A boolean.
    public var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateRepresentable {
    /// An integer.
    public var templateValue: TemplateValue { .int(self) }
}

extension Int64: TemplateRepresentable {
    /// An integer.
    public var templateValue: TemplateValue { .int(Int(self)) }
}

extension Int32: TemplateRepresentable {
    /// An integer.
    public var templateValue: TemplateValue { .int(Int(self)) }
}

extension Double: TemplateRepresentable {
    /// A float.
    public var templateValue: TemplateValue { .double(self) }
}

extension Float: TemplateRepresentable {
    /// A float.
    public var templateValue: TemplateValue { .double(Double(self)) }
}

extension PythonDecimal: TemplateRepresentable {
    /// A decimal.
    public var templateValue: TemplateValue { .decimal(self) }
}

extension DateTimeValue: TemplateRepresentable {
    /// A date, time or datetime.
    public var templateValue: TemplateValue { .dateTime(self) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    /// The wrapped value, or `None`.
    public var templateValue: TemplateValue { self?.templateValue ?? .none }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    /// A list.
    public var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension Dictionary: TemplateRepresentable where Key == String, Value: TemplateRepresentable {
    /// A dictionary; its keys are sorted, since Swift dictionaries have no order.
    public var templateValue: TemplateValue {
        .dictionary(TemplateDictionary(sorted { $0.key < $1.key }.map { ($0.key, $0.value.templateValue) }))
    }
}

extension KeyValuePairs: TemplateRepresentable where Key == String, Value: TemplateRepresentable {
    /// A dictionary in the order written.
    public var templateValue: TemplateValue {
        .dictionary(TemplateDictionary(map { ($0.key, $0.value.templateValue) }))
    }
}
