import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxMacros

/// The shared check of the marker macros.
enum MarkerCheck {
    /// Reports `attribute` on anything but a property.
    static func check(
        _ node: AttributeSyntax, on declaration: some DeclSyntaxProtocol, attribute: String,
        in context: some MacroExpansionContext
    ) {
        guard !declaration.is(VariableDeclSyntax.self) else { return }
        context.diagnose(Diagnostic(node: node, message: ModelDiagnostic.markerOutsideProperty(attribute: attribute)))
    }
}
