/// Accumulates SQL text and its bound values, numbering placeholders in the dialect's style.
/// User values only ever travel as binds; identifiers are quoted.
struct SQLBuilder {
    let dialect: SQLDialect
    private(set) var binds: [DatabaseValue] = []

    init(_ dialect: SQLDialect) { self.dialect = dialect }

    /// A placeholder for `value`, recording it as a bind.
    mutating func bind(_ value: DatabaseValue) -> String {
        binds.append(value)
        return dialect.placeholder(binds.count)
    }

    func quote(_ identifier: String) -> String { dialect.quote(identifier) }
}
