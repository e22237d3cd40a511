/// The right-hand operand of Python's `format % value` as the template engine sees it.
public enum FormatArgument: Sendable, Hashable {
    /// A Python `int`.
    case int(Int)
    /// A Python `bool` (an `int` subclass: `%d` gives `1`, `%s` gives `True`).
    case bool(Bool)
    /// A Python `float`.
    case double(Double)
    /// A `decimal.Decimal` (converted to `float` by `%e`, `%f`, `%g`).
    case decimal(PythonDecimal)
    /// `None`.
    case none
    /// Any other object (a string, list, dict, …) through its `str()` and `repr()`.
    case text(str: String, repr: String)

    /// Python's `str(value)`.
    var pythonString: String {
        switch self {
        case .int(let int): String(int)
        case .bool(let bool): bool ? "True" : "False"
        case .double(let double): PythonFloat.repr(double)
        case .decimal(let decimal): decimal.description
        case .none: "None"
        case .text(let str, _): str
        }
    }

    /// Python's `repr(value)`.
    var pythonRepr: String {
        switch self {
        case .decimal(let decimal): "Decimal('\(decimal.description)')"
        case .text(_, let repr): repr
        default: pythonString
        }
    }

    /// The Python type name used in error messages.
    var typeName: String {
        switch self {
        case .int: "int"
        case .bool: "bool"
        case .double: "float"
        case .decimal: "decimal.Decimal"
        case .none: "NoneType"
        case .text: "str"
        }
    }
}
