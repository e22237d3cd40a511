import SwiftDiagnostics
import SwiftSyntax

/// The error for `@Model` on a class, enum, actor, protocol or extension.
enum NotAStructDiagnostic {
    /// The error, with a fix-it to `struct` for classes and actors.
    static func make(for declaration: some DeclGroupSyntax) -> Diagnostic {
        let keyword = declaration.introducer
        let message = ModelDiagnostic.notAStruct(keyword: keyword.text)
        guard keyword.tokenKind == .keyword(.class) || keyword.tokenKind == .keyword(.actor) else {
            return Diagnostic(node: keyword, message: message)
        }
        let replacement = keyword.with(\.tokenKind, .keyword(.struct))
        let fixIt = FixIt(message: ModelFixIt.useStruct, changes: [.replace(oldNode: Syntax(keyword), newNode: Syntax(replacement))])
        return Diagnostic(node: keyword, message: message, fixIts: [fixIt])
    }
}
