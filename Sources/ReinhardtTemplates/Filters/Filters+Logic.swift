import ReinhardtUtils

/// Filters that choose or compute: default, yesno, pluralize, add, divisibleby, get_digit.
extension Filters {
    static func defaultValue(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        value.isTruthy ? value : argument ?? .none
    }

    static func defaultIfNone(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        value.isNone ? argument ?? .none : value
    }

    static func yesno(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        let bits = (argument.map(text) ?? "yes,no,maybe").split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard bits.count >= 2 else { return value }
        let (yes, no) = (bits[0], bits[1])
        let maybe = bits.count == 3 ? bits[2] : bits[1]
        if value.isNone { return .string(maybe) }
        return .string(value.isTruthy ? yes : no)
    }

    static func pluralize(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        var suffixes = argument.map(text) ?? "s"
        if !suffixes.contains(",") { suffixes = "," + suffixes }
        let bits = suffixes.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard bits.count <= 2 else { return .string("") }
        let (singular, plural) = (bits[0], bits[1])
        switch value {
        case .string, .safeString:
            guard let number = PythonNumbers.float(value) else { return .string("") }
            return .string(number == 1 ? singular : plural)
        case .bool, .int, .double, .decimal:
            return .string(PythonNumbers.float(value) == 1 ? singular : plural)
        default:
            guard let count = value.pythonLength else { return .string("") }
            return .string(count == 1 ? singular : plural)
        }
    }

    static func add(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        let other = argument ?? .none
        if let a = PythonNumbers.int(value), let b = PythonNumbers.int(other) {
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? .string("") : .int(sum)
        }
        switch (value, other) {
        case let (.double(a), .double(b)): return .double(a + b)
        case let (.list(a), .list(b)): return .list(a + b)
        default:
            if let a = value.stringValue, let b = other.stringValue { return .text(a + b, isSafe: value.isSafe && other.isSafe) }
            return .string("")
        }
    }

    static func divisibleby(_ value: TemplateValue, _ argument: TemplateValue?) throws -> TemplateValue {
        if value.isNone || !(value.isString || PythonNumbers.int(value) != nil) {
            throw TemplateError(.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(value.pythonTypeName)'")
        }
        guard let a = PythonNumbers.int(value), let b = argument.flatMap(PythonNumbers.int) else {
            throw TemplateError(.valueError, "invalid literal for int() with base 10")
        }
        guard b != 0 else { throw TemplateError(TemplateError.Kind("ZeroDivisionError"), "integer modulo by zero") }
        return .bool(a % b == 0)
    }

    static func getDigit(_ value: TemplateValue, _ argument: TemplateValue?) -> TemplateValue {
        guard let position = argument.flatMap(PythonNumbers.int), let number = PythonNumbers.int(value) else { return value }
        guard position >= 1 else { return value }
        let digits = Array(String(number))
        guard position <= digits.count else { return .int(0) }
        return Int(String(digits[digits.count - position])).map { .int($0) } ?? .int(0)
    }

    /// `pprint`: Python's `pprint.pformat`, which for values this short is `repr()`.
    static func pprint(_ value: TemplateValue) -> TemplateValue { .string(sortedRepr(value)) }

    /// `repr()` with dictionary keys sorted, as `pprint` prints them.
    private static func sortedRepr(_ value: TemplateValue) -> String {
        switch value {
        case .list(let items): return "[" + items.map(sortedRepr).joined(separator: ", ") + "]"
        case .dictionary(let dictionary):
            let entries = dictionary.pairs.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            return "{" + entries.map { PythonText.repr($0.key) + ": " + sortedRepr($0.value) }.joined(separator: ", ") + "}"
        default: return value.pythonRepr
        }
    }
}
