import ReinhardtUtils

/// How `{{ number }}` prints: Django's `number_format` with no grouping — a float in Python's
/// `repr` unless that is in scientific notation, which is then written out in full (via `Decimal`),
/// and a `Decimal` in fixed-point (`{:f}`).
enum NumberDisplay {
    static func float(_ number: Double) -> String {
        let repr = PythonFloat.repr(number)
        guard repr.contains("e"), let decimal = PythonDecimal(repr) else { return repr }
        return Self.decimal(decimal)
    }

    static func decimal(_ number: PythonDecimal) -> String {
        number.fixedPointDescription
    }
}

/// How `{{ date }}` prints: `DATE_FORMAT`, `DATETIME_FORMAT` or `TIME_FORMAT` by kind.
enum DateDisplay {
    static func localized(_ date: DateTimeValue, zone: DateTimeZone) -> String {
        let name: String
        switch date.kind {
        case .date: name = "DATE_FORMAT"
        case .time: name = "TIME_FORMAT"
        case .dateTime: name = "DATETIME_FORMAT"
        }
        return (try? DateFormat.format(date, DateFormat.named(name) ?? "", defaultTimeZone: zone)) ?? date.pythonString
    }
}
