import SwiftSyntax

/// The arguments of `@Model(app:table:ordering:indexes:constraints:)`, as written.
struct ModelArguments {
    /// The app label expression.
    let app: ExprSyntax?
    /// The table name expression, if given.
    let table: ExprSyntax?
    /// The default ordering expression, if given.
    let ordering: ExprSyntax?
    /// The `Meta.indexes` expression, if given.
    let indexes: ExprSyntax?
    /// The `Meta.constraints` expression, if given.
    let constraints: ExprSyntax?

    /// Reads the attribute's arguments.
    init(_ attribute: AttributeSyntax) {
        var list: LabeledExprListSyntax = []
        if case .argumentList(let arguments) = attribute.arguments { list = arguments }
        func argument(_ label: String) -> ExprSyntax? { list.first { $0.label?.text == label }?.expression.trimmed }
        app = argument("app")
        table = argument("table")
        ordering = argument("ordering")
        indexes = argument("indexes")
        constraints = argument("constraints")
    }
}
