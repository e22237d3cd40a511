public import SwiftSyntax
public import SwiftSyntaxMacros

/// `@Transient`: marks a property `@Model` does not store; expands to nothing.
public struct TransientMacro: PeerMacro {
    /// Expands to no declarations.
    public static func expansion(
        of node: AttributeSyntax, providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        MarkerCheck.check(node, on: declaration, attribute: "Transient", in: context)
        return []
    }
}
