extension DatabaseValue: ExpressibleByStringLiteral {
    /// A `.text` value from a string literal, so binds read `["Ada", 36]`.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension DatabaseValue: ExpressibleByIntegerLiteral {
    /// An `.integer` value from an integer literal.
    public init(integerLiteral value: Int64) {
        self = .integer(value)
    }
}

extension DatabaseValue: ExpressibleByFloatLiteral {
    /// A `.real` value from a float literal (use `.decimal` for exact decimals).
    public init(floatLiteral value: Double) {
        self = .real(value)
    }
}

extension DatabaseValue: ExpressibleByBooleanLiteral {
    /// A `.boolean` value from `true` or `false`.
    public init(booleanLiteral value: Bool) {
        self = .boolean(value)
    }
}
