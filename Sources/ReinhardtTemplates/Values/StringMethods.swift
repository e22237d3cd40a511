import ReinhardtUtils

/// The Python `str` methods templates can call without parentheses (`{{ name.upper }}`): Django
/// looks attributes up on strings and calls what it finds.
enum StringMethods {
    static func call(_ name: String, on text: String) -> TemplateValue? {
        switch name {
        case "upper": return .string(TextFilters.upper(text))
        case "lower": return .string(TextFilters.lower(text))
        case "strip": return .string(PythonText.strip(text))
        case "isdigit": return .bool(!text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.numericType != nil && $0.properties.numericType != .numeric })
        case "isalpha": return .bool(!text.isEmpty && text.unicodeScalars.allSatisfy(\.properties.isAlphabetic))
        case "split": return .list(text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(PythonText.isSpace) }).map { .string(String($0)) })
        default: return nil
        }
    }
}
