/// The condition of `{% if %}`, parsed with Django's operator precedence (Python's): `or` < `and`
/// < `not` < `in`, `not in` < `is`, `is not`, `==`, `!=`, `<`, `>`, `<=`, `>=`.
///
/// Evaluation follows Django: a comparison that Python would reject (`"a" < 1`, `x in None`)
/// is false rather than an error, and invalid variables are `None`.
indirect enum IfExpression: Sendable {
    case literal(FilterExpression)
    case not(IfExpression)
    case binary(Operator, IfExpression, IfExpression)

    enum Operator: String, Sendable, CaseIterable {
        case or, and, `in`, notIn = "not in", `is`, isNot = "is not"
        case equal = "==", notEqual = "!=", greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<="

        /// Left binding power.
        var precedence: Int {
            switch self {
            case .or: return 6
            case .and: return 7
            case .in, .notIn: return 9
            default: return 10
            }
        }
    }

    /// The value the condition evaluates to; the `if` tag tests its truth.
    func evaluate(_ context: Context) -> TemplateValue {
        switch self {
        case .literal(let expression):
            return (try? expression.resolve(context, ignoreFailures: true)) ?? .bool(false)
        case .not(let operand):
            return .bool(!operand.evaluate(context).isTruthy)
        case .binary(let op, let left, let right):
            return Self.apply(op, left, right, context)
        }
    }

    private static func apply(_ op: Operator, _ left: IfExpression, _ right: IfExpression, _ context: Context) -> TemplateValue {
        switch op {
        case .or:
            let value = left.evaluate(context)
            return value.isTruthy ? value : right.evaluate(context)
        case .and:
            let value = left.evaluate(context)
            return value.isTruthy ? right.evaluate(context) : value
        default:
            return .bool(compare(op, left.evaluate(context), right.evaluate(context)))
        }
    }

    private static func compare(_ op: Operator, _ a: TemplateValue, _ b: TemplateValue) -> Bool {
        switch op {
        case .in: return a.isContained(in: b) ?? false
        case .notIn: return a.isContained(in: b).map { !$0 } ?? false
        case .is: return isIdentical(a, b)
        case .isNot: return !isIdentical(a, b)
        case .equal: return a.pythonEquals(b)
        case .notEqual: return !a.pythonEquals(b)
        case .greater: return a.pythonCompare(b).map { $0 > 0 } ?? false
        case .greaterOrEqual: return a.pythonCompare(b).map { $0 >= 0 } ?? false
        case .less: return a.pythonCompare(b).map { $0 < 0 } ?? false
        case .lessOrEqual: return a.pythonCompare(b).map { $0 <= 0 } ?? false
        case .or, .and: return false
        }
    }

    /// Python's `is` for the values where identity is predictable: `None`, booleans and small ints.
    private static func isIdentical(_ a: TemplateValue, _ b: TemplateValue) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y && (-5...256).contains(x)
        default: return false
        }
    }
}

/// Django's `TemplateIfParser`: a Pratt parser over the tag's words.
struct IfExpressionParser {
    private enum Item {
        case op(IfExpression.Operator)
        case not
        case literal(FilterExpression, text: String)
        case end

        var bindingPower: Int {
            switch self {
            case .op(let op): return op.precedence
            case .not: return 8
            case .literal, .end: return 0
            }
        }

        var display: String {
            switch self {
            case .op(let op): return op.rawValue
            case .not: return "not"
            case .literal(_, let text): return text
            case .end: return ""
            }
        }
    }

    private var items: [Item] = []
    private var position = 0
    private var current: Item = .end

    init(_ words: [String], parser: Parser) throws {
        var index = 0
        while index < words.count {
            var word = words[index]
            if word == "is", index + 1 < words.count, words[index + 1] == "not" {
                word = "is not"
                index += 1
            } else if word == "not", index + 1 < words.count, words[index + 1] == "in" {
                word = "not in"
                index += 1
            }
            if word == "not" {
                items.append(.not)
            } else if let op = IfExpression.Operator(rawValue: word) {
                items.append(.op(op))
            } else {
                items.append(.literal(try parser.compileFilter(word), text: word))
            }
            index += 1
        }
        current = nextItem()
    }

    mutating func parse() throws -> IfExpression {
        let expression = try parseExpression(0)
        if case .end = current { return expression }
        throw TemplateError.syntax("Unused '\(current.display)' at end of if expression.")
    }

    private mutating func nextItem() -> Item {
        guard position < items.count else { return .end }
        defer { position += 1 }
        return items[position]
    }

    private mutating func parseExpression(_ rightBindingPower: Int) throws -> IfExpression {
        let token = current
        current = nextItem()
        var left = try prefix(token)
        while rightBindingPower < current.bindingPower {
            let token = current
            current = nextItem()
            left = try infix(token, left)
        }
        return left
    }

    private mutating func prefix(_ token: Item) throws -> IfExpression {
        switch token {
        case .literal(let expression, _): return .literal(expression)
        case .not: return .not(try parseExpression(8))
        case .op(let op): throw TemplateError.syntax("Not expecting '\(op.rawValue)' in this position in if tag.")
        case .end: throw TemplateError.syntax("Unexpected end of expression in if tag.")
        }
    }

    private mutating func infix(_ token: Item, _ left: IfExpression) throws -> IfExpression {
        guard case .op(let op) = token else {
            throw TemplateError.syntax("Not expecting '\(token.display)' as infix operator in if tag.")
        }
        return .binary(op, left, try parseExpression(op.precedence))
    }
}

/// `{% if %}…{% elif %}…{% else %}…{% endif %}`.
final class IfNode: Node {
    let branches: [(condition: IfExpression?, body: NodeList)]

    init(branches: [(condition: IfExpression?, body: NodeList)]) { self.branches = branches }

    var childNodeLists: [NodeList] { branches.map(\.body) }

    func render(into output: inout TemplateOutput, context: Context) throws {
        for branch in branches where branch.condition?.evaluate(context).isTruthy ?? true {
            return try branch.body.render(into: &output, context: context)
        }
    }

    static let compile: TagCompiler = { parser, token in
        var branches: [(IfExpression?, NodeList)] = []
        var condition: IfExpression? = try parseCondition(token, parser)
        var next: Token
        repeat {
            let body = try parser.parse(until: ["elif", "else", "endif"])
            branches.append((condition, body))
            next = parser.nextToken()!
            if next.contents.hasPrefix("elif") {
                condition = try parseCondition(next, parser)
            }
        } while next.contents.hasPrefix("elif")
        if next.contents == "else" {
            branches.append((nil, try parser.parse(until: ["endif"])))
            next = parser.nextToken()!
        }
        guard next.contents == "endif" else {
            throw TemplateError.syntax("Malformed template tag at line \(next.line): \"\(next.contents)\"")
        }
        return IfNode(branches: branches)
    }

    private static func parseCondition(_ token: Token, _ parser: Parser) throws -> IfExpression {
        var conditionParser = try IfExpressionParser(Array(token.splitContents().dropFirst()), parser: parser)
        return try conditionParser.parse()
    }
}
