import ReinhardtUtils

/// Python's built-in behaviours on template values: truth, `str()`, `repr()`, `len()`, `==`, `<`,
/// `in` and iteration — what Django's tags and filters rely on.
extension TemplateValue {
    /// Python's truth value (`bool(x)`).
    public var isTruthy: Bool {
        switch self {
        case .none: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .double(let number): return number != 0
        case .decimal(let number): return !number.isZero
        case .string(let text), .safeString(let text): return !text.isEmpty
        case .dateTime: return true
        case .list(let items): return !items.isEmpty
        case .dictionary(let dictionary): return !dictionary.isEmpty
        case .object(let object): return object.templateElements.map { !$0.isEmpty } ?? true
        }
    }

    /// Python's `str()` of the value.
    public var pythonString: String {
        switch self {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let number): return String(number)
        case .double(let number): return PythonFloat.repr(number)
        case .decimal(let number): return number.description
        case .string(let text), .safeString(let text): return text
        case .dateTime(let value): return value.pythonString
        case .list, .dictionary: return pythonRepr
        case .object(let object): return object.templateDescription
        }
    }

    /// Python's `repr()` of the value.
    public var pythonRepr: String {
        switch self {
        case .string(let text), .safeString(let text): return PythonText.repr(text)
        case .decimal(let number): return "Decimal('\(number.description)')"
        case .list(let items): return "[" + items.map(\.pythonRepr).joined(separator: ", ") + "]"
        case .dictionary(let dictionary):
            let entries = dictionary.pairs.map { PythonText.repr($0.key) + ": " + $0.value.pythonRepr }
            return "{" + entries.joined(separator: ", ") + "}"
        default: return pythonString
        }
    }

    /// Python's `len()`, or nil when the value has no length.
    public var pythonLength: Int? {
        switch self {
        case .string(let text), .safeString(let text): return text.unicodeScalars.count
        case .list(let items): return items.count
        case .dictionary(let dictionary): return dictionary.count
        case .object(let object): return object.templateElements?.count
        default: return nil
        }
    }

    /// The elements Python's `iter()` yields — characters of a string, keys of a dictionary — or nil
    /// when the value is not iterable.
    public var pythonElements: [TemplateValue]? {
        switch self {
        case .string(let text): return text.unicodeScalars.map { .string(String($0)) }
        case .safeString(let text): return text.unicodeScalars.map { .safeString(String($0)) }
        case .list(let items): return items
        case .dictionary(let dictionary): return dictionary.keys.map { .string($0) }
        case .object(let object): return object.templateElements
        default: return nil
        }
    }

    /// The Python type name, for error messages (`'int' object is not iterable`).
    public var pythonTypeName: String {
        switch self {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int: return "int"
        case .double: return "float"
        case .decimal: return "decimal.Decimal"
        case .string: return "str"
        case .safeString: return "SafeString"
        case .dateTime(let value):
            switch value.kind {
            case .date: return "datetime.date"
            case .time: return "datetime.time"
            case .dateTime: return "datetime.datetime"
            }
        case .list: return "list"
        case .dictionary: return "dict"
        case .object(let object): return String(describing: type(of: object))
        }
    }
}

extension DateTimeValue {
    /// Python's `str()` of a date, time or datetime (`isoformat` with a space separator).
    var pythonString: String { isoFormat(separator: " ") }
}
