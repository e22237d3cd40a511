public import SwiftSyntax
public import SwiftSyntaxMacros

/// `@Field(...)`: a marker `@Model` reads; expands to nothing, and reports being put elsewhere
/// than on a property.
public struct FieldMacro: PeerMacro {
    /// Expands to no declarations.
    public static func expansion(
        of node: AttributeSyntax, providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        MarkerCheck.check(node, on: declaration, attribute: "Field", in: context)
        return []
    }
}
