/// Accumulates SQL text and its bound values, numbering placeholders in the dialect's style.
/// User values only ever travel as binds; identifiers are quoted.
struct SQLBuilder {
    let dialect: SQLDialect
    /// Whether values are written as SQL literals instead (DDL such as check constraints only).
    let inlinesLiterals: Bool
    private(set) var binds: [DatabaseValue] = []

    init(_ dialect: SQLDialect, inlinesLiterals: Bool = false) {
        self.dialect = dialect
        self.inlinesLiterals = inlinesLiterals
    }

    /// A placeholder for `value`, recording it as a bind (or, when inlining, the escaped literal).
    mutating func bind(_ value: DatabaseValue) -> String {
        if inlinesLiterals { return SQLLiteral.render(value, dialect: dialect) }
        binds.append(value)
        return dialect.placeholder(binds.count)
    }

    func quote(_ identifier: String) -> String { dialect.quote(identifier) }
}
