import Foundation
import Testing

/// A parsed JSON value, for reading the Django fixtures.
enum FixtureValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([FixtureValue])
    case object([String: FixtureValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([FixtureValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: FixtureValue].self))
        }
    }

    subscript(key: String) -> FixtureValue {
        if case .object(let object) = self { return object[key] ?? .null }
        return .null
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var array: [FixtureValue] {
        if case .array(let value) = self { return value }
        return []
    }

    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    var isNull: Bool { self == .null }

    /// The value as Python's `str()` writes it (`True`, `None`, `1`, `1.5`); `nil` for lists/objects.
    var pythonString: String? {
        switch self {
        case .null: return "None"
        case .bool(let value): return value ? "True" : "False"
        case .number(let value): return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .string(let value): return value
        case .array, .object: return nil
        }
    }

    /// A list of strings, as `[[key, [values]]]` items hold them.
    var strings: [String] { array.compactMap(\.string) }
}

/// Loads one fixture file from the test bundle.
func loadFixture(_ name: String) throws -> FixtureValue {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    return try JSONDecoder().decode(FixtureValue.self, from: Data(contentsOf: url))
}

/// Formats a fixture case for failure messages.
func fixtureDescription(_ value: FixtureValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let value): return String(value)
    case .number(let value): return String(value)
    case .string(let value): return String(reflecting: value)
    case .array(let values): return "[" + values.map(fixtureDescription).joined(separator: ", ") + "]"
    case .object(let object):
        return "{" + object.keys.sorted().map { "\($0): \(fixtureDescription(object[$0]!))" }.joined(separator: ", ") + "}"
    }
}
