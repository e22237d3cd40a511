public import SwiftSyntax
import SwiftSyntaxBuilder
public import SwiftSyntaxMacros
import SwiftDiagnostics

/// `@Model(app:table:ordering:)`: writes a struct's `Model` conformance from its stored properties.
///
/// Reads each stored `var` in declaration order (with its `@Field` options), infers kinds from
/// types, and generates `schema`, `init(reading:)`, `databaseValues`, `setPrimaryKey(_:)` and
/// `fieldName(for:)` in an extension, leaving the memberwise initializer intact.
public struct ModelMacro: ExtensionMacro {
    /// Expands `@Model` into the conformance extension, or into nothing after reporting errors.
    public static func expansion(
        of node: AttributeSyntax, attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol, conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        guard let structDecl = declaration.as(StructDeclSyntax.self) else {
            context.diagnose(NotAStructDiagnostic.make(for: declaration))
            return []
        }
        let (fields, relations, diagnostics) = resolveFields(of: structDecl)
        guard diagnostics.isEmpty else {
            diagnostics.forEach(context.diagnose)
            return []
        }
        let generator = ModelCodeGenerator(
            typeName: structDecl.name.text, arguments: ModelArguments(node), fields: fields, relations: relations,
            access: accessModifier(of: structDecl))
        let conformance = protocols.isEmpty ? "" : ": " + protocols.map(\.trimmedDescription).joined(separator: ", ")
        let members = generator.members.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    \($0)" }.joined(separator: "\n")
        return [try ExtensionDeclSyntax("extension \(type.trimmed)\(raw: conformance) {\n\(raw: members)\n}")]
    }

    /// The model's fields and its many-to-many relations (`ManyToMany<T>` properties), or the
    /// diagnostics explaining why some cannot be generated.
    static func resolveFields(of structDecl: StructDeclSyntax) -> ([ResolvedField], [StoredProperty], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if let generics = structDecl.genericParameterClause {
            diagnostics.append(Diagnostic(node: generics, message: ModelDiagnostic.genericModel(type: structDecl.name.text)))
        }
        var reader = PropertyReader()
        let stored = reader.storedProperties(of: structDecl.memberBlock.members)
        let relations = stored.filter { $0.fieldType.manyToManyTarget != nil }
        let properties = stored.filter { $0.fieldType.manyToManyTarget == nil }
        var resolver = FieldResolver()
        let fields = properties.compactMap { resolver.resolve($0) }
        diagnostics += reader.diagnostics + resolver.diagnostics
        if fields.count == properties.count {
            diagnostics += PrimaryKeyCheck.diagnostics(for: fields, in: structDecl)
        }
        return (fields, relations, diagnostics)
    }

    /// `"public "` or `"package "` when the struct is, so the conformance is visible as widely.
    static func accessModifier(of structDecl: StructDeclSyntax) -> String {
        for modifier in structDecl.modifiers {
            switch modifier.name.tokenKind {
            case .keyword(.public), .keyword(.open): return "public "
            case .keyword(.package): return "package "
            default: continue
            }
        }
        return ""
    }
}
