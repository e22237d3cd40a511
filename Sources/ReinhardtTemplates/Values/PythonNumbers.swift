import ReinhardtUtils

/// Python's `int(x)` and `float(x)` on template values, as filters and tags convert arguments.
enum PythonNumbers {
    /// `int(value)`, or nil where Python raises.
    static func int(_ value: TemplateValue) -> Int? {
        switch value {
        case .bool(let flag): return flag ? 1 : 0
        case .int(let number): return number
        case .double(let number):
            guard number.isFinite, abs(number) < 9.2e18 else { return nil }
            return Int(number.rounded(.towardZero))
        case .decimal(let number): return number.truncatedInt
        case .string(let text), .safeString(let text): return PythonInt.parse(text)
        default: return nil
        }
    }

    /// `float(value)`, or nil where Python raises.
    static func float(_ value: TemplateValue) -> Double? {
        switch value {
        case .bool(let flag): return flag ? 1 : 0
        case .int(let number): return Double(number)
        case .double(let number): return number
        case .decimal(let number): return number.doubleValue
        case .string(let text), .safeString(let text): return PythonFloat.parse(text)
        default: return nil
        }
    }
}
