public import SwiftDiagnostics

/// An error the `@Model` and `@Field` macros report, each saying how to fix the declaration.
public enum ModelDiagnostic: DiagnosticMessage, Equatable {
    /// `@Model` on something other than a struct (`"class"`, `"enum"`, …).
    case notAStruct(keyword: String)
    /// `@Model` on a generic struct: a generic type cannot hold the static schema.
    case genericModel(type: String)
    /// A stored property with no written type.
    case missingTypeAnnotation(property: String)
    /// A `PythonDecimal` field with no `.decimal(maxDigits:decimalPlaces:)` kind.
    case decimalNeedsPrecision(property: String)
    /// A type the macro cannot map to a field kind.
    case cannotInferKind(property: String, type: String)
    /// No `id` and no `@Field(primaryKey: true)`.
    case missingPrimaryKey(type: String)
    /// A second primary key.
    case duplicatePrimaryKey(property: String, first: String)
    /// A `let` field.
    case letProperty(property: String)
    /// `var a, b: Int`.
    case multipleBindings
    /// A `@Transient` property the row decoder cannot leave unset.
    case transientNeedsInitialValue(property: String)
    /// `var id: Int64` (the implicit auto key must be optional, nil until saved).
    case implicitIDMustBeOptional(type: String)
    /// An option the macro must read that is not written as a literal.
    case nonLiteralOption(label: String, expected: String)
    /// `@Field` or `@Transient` somewhere other than on a property.
    case markerOutsideProperty(attribute: String)

    /// The text shown by the compiler.
    public var message: String {
        switch self {
        case .notAStruct(let keyword):
            let article = "aeiou".contains(keyword.prefix(1)) ? "an" : "a"
            return "@Model applies to structs, not to \(article) \(keyword); declare the model as a struct"
        case .genericModel(let type):
            return "@Model cannot apply to the generic struct '\(type)': a model's schema is one static value; remove the generic parameters"
        case .missingTypeAnnotation(let property):
            return "field '\(property)' needs a written type for @Model to map it to a column, e.g. 'var \(property): String'"
        case .decimalNeedsPrecision(let property):
            return "field '\(property)': decimal fields need maxDigits and decimalPlaces: @Field(.decimal(maxDigits: 8, decimalPlaces: 2))"
        case .cannotInferKind(let property, let type):
            return "cannot infer the field kind of '\(property)' from type '\(type)'; name it, e.g. @Field(.json), or mark the property @Transient"
        case .missingPrimaryKey(let type):
            return "model '\(type)' has no primary key; add 'var id: Int64?' (an auto-incrementing key) or mark a field @Field(primaryKey: true)"
        case .duplicatePrimaryKey(let property, let first):
            return "'\(property)' is a second primary key ('\(first)' is the first); a model has exactly one, so remove primaryKey: true from one of them"
        case .letProperty(let property):
            return "field '\(property)' must be declared with 'var': models are loaded, changed and saved"
        case .multipleBindings:
            return "declare each model field in its own 'var' so @Model can read its type and options"
        case .transientNeedsInitialValue(let property):
            return "@Transient property '\(property)' is not loaded from the database, so it needs an initial value, e.g. '= 0'"
        case .implicitIDMustBeOptional(let type):
            return "the implicit primary key 'id' must be optional ('\(type)?'): it is nil until the row is first saved"
        case .nonLiteralOption(let label, let expected):
            return "@Field's '\(label):' must be written as \(expected) for @Model to read it"
        case .markerOutsideProperty(let attribute):
            return "@\(attribute) applies to stored properties of a @Model struct"
        }
    }

    /// Identifies the kind of diagnostic.
    public var diagnosticID: MessageID {
        MessageID(domain: "ReinhardtDBMacros", id: "\(self)".prefix { $0 != "(" }.description)
    }

    /// Every case is an error.
    public var severity: DiagnosticSeverity { .error }
}
