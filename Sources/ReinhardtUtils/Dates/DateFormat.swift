/// Django's `django.utils.dateformat`: PHP-style `date()` formatting of dates and times, with the
/// English (`en`) names and Django 5.2's rules for which specifiers each kind of value accepts.
public enum DateFormat {
    /// `dateformat.format(value, format)` (Django's `DateFormat`): every format character.
    ///
    /// - Parameter defaultTimeZone: Django's `TIME_ZONE`, used by `O`, `T`, `Z`, `I`, `r` and `U`
    ///   for naive datetimes and by `r` and `U` for dates.
    /// - Throws: `TypeError` for time specifiers in a date's format (Django's message), and for
    ///   `r`/`U` on a time; `AttributeError` for date specifiers on a time.
    public static func format(
        _ value: DateTimeValue, _ format: String, defaultTimeZone: DateTimeZone = .utc
    ) throws(DateFormatError) -> String {
        try render(Subject(value: value, zone: defaultTimeZone), format, mode: .date)
    }

    /// `dateformat.time_format(value, format)` (Django's `TimeFormat`): only the time specifiers
    /// `aAefgGhHiOPsTuZ`; any other format character raises `AttributeError`.
    public static func timeFormat(
        _ value: DateTimeValue, _ format: String, defaultTimeZone: DateTimeZone = .utc
    ) throws(DateFormatError) -> String {
        try render(Subject(value: value, zone: defaultTimeZone), format, mode: .time)
    }

    /// Which of Django's formatter classes is formatting.
    enum Mode {
        /// `DateFormat`: every specifier.
        case date
        /// `TimeFormat`: time specifiers only.
        case time
    }

    /// Format characters Django recognises (`re_formatchars`).
    static let specifiers = ByteSet("aAbcdDeEfFgGhHiIjlLmMnNoOPrsStTUuwWyYzZ")
    /// The specifiers `TimeFormat` defines; a `date` may not use them.
    static let timeSpecifiers = ByteSet("aAefgGhHiOPsTuZ")

    /// Splits `format` into specifiers and literal text as Django's two regular expressions do:
    /// a format character is literal right after a backslash, and `\x` becomes `x` (not for newlines).
    static func render(_ subject: Subject, _ format: String, mode: Mode) throws(DateFormatError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(format.utf8.count + 16)
        var previous: UInt8 = 0
        var escaping = false
        var iterator = format.utf8.makeIterator()
        var current = iterator.next()
        while let byte = current {
            let next = iterator.next()
            if previous != UInt8(ascii: "\\"), specifiers.contains(byte) {
                output.append(contentsOf: try subject.piece(byte, mode: mode).utf8)
                escaping = false
            } else if escaping {
                output.append(byte)
                escaping = false
            } else if byte == UInt8(ascii: "\\"), let next, next != UInt8(ascii: "\n") {
                escaping = true
            } else {
                output.append(byte)
            }
            previous = byte
            current = next
        }
        return String(decoding: output, as: UTF8.self)
    }
}
