import SwiftDiagnostics
import SwiftSyntax

/// Reads the stored properties of a `@Model` struct in declaration order, skipping static,
/// computed, lazy and `@Transient` ones, and reporting declarations it cannot use.
struct PropertyReader {
    /// What was wrong with the declarations read so far.
    private(set) var diagnostics: [Diagnostic] = []

    /// The stored properties among `members`.
    mutating func storedProperties(of members: MemberBlockItemListSyntax) -> [StoredProperty] {
        members.compactMap { $0.decl.as(VariableDeclSyntax.self) }.flatMap { read($0) }
    }

    private mutating func read(_ variable: VariableDeclSyntax) -> [StoredProperty] {
        if Self.isStatic(variable) || Self.isLazy(variable) || Self.isComputed(variable) { return [] }
        if Self.attribute(named: "Transient", in: variable) != nil {
            checkTransient(variable)
            return []
        }
        guard variable.bindings.count == 1, let binding = variable.bindings.first,
            let pattern = binding.pattern.as(IdentifierPatternSyntax.self)
        else {
            diagnostics.append(Diagnostic(node: variable, message: ModelDiagnostic.multipleBindings))
            return []
        }
        let name = pattern.identifier.identifier?.name ?? pattern.identifier.text
        if variable.bindingSpecifier.tokenKind == .keyword(.let) { diagnoseLet(variable, name: name) }
        guard let type = binding.typeAnnotation?.type else {
            diagnostics.append(Diagnostic(node: pattern, message: ModelDiagnostic.missingTypeAnnotation(property: name)))
            return []
        }
        return [
            StoredProperty(
                declaration: variable, swiftName: pattern.identifier.text, name: name, type: type,
                initializer: binding.initializer?.value, fieldAttribute: Self.attribute(named: "Field", in: variable))
        ]
    }

    /// A `@Transient` property must have a value without the row: an initializer, or `var x: T?`.
    private mutating func checkTransient(_ variable: VariableDeclSyntax) {
        let isVar = variable.bindingSpecifier.tokenKind == .keyword(.var)
        for binding in variable.bindings where binding.initializer == nil {
            let isOptional = binding.typeAnnotation.map { FieldType($0.type).isOptional } ?? false
            if isVar && isOptional { continue }
            let name = binding.pattern.trimmedDescription
            diagnostics.append(Diagnostic(node: binding, message: ModelDiagnostic.transientNeedsInitialValue(property: name)))
        }
    }

    private mutating func diagnoseLet(_ variable: VariableDeclSyntax, name: String) {
        let specifier = variable.bindingSpecifier
        let fixIt = FixIt(
            message: ModelFixIt.useVar,
            changes: [.replace(oldNode: Syntax(specifier), newNode: Syntax(specifier.with(\.tokenKind, .keyword(.var))))])
        diagnostics.append(Diagnostic(node: specifier, message: ModelDiagnostic.letProperty(property: name), fixIts: [fixIt]))
    }

    /// The attribute `@name` (or `@ReinhardtDB.name`) on `variable`.
    static func attribute(named name: String, in variable: VariableDeclSyntax) -> AttributeSyntax? {
        variable.attributes.lazy.compactMap { $0.as(AttributeSyntax.self) }.first {
            let written = $0.attributeName.trimmedDescription
            return written == name || written == "ReinhardtDB.\(name)"
        }
    }

    private static func isStatic(_ variable: VariableDeclSyntax) -> Bool {
        variable.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
    }

    private static func isLazy(_ variable: VariableDeclSyntax) -> Bool {
        variable.modifiers.contains { $0.name.tokenKind == .keyword(.lazy) }
    }

    /// Whether any binding has a getter (observers alone keep a property stored).
    private static func isComputed(_ variable: VariableDeclSyntax) -> Bool {
        variable.bindings.contains { binding in
            switch binding.accessorBlock?.accessors {
            case .none: return false
            case .getter: return true
            case .accessors(let accessors):
                return accessors.contains {
                    $0.accessorSpecifier.tokenKind != .keyword(.willSet) && $0.accessorSpecifier.tokenKind != .keyword(.didSet)
                }
            }
        }
    }
}
