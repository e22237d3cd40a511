import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxBuilder

/// The fix-it that names a decimal field's kind: adds `@Field(.decimal(maxDigits: 8, decimalPlaces: 2))`,
/// or puts the kind first in an existing `@Field(...)`.
enum DecimalKindFixIt {
    /// The kind the fix-it writes.
    static let kind: ExprSyntax = ".decimal(maxDigits: 8, decimalPlaces: 2)"

    /// The fix-it for `property`.
    static func make(for property: StoredProperty) -> FixIt {
        if let attribute = property.fieldAttribute {
            return FixIt(
                message: ModelFixIt.addDecimalKind,
                changes: [.replace(oldNode: Syntax(attribute), newNode: Syntax(withKind(attribute)))])
        }
        let declaration = property.declaration
        let attribute = AttributeSyntax(
            leadingTrivia: declaration.leadingTrivia, attributeName: IdentifierTypeSyntax(name: "Field"),
            leftParen: .leftParenToken(), arguments: .argumentList([LabeledExprSyntax(expression: kind)]),
            rightParen: .rightParenToken(), trailingTrivia: .space)
        let attributes = AttributeListSyntax([.attribute(attribute)] + declaration.attributes.map { $0 })
        let updated = declaration.with(\.leadingTrivia, []).with(\.attributes, attributes)
        return FixIt(
            message: ModelFixIt.addDecimalKind,
            changes: [.replace(oldNode: Syntax(declaration), newNode: Syntax(updated))])
    }

    /// `attribute` with the kind as its first argument.
    private static func withKind(_ attribute: AttributeSyntax) -> AttributeSyntax {
        var existing: [LabeledExprSyntax] = []
        if case .argumentList(let list) = attribute.arguments { existing = Array(list) }
        let first = LabeledExprSyntax(expression: kind, trailingComma: existing.isEmpty ? nil : .commaToken(trailingTrivia: .space))
        let closing = attribute.rightParen ?? .rightParenToken(trailingTrivia: attribute.attributeName.trailingTrivia)
        return attribute
            .with(\.attributeName, attribute.attributeName.with(\.trailingTrivia, []))
            .with(\.leftParen, .leftParenToken())
            .with(\.arguments, .argumentList(LabeledExprListSyntax([first] + existing)))
            .with(\.rightParen, closing)
    }
}
