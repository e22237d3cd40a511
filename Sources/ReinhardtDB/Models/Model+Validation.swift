import ReinhardtUtils

/// Django's `full_clean()`: every field checked against its options, errors collected per field.
public struct ValidationError: Error, Sendable, CustomStringConvertible {
    /// The messages for each field name, in Django's words.
    public var fieldErrors: [String: [String]]

    /// `field: message` lines.
    public var description: String {
        fieldErrors.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.joined(separator: " "))" }.joined(separator: "\n")
    }
}

extension Model {
    /// Checks every field — blank, null, length, choices, digits, sign — and, given a database,
    /// uniqueness; throws every problem at once, by field (Django's `full_clean`).
    public func fullClean(in database: Database? = nil) async throws {
        var errors: [String: [String]] = [:]
        for (field, value) in zip(Self.schema.fields, databaseValues) where !(field.isPrimaryKey && field.kind.isAutoIncrementing) {
            let messages = Self.problems(field, value)
            if !messages.isEmpty { errors[field.name] = messages }
        }
        if let database { try await uniqueProblems(in: database, into: &errors) }
        if !errors.isEmpty { throw ValidationError(fieldErrors: errors) }
    }

    static func problems(_ field: FieldSchema, _ value: DatabaseValue) -> [String] {
        if value.isNull { return field.isNullable ? [] : ["This field cannot be null."] }
        var messages: [String] = []
        if let text = value.stringValue, text.isEmpty, !field.allowsBlank, field.kind != .json {
            messages.append("This field cannot be blank.")
        }
        if case .char(let length) = field.kind, let text = value.stringValue, text.count > length {
            messages.append("Ensure this value has at most \(length) characters (it has \(text.count)).")
        }
        if !field.choices.isEmpty, !field.choices.contains(where: { $0.value == value }) {
            messages.append("Value \(value.stringValue.map { "'\($0)'" } ?? "\(value)") is not a valid choice.")
        }
        if case .decimal(let digits, let places) = field.kind, let number = value.decimalValue {
            messages += decimalProblems(number, digits: digits, places: places)
        }
        if field.kind == .positiveInteger, let number = value.int64Value, number < 0 {
            messages.append("Ensure this value is greater than or equal to 0.")
        }
        // Django runs the validators only on a value that passed the field's own checks.
        guard messages.isEmpty, !(value.stringValue?.isEmpty ?? false) else { return messages }
        return field.validators.compactMap { $0.problem(with: value) }
    }

    private static func decimalProblems(_ number: PythonDecimal, digits: Int, places: Int) -> [String] {
        let decimals = max(0, -number.exponent)
        let whole = number.digits.count - decimals
        if number.digits.count > digits { return ["Ensure that there are no more than \(digits) digits in total."] }
        if decimals > places { return ["Ensure that there are no more than \(places) decimal places."] }
        if whole > digits - places { return ["Ensure that there are no more than \(digits - places) digits before the decimal point."] }
        return []
    }

    private func uniqueProblems(in database: Database, into errors: inout [String: [String]]) async throws {
        for (field, value) in zip(Self.schema.fields, databaseValues) where field.isUnique && !field.isPrimaryKey && !value.isNull {
            var others = Self.objects.using(database).filter(Q.lookup(field.name, value))
            if !primaryKeyValue.isNull { others = others.exclude(Q.lookup("pk", primaryKeyValue)) }
            if try await others.exists() {
                errors[field.name, default: []].append("\(Self.schema.name) with this \(field.name.replacing("_", with: " ")) already exists.")
            }
        }
    }
}
