import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxBuilder

/// Checks that a model has exactly one primary key.
enum PrimaryKeyCheck {
    /// A missing-key error (with a fix-it adding `var id: Int64?`), an error on each extra key, or nothing.
    static func diagnostics(for fields: [ResolvedField], in structDecl: StructDeclSyntax) -> [Diagnostic] {
        let keys = fields.filter(\.isPrimaryKey)
        guard let first = keys.first else { return [missingKey(structDecl)] }
        return keys.dropFirst().map { extra in
            Diagnostic(
                node: extra.property.declaration,
                message: ModelDiagnostic.duplicatePrimaryKey(property: extra.property.name, first: first.property.name))
        }
    }

    private static func missingKey(_ structDecl: StructDeclSyntax) -> Diagnostic {
        let members = structDecl.memberBlock.members
        let indentation = members.first?.leadingTrivia.pieces.filter { !$0.isNewline } ?? [.spaces(4)]
        let id: DeclSyntax = "var id: Int64?"
        let item = MemberBlockItemSyntax(leadingTrivia: .newline + Trivia(pieces: indentation), decl: id)
        let fixIt = FixIt(
            message: ModelFixIt.addID,
            changes: [.replace(oldNode: Syntax(members), newNode: Syntax(MemberBlockItemListSyntax([item] + members.map { $0 })))])
        return Diagnostic(
            node: structDecl.name, message: ModelDiagnostic.missingPrimaryKey(type: structDecl.name.text), fixIts: [fixIt])
    }
}
