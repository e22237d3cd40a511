import ReinhardtUtils

/// Checks and converts values for a field before any SQL is written: a value that cannot fit the
/// column (text too long, a number that is not a number, a decimal with too many digits) is refused
/// here with a message naming the field — Django's `get_prep_value` plus validation of the type.
enum FieldValues {
    static func convert(_ value: LookupValue, for field: FieldSchema, lookup: Lookup) throws -> LookupValue {
        switch lookup {
        case .isnull: return value
        case .contains, .icontains, .startswith, .istartswith, .endswith, .iendswith, .iexact, .regex, .iregex:
            return value
        case .year, .month, .day, .hour, .minute, .second, .weekDay:
            guard case .single(let v) = value, v.int64Value != nil else {
                throw ModelError(.invalidValue, "Field '\(field.name)' expected a number for '\(lookup.rawValue)' but got \(value.description).")
            }
            return value
        default:
            switch value {
            case .single(let v): return .single(try prepare(v, for: field, checkLength: false))
            case .list(let values): return .list(try values.map { try prepare($0, for: field, checkLength: false) })
            }
        }
    }

    /// A row as read, with each value in the field's form: SQLite hands decimals back as numbers
    /// without their scale, so they are quantized to the field's decimal places (as Django's
    /// `DecimalField.from_db_value` does).
    static func normalize(_ row: Row, for schema: ModelSchema) -> Row {
        guard hasDecimals(schema) else { return row }
        var values = row.values
        var changed = false
        for (position, field) in schema.fields.enumerated() {
            guard let index = row.columns.index(of: field.column, expectedAt: position),
                let quantized = quantized(values[index], for: field)
            else { continue }
            values[index] = quantized
            changed = true
        }
        guard changed else { return row }
        var normalized = Row(columns: row.columns, values: values)
        normalized.related = row.related
        normalized.relatedSets = row.relatedSets
        return normalized
    }

    /// A decimal field's value read back, quantized to the field's decimal places; nil when the
    /// field is no decimal or the value is already in its form.
    static func quantized(_ value: DatabaseValue, for field: FieldSchema) -> DatabaseValue? {
        guard case .decimal(_, let places) = field.kind else { return nil }
        if case .decimal(let stored) = value, stored.exponent == -places { return nil }
        guard let number = value.decimalValue ?? value.doubleValue.map({ PythonDecimal($0) }),
            let quantized = number.quantized(exponent: -places, rounding: .halfEven)
        else { return nil }
        return .decimal(quantized)
    }

    /// Whether any field of `schema` is a decimal, the only kind ``normalize(_:for:)`` changes.
    static func hasDecimals(_ schema: ModelSchema) -> Bool {
        schema.fields.contains { if case .decimal = $0.kind { true } else { false } }
    }

    /// `value` in the form the field stores, or an error naming the field.
    static func prepare(_ value: DatabaseValue, for field: FieldSchema, checkLength: Bool = true) throws -> DatabaseValue {
        if value.isNull {
            return value
        }
        switch field.kind {
        case .autoField, .bigAutoField, .integer, .bigInteger, .smallInteger, .positiveInteger, .foreignKey, .duration:
            if let number = value.int64Value { return .integer(number) }
            if let text = value.stringValue, let number = Int64(text) { return .integer(number) }
            throw invalid(field, value, "an integer")
        case .float:
            guard let number = value.doubleValue ?? value.stringValue.flatMap(Double.init) else { throw invalid(field, value, "a number") }
            return .real(number)
        case .decimal(let digits, let places):
            guard let number = value.decimalValue ?? value.stringValue.flatMap(PythonDecimal.init) else { throw invalid(field, value, "a decimal number") }
            guard let quantized = number.quantized(exponent: -places, rounding: .halfEven), quantized.digits.count <= max(digits, 1) else {
                throw ModelError(.invalidValue, "Field '\(field.name)' allows at most \(digits) digits with \(places) decimal places; \(number) does not fit.")
            }
            return .decimal(quantized)
        case .boolean:
            guard let flag = value.boolValue else { throw invalid(field, value, "true or false") }
            return .boolean(flag)
        case .char(let maxLength):
            guard let text = value.stringValue else { throw invalid(field, value, "text") }
            if checkLength, text.count > maxLength {
                throw ModelError(.invalidValue, "Field '\(field.name)' holds at most \(maxLength) characters; the value has \(text.count).")
            }
            return .text(text)
        default:
            return value
        }
    }

    private static func invalid(_ field: FieldSchema, _ value: DatabaseValue, _ expected: String) -> ModelError {
        ModelError(.invalidValue, "Field '\(field.name)' expected \(expected) but got \(value).")
    }
}
