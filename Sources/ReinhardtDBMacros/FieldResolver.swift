import SwiftDiagnostics
import SwiftSyntax
import SwiftParser

/// Turns stored properties into fields: infers kinds, `null` and defaults, finds the primary key,
/// and reports what cannot be resolved.
struct FieldResolver {
    /// `FieldSchema.init`'s labelled options, in order.
    static let optionOrder = [
        "column", "primaryKey", "null", "blank", "default", "unique", "dbIndex", "choices", "helpText", "autoNow",
        "autoNowAdd", "relatedName", "validators",
    ]

    /// What was wrong with the fields resolved so far.
    private(set) var diagnostics: [Diagnostic] = []

    /// The field `property` declares, or nil (with a diagnostic) when it cannot be resolved.
    mutating func resolve(_ property: StoredProperty) -> ResolvedField? {
        let type = property.fieldType
        if property.isImplicitID && type.isAutoKeyInteger {
            return implicitID(property, type: type)
        }
        checkLiteral(property, "primaryKey", expected: "true or false") { $0.is(BooleanLiteralExprSyntax.self) }
        checkLiteral(property, "column", expected: "a string literal") { $0.as(StringLiteralExprSyntax.self)?.representedLiteralValue != nil }
        guard let kind = kind(of: property, type: type) else { return nil }
        let isPrimaryKey = property.isExplicitPrimaryKey
        var inferred: [String: String] = [:]
        if type.isOptional && !isPrimaryKey { inferred["null"] = "true" }
        if let literal = property.initializer.flatMap(Self.literalDefault) { inferred["default"] = literal }
        return ResolvedField(
            property: property, kind: kind, options: options(of: property, inferred: inferred),
            column: column(of: property), isPrimaryKey: isPrimaryKey)
    }

    /// Django's implicit `id`: an auto-incrementing 64-bit key.
    private mutating func implicitID(_ property: StoredProperty, type: FieldType) -> ResolvedField {
        if !type.isOptional {
            let optional = OptionalTypeSyntax(wrappedType: property.type.trimmed)
                .with(\.leadingTrivia, property.type.leadingTrivia).with(\.trailingTrivia, property.type.trailingTrivia)
            let fixIt = FixIt(
                message: ModelFixIt.makeOptional(type: property.type.trimmedDescription),
                changes: [.replace(oldNode: Syntax(property.type), newNode: Syntax(optional))])
            diagnostics.append(
                Diagnostic(
                    node: property.type, message: ModelDiagnostic.implicitIDMustBeOptional(type: property.type.trimmedDescription),
                    fixIts: [fixIt]))
        }
        return ResolvedField(
            property: property, kind: ".bigAutoField", options: [("primaryKey", "true")], column: "id", isPrimaryKey: true)
    }

    /// The written kind, else the one inferred from the type.
    private mutating func kind(of property: StoredProperty, type: FieldType) -> String? {
        if let explicit = property.explicitKind { return explicit.trimmedDescription }
        if property.isExplicitPrimaryKey && type.isOptional, let auto = type.autoKeyKind { return auto }
        if let inferred = type.inferredKind { return inferred }
        if type.isDecimal {
            diagnostics.append(
                Diagnostic(
                    node: property.type, message: ModelDiagnostic.decimalNeedsPrecision(property: property.name),
                    fixIts: [DecimalKindFixIt.make(for: property)]))
        } else {
            diagnostics.append(
                Diagnostic(
                    node: property.type,
                    message: ModelDiagnostic.cannotInferKind(property: property.name, type: property.type.trimmedDescription)))
        }
        return nil
    }

    /// The written options merged with the inferred ones, in `FieldSchema.init` order.
    private func options(of property: StoredProperty, inferred: [String: String]) -> [(label: String, value: String)] {
        Self.optionOrder.compactMap { label in
            if let written = property.option(label) { return (label, written.trimmedDescription) }
            return inferred[label].map { (label, $0) }
        }
    }

    /// `column:` when written, else `name_id` for a foreign key, else the name.
    private func column(of property: StoredProperty) -> String {
        if let column = property.option("column")?.as(StringLiteralExprSyntax.self)?.representedLiteralValue {
            return column
        }
        return Self.isForeignKey(property.explicitKind) ? property.name + "_id" : property.name
    }

    private mutating func checkLiteral(
        _ property: StoredProperty, _ label: String, expected: String, _ isLiteral: (ExprSyntax) -> Bool
    ) {
        guard let value = property.option(label), !isLiteral(value) else { return }
        diagnostics.append(Diagnostic(node: value, message: ModelDiagnostic.nonLiteralOption(label: label, expected: expected)))
    }

    /// Whether `kind` is written `.foreignKey(...)` or `FieldKind.foreignKey(...)`.
    static func isForeignKey(_ kind: ExprSyntax?) -> Bool {
        guard let call = kind?.as(FunctionCallExprSyntax.self),
            let member = call.calledExpression.as(MemberAccessExprSyntax.self)
        else { return false }
        return member.declName.baseName.text == "foreignKey"
    }

    /// An initializer that is a literal `DatabaseValue` can be written as (`0`, `-1.5`, `"x"`, `true`).
    static func literalDefault(_ expression: ExprSyntax) -> String? {
        if expression.is(IntegerLiteralExprSyntax.self) || expression.is(FloatLiteralExprSyntax.self)
            || expression.is(BooleanLiteralExprSyntax.self)
        {
            return expression.trimmedDescription
        }
        if let string = expression.as(StringLiteralExprSyntax.self), string.representedLiteralValue != nil {
            return expression.trimmedDescription
        }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "-",
            prefix.expression.is(IntegerLiteralExprSyntax.self) || prefix.expression.is(FloatLiteralExprSyntax.self)
        {
            return expression.trimmedDescription
        }
        return nil
    }
}
