@testable import ReinhardtURLs

/// The configuration problems building `entries` reports (empty when it builds).
func configurationProblems(
    _ entries: [URLEntry<String>], converters: ConverterRegistry = ConverterRegistry()
) -> [String] {
    do {
        _ = try URLResolver(entries, converters: converters)
        return []
    } catch {
        return error.problems
    }
}

/// The `NoReverseMatch` a reverse call throws, or `nil` when it succeeds.
func reverseError(_ body: @autoclosure () throws(NoReverseMatch) -> String) -> NoReverseMatch? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// A custom converter for tests: four-digit years, formatted back with leading zeros.
struct YearConverter: PathConverter {
    var regex: String { "[0-9]{4}" }

    func toValue(_ component: Substring) throws -> Int {
        guard let year = Int(component) else { throw PathConversionError("not a year") }
        return year
    }

    func toURL(_ value: Int) throws -> String {
        guard (0...9999).contains(value) else { throw PathConversionError("year out of range") }
        let digits = String(value)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}

/// A custom converter with an invalid regex.
struct BrokenConverter: PathConverter {
    var regex: String { "[0-9" }
    func toValue(_ component: Substring) throws -> String { String(component) }
    func toURL(_ value: String) throws -> String { value }
}
