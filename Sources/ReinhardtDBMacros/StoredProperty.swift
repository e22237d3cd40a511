import SwiftSyntax

/// One stored property of a `@Model` struct, as written.
struct StoredProperty {
    /// The `var` declaration.
    let declaration: VariableDeclSyntax
    /// The name as written in Swift (backticks kept).
    let swiftName: String
    /// The field name (backticks removed).
    let name: String
    /// The written type (the node in the source, so diagnostics and fix-its point at it).
    let type: TypeSyntax
    /// The initial value, if any.
    let initializer: ExprSyntax?
    /// The `@Field(...)` attribute, if any.
    let fieldAttribute: AttributeSyntax?

    /// The type split into optionality and wrapped type.
    var fieldType: FieldType { FieldType(type) }

    /// The arguments of `@Field`, empty without one.
    var fieldArguments: LabeledExprListSyntax {
        guard case .argumentList(let list) = fieldAttribute?.arguments else { return [] }
        return list
    }

    /// `@Field`'s unlabeled first argument: the kind.
    var explicitKind: ExprSyntax? {
        fieldArguments.first.flatMap { $0.label == nil ? $0.expression : nil }
    }

    /// `@Field`'s argument labelled `label`.
    func option(_ label: String) -> ExprSyntax? {
        fieldArguments.first { $0.label?.text == label }?.expression
    }

    /// Whether `@Field(primaryKey: true)` is written.
    var isExplicitPrimaryKey: Bool {
        option("primaryKey")?.as(BooleanLiteralExprSyntax.self)?.literal.tokenKind == .keyword(.true)
    }

    /// Whether this is Django's implicit `id`: a property called `id` with no `@Field`.
    var isImplicitID: Bool { name == "id" && fieldAttribute == nil }
}
