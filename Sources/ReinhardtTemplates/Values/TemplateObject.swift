/// A Swift value whose attributes templates read by name: `{{ product.name }}`.
///
/// Conform models and view-model structs by answering ``templateAttribute(_:)`` with a `switch` over
/// the names a template may use — a direct lookup, no `Mirror`:
///
/// ```swift
/// extension Product: TemplateObject {
///     func templateAttribute(_ name: String) -> TemplateValue? {
///         switch name {
///         case "name": .string(name)
///         case "price": .decimal(price)
///         default: nil
///         }
///     }
/// }
/// ```
public protocol TemplateObject: Sendable, TemplateRepresentable {
    /// The attribute called `name`, or nil when the object has none (the lookup then fails as in Django).
    func templateAttribute(_ name: String) -> TemplateValue?

    /// What `{{ object }}` prints: Python's `str(object)`.
    var templateDescription: String { get }

    /// The elements when the object is iterable (a query set, say), or nil when it is not.
    var templateElements: [TemplateValue]? { get }

    /// Python's `==` against another object (`{% regroup %}`, `{% ifchanged %}`, `==` in `{% if %}`).
    func isTemplateEqual(to other: any TemplateObject) -> Bool
}

extension TemplateObject {
    /// The type's name, as Python's default `str()` names the class.
    public var templateDescription: String { String(describing: Self.self) }

    /// Not iterable.
    public var templateElements: [TemplateValue]? { nil }

    /// Never equal: Python compares plain objects by identity, which values do not have.
    public func isTemplateEqual(to other: any TemplateObject) -> Bool { false }

    /// The object itself.
    public var templateValue: TemplateValue { .object(self) }
}
