/// A template value handed to a numeric filter (`floatformat`, `filesizeformat`): Python `int`,
/// `float`, `Decimal`, or anything else as its `str()`.
public enum NumericText: Sendable, Hashable {
    /// A Python `int`.
    case int(Int)
    /// A Python `float`.
    case double(Double)
    /// A `decimal.Decimal`.
    case decimal(PythonDecimal)
    /// Any other value, as Python's `str(value)`.
    case text(String)

    /// Python's `str(value)`.
    public var pythonString: String {
        switch self {
        case .int(let int): String(int)
        case .double(let double): PythonFloat.repr(double)
        case .decimal(let decimal): decimal.description
        case .text(let text): text
        }
    }
}
