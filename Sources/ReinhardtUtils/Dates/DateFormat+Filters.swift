extension DateFormat {
    /// What `django.utils.formats.get_format(name)` returns for the `en` locale, as `str()` of
    /// it (the date filters format that text); nil for names that are not format settings, which
    /// `get_format` hands back unchanged.
    public static func named(_ name: String) -> String? {
        namedFormats[name]
    }

    private static let namedFormats: [String: String] = [
        "DATE_FORMAT": "N j, Y",
        "TIME_FORMAT": "P",
        "DATETIME_FORMAT": "N j, Y, P",
        "YEAR_MONTH_FORMAT": "F Y",
        "MONTH_DAY_FORMAT": "F j",
        "SHORT_DATE_FORMAT": "m/d/Y",
        "SHORT_DATETIME_FORMAT": "m/d/Y P",
        "DECIMAL_SEPARATOR": ".",
        "THOUSAND_SEPARATOR": ",",
        "NUMBER_GROUPING": "3",
        "FIRST_DAY_OF_WEEK": "0",
        "DATE_INPUT_FORMATS":
            "['%Y-%m-%d', '%m/%d/%Y', '%m/%d/%y', '%b %d %Y', '%b %d, %Y', '%d %b %Y', '%d %b, %Y', '%B %d %Y', '%B %d, %Y', '%d %B %Y', '%d %B, %Y']",
        "TIME_INPUT_FORMATS": "['%H:%M:%S', '%H:%M:%S.%f', '%H:%M']",
        "DATETIME_INPUT_FORMATS":
            "['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M:%S.%f', '%Y-%m-%d %H:%M', '%m/%d/%Y %H:%M:%S', '%m/%d/%Y %H:%M:%S.%f', '%m/%d/%Y %H:%M', '%m/%d/%y %H:%M:%S', '%m/%d/%y %H:%M:%S.%f', '%m/%d/%y %H:%M', '%Y-%m-%d']",
    ]

    /// `django.utils.formats.date_format(value, format)`: `format` (default `DATE_FORMAT`) may
    /// name a format setting.
    public static func dateFormat(
        _ value: DateTimeValue, _ format: String? = nil, defaultTimeZone: DateTimeZone = .utc
    ) throws(DateFormatError) -> String {
        try self.format(value, resolve(format, default: "DATE_FORMAT"), defaultTimeZone: defaultTimeZone)
    }

    /// `django.utils.formats.time_format(value, format)`: `format` (default `TIME_FORMAT`) may
    /// name a format setting.
    public static func timeFormat(
        _ value: DateTimeValue, named format: String? = nil, defaultTimeZone: DateTimeZone = .utc
    ) throws(DateFormatError) -> String {
        try timeFormat(value, resolve(format, default: "TIME_FORMAT"), defaultTimeZone: defaultTimeZone)
    }

    /// The `date` template filter on a date, time or datetime (already converted to local time by
    /// the engine, as `expects_localtime` asks). A nil or empty `format` means `DATE_FORMAT`.
    /// Returns "" where Django does (an `AttributeError`, e.g. a time formatted with date specifiers).
    ///
    /// - Throws: the `TypeError`s Django lets through (time specifiers on a date; `r`/`U` on a time).
    public static func dateFilter(
        _ value: DateTimeValue, format: String?, defaultTimeZone: DateTimeZone = .utc
    ) throws(DateFormatError) -> String {
        try dateFilter(Subject(value: value, zone: defaultTimeZone), format: format)
    }

    /// The `date` filter on a value that is not a date (neither None nor ""), of Python type
    /// `typeName` (e.g. "str", "int"): Django still formats it, so literal text survives, `e`/`I`/
    /// `O`/`T`/`Z` print nothing, any other specifier makes the result "", and `r`/`U` throw.
    public static func dateFilter(
        nonDateOfType typeName: String, format: String?, defaultTimeZone: DateTimeZone = .utc
    ) throws(DateFormatError) -> String {
        try dateFilter(Subject(otherTypeName: typeName, zone: defaultTimeZone), format: format)
    }

    /// The `time` template filter on a date, time or datetime: a nil or empty `format` means
    /// `TIME_FORMAT`; only time specifiers work (on a datetime they format its time part); any
    /// error gives "".
    public static func timeFilter(_ value: DateTimeValue, format: String?, defaultTimeZone: DateTimeZone = .utc) -> String {
        timeFilter(Subject(value: value, zone: defaultTimeZone), format: format)
    }

    /// The `time` filter on a value that is not a date (neither None nor ""), of Python type `typeName`.
    public static func timeFilter(nonDateOfType typeName: String, format: String?, defaultTimeZone: DateTimeZone = .utc) -> String {
        timeFilter(Subject(otherTypeName: typeName, zone: defaultTimeZone), format: format)
    }

    /// `get_format(format or fallback)`.
    private static func resolve(_ format: String?, default fallback: String) -> String {
        let name = format.flatMap { $0.isEmpty ? nil : $0 } ?? fallback
        return named(name) ?? name
    }

    /// `date_format(value, arg)`, then on `AttributeError` `format(value, arg)`, then "".
    private static func dateFilter(_ subject: Subject, format: String?) throws(DateFormatError) -> String {
        do {
            return try render(subject, resolve(format, default: "DATE_FORMAT"), mode: .date)
        } catch where error.kind == .attributeError {
            do {
                return try render(subject, format ?? "None", mode: .date)
            } catch where error.kind == .attributeError {
                return ""
            }
        }
    }

    /// `time_format(value, arg)`, then `dateformat.time_format(value, arg)`, then "".
    private static func timeFilter(_ subject: Subject, format: String?) -> String {
        if let text = try? render(subject, resolve(format, default: "TIME_FORMAT"), mode: .time) { return text }
        return (try? render(subject, format ?? "None", mode: .time)) ?? ""
    }
}
