import SwiftCompilerPlugin
import SwiftSyntaxMacros

/// The compiler plug-in that serves ReinhardtDB's macros: `@Model`, `@Field` and `@Transient`.
@main
struct ReinhardtDBMacrosPlugin: CompilerPlugin {
    /// The macros this plug-in provides.
    let providingMacros: [any Macro.Type] = [ModelMacro.self, FieldMacro.self, TransientMacro.self]
}
