import SwiftSyntax

/// A field's written type, split into its optionality and the type it wraps.
struct FieldType {
    /// The type without its optional wrapper (`Int64` for `Int64?`).
    let wrapped: TypeSyntax
    /// Whether the type was `T?`, `T!` or `Optional<T>`.
    let isOptional: Bool

    /// Splits `type`.
    init(_ type: TypeSyntax) {
        if let optional = type.as(OptionalTypeSyntax.self) {
            (wrapped, isOptional) = (optional.wrappedType, true)
        } else if let unwrapped = type.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
            (wrapped, isOptional) = (unwrapped.wrappedType, true)
        } else if let generic = Self.optionalArgument(of: type) {
            (wrapped, isOptional) = (generic, true)
        } else {
            (wrapped, isOptional) = (type, false)
        }
    }

    /// The wrapped type's name for kind inference: `UUID` for `Foundation.UUID`, `[UInt8]` for arrays.
    var baseName: String { Self.baseName(of: wrapped) }

    /// The kind inferred from the type (`.text` for `String`), or nil when there is none.
    var inferredKind: String? {
        switch baseName {
        case "String": return ".text"
        case "Int", "Int32": return ".integer"
        case "Int64": return ".bigInteger"
        case "Int16": return ".smallInteger"
        case "Double", "Float": return ".float"
        case "Bool": return ".boolean"
        case "DateTimeValue": return ".dateTime"
        case "UUID": return ".uuid"
        case "[UInt8]": return ".binary"
        default: return nil
        }
    }

    /// Whether the type is an integer an auto-incrementing key can hold (`Int64`, `Int`).
    var isAutoKeyInteger: Bool { baseName == "Int64" || baseName == "Int" }

    /// The auto-incrementing kind an optional integer primary key gets: `.bigAutoField` for
    /// `Int64`/`Int`, `.autoField` for `Int32`.
    var autoKeyKind: String? {
        switch baseName {
        case "Int64", "Int": return ".bigAutoField"
        case "Int32": return ".autoField"
        default: return nil
        }
    }

    /// For `ManyToMany<Target>` (a relation, not a column), the target type.
    var manyToManyTarget: TypeSyntax? {
        let generic: GenericArgumentClauseSyntax?
        if let identifier = wrapped.as(IdentifierTypeSyntax.self), identifier.name.text == "ManyToMany" {
            generic = identifier.genericArgumentClause
        } else if let member = wrapped.as(MemberTypeSyntax.self), member.name.text == "ManyToMany" {
            generic = member.genericArgumentClause
        } else {
            return nil
        }
        guard !isOptional, let argument = generic?.arguments.first?.argument, case .type(let target) = argument else { return nil }
        return target
    }

    /// Whether the type is `PythonDecimal`.
    var isDecimal: Bool { baseName == "PythonDecimal" }

    private static func optionalArgument(of type: TypeSyntax) -> TypeSyntax? {
        guard let identifier = type.as(IdentifierTypeSyntax.self), identifier.name.text == "Optional",
            let argument = identifier.genericArgumentClause?.arguments.first?.argument,
            case .type(let wrapped) = argument
        else { return nil }
        return wrapped
    }

    private static func baseName(of type: TypeSyntax) -> String {
        if let identifier = type.as(IdentifierTypeSyntax.self), identifier.genericArgumentClause == nil {
            return identifier.name.text
        }
        if let member = type.as(MemberTypeSyntax.self), member.genericArgumentClause == nil {
            return member.name.text
        }
        if let array = type.as(ArrayTypeSyntax.self) {
            return "[\(baseName(of: array.element))]"
        }
        return type.trimmedDescription
    }
}
