/// A Python `date`, `time` or `datetime`: calendar fields, not an instant, so formatting is exact.
///
/// Values are not validated on construction (``init(iso:)`` does validate); keep fields in
/// Python's ranges (years 1…9999) when building one by hand.
public struct DateTimeValue: Sendable, Hashable {
    /// Which Python type the value stands for.
    public enum Kind: Sendable, Hashable {
        /// `datetime.date`.
        case date
        /// `datetime.time`.
        case time
        /// `datetime.datetime`.
        case dateTime
    }

    public var kind: Kind
    /// Calendar fields; for `.time`: 1900, 1, 1.
    public var year: Int, month: Int, day: Int
    /// Clock fields; for `.date`: 0.
    public var hour: Int, minute: Int, second: Int, microsecond: Int
    /// Seconds east of UTC when aware; nil when naive.
    public var utcOffset: Int?
    /// The zone's abbreviation for format characters `T` and `e` when aware (e.g. "UTC", "CET");
    /// nil when naive. An aware value without a name is treated as Python's fixed-offset
    /// `timezone`, whose name is "UTC" or "UTC+05:30".
    public var timeZoneName: String?
    /// Whether the zone observes daylight saving time at this value (`tzinfo.dst()` non-zero),
    /// for format character `I`. False for fixed offsets.
    public var isDaylightSavingTime: Bool
    /// Whether this wall-clock time is ambiguous or imaginary in its zone (a DST transition):
    /// Django then prints nothing for `e`, `I`, `O`, `T` and `Z`. False for fixed offsets.
    public var isAmbiguousWallTime: Bool

    /// A `datetime.date`.
    public init(year: Int, month: Int, day: Int) {
        self.init(kind: .date, year: year, month: month, day: day, hour: 0, minute: 0, second: 0, microsecond: 0)
    }

    /// A `datetime.time`, aware when `utcOffset` is given.
    public init(hour: Int, minute: Int, second: Int = 0, microsecond: Int = 0, utcOffset: Int? = nil, timeZoneName: String? = nil) {
        self.init(
            kind: .time, year: 1900, month: 1, day: 1, hour: hour, minute: minute, second: second, microsecond: microsecond,
            utcOffset: utcOffset, timeZoneName: timeZoneName)
    }

    /// A `datetime.datetime`, aware when `utcOffset` is given.
    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, microsecond: Int = 0,
        utcOffset: Int? = nil, timeZoneName: String? = nil, isDaylightSavingTime: Bool = false, isAmbiguousWallTime: Bool = false
    ) {
        self.init(
            kind: .dateTime, year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            microsecond: microsecond, utcOffset: utcOffset, timeZoneName: timeZoneName,
            isDaylightSavingTime: isDaylightSavingTime, isAmbiguousWallTime: isAmbiguousWallTime)
    }

    /// Every field spelled out.
    public init(
        kind: Kind, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, microsecond: Int,
        utcOffset: Int? = nil, timeZoneName: String? = nil, isDaylightSavingTime: Bool = false, isAmbiguousWallTime: Bool = false
    ) {
        self.kind = kind
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.utcOffset = utcOffset
        self.timeZoneName = timeZoneName
        self.isDaylightSavingTime = isDaylightSavingTime
        self.isAmbiguousWallTime = isAmbiguousWallTime
    }
}

extension DateTimeValue {
    /// Python's `timezone.is_aware`: an offset is attached.
    public var isAware: Bool { utcOffset != nil }

    /// The zone name Python prints for this aware value (`tzname()`); nil when naive.
    public var zoneName: String? {
        guard let utcOffset else { return nil }
        return timeZoneName ?? Self.fixedOffsetName(utcOffset)
    }

    /// The `tzname()` of Python's `datetime.timezone(timedelta(seconds: offset))`: "UTC", "UTC+05:30".
    public static func fixedOffsetName(_ offset: Int) -> String {
        offset == 0 ? "UTC" : "UTC" + offsetString(offset, separator: ":")
    }

    /// `±HH<sep>MM`, with `<sep>SS` when the offset has seconds (Python's `%z` / `isoformat`).
    package static func offsetString(_ offset: Int, separator: String) -> String {
        let magnitude = abs(offset)
        var text = (offset < 0 ? "-" : "+") + twoDigits(magnitude / 3600) + separator + twoDigits(magnitude / 60 % 60)
        if magnitude % 60 != 0 { text += separator + twoDigits(magnitude % 60) }
        return text
    }

    package static func twoDigits(_ number: Int) -> String {
        number < 10 && number >= 0 ? "0" + String(number) : String(number)
    }

    /// Python's `"%0<width>d" % number`.
    package static func padded(_ number: Int, width: Int) -> String {
        let digits = String(abs(number))
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (number < 0 ? 1 : 0)))
        return (number < 0 ? "-" : "") + zeros + digits
    }
}

// MARK: - Calendar facts

extension DateTimeValue {
    /// Python's `weekday()`: 0 = Monday … 6 = Sunday.
    public var weekday: Int { ProlepticCalendar.weekday(year: year, month: month, day: day) }

    /// Python's `isocalendar()` year and week number.
    public var isoWeek: (year: Int, week: Int) { ProlepticCalendar.isoWeek(year: year, month: month, day: day) }

    /// The day of the year, 1…366.
    public var dayOfYear: Int { ProlepticCalendar.dayOfYear(year: year, month: month, day: day) }

    /// The number of days in this value's month.
    public var daysInMonth: Int { ProlepticCalendar.daysIn(month: month, year: year) }

    /// Whether this value's year is a leap year.
    public var isLeapYear: Bool { ProlepticCalendar.isLeap(year) }
}

// MARK: - Arithmetic

extension DateTimeValue {
    /// Microseconds from 1970-01-01 00:00 to this wall-clock time, ignoring any offset.
    package var wallMicroseconds: Int {
        let days = ProlepticCalendar.days(year: year, month: month, day: day)
        return ((days * 86_400 + hour * 3600 + minute * 60 + second) * 1_000_000) + microsecond
    }

    /// Microseconds since the Unix epoch of an aware value; nil when naive.
    public var epochMicroseconds: Int? {
        utcOffset.map { wallMicroseconds - $0 * 1_000_000 }
    }

    /// A datetime with the wall-clock time `wallMicroseconds` since 1970-01-01.
    package init(wallMicroseconds: Int, utcOffset: Int?, timeZoneName: String?) {
        let micro = ProlepticCalendar.floorModulo(wallMicroseconds, 1_000_000)
        let seconds = ProlepticCalendar.floorDivide(wallMicroseconds, 1_000_000)
        let days = ProlepticCalendar.floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = ProlepticCalendar.civil(fromDays: days)
        self.init(
            year: year, month: month, day: day, hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60,
            second: secondOfDay % 60, microsecond: micro, utcOffset: utcOffset, timeZoneName: timeZoneName)
    }

    /// The same instant at another fixed offset (Python's `astimezone`); naive values and
    /// non-datetimes come back unchanged.
    public func converted(toUTCOffset offset: Int, name: String? = nil) -> DateTimeValue {
        guard kind == .dateTime, let epoch = epochMicroseconds else { return self }
        return DateTimeValue(wallMicroseconds: epoch + offset * 1_000_000, utcOffset: offset, timeZoneName: name)
    }

    /// The naive datetime at midnight of a date (`datetime(d.year, d.month, d.day)`); other kinds unchanged.
    public var promotedToDateTime: DateTimeValue {
        kind == .date ? DateTimeValue(year: year, month: month, day: day) : self
    }

    /// `self - other` in microseconds, as Python subtracts datetimes: wall-clock difference for two
    /// naive values, instant difference for two aware ones; nil (Python's `TypeError`) when one is
    /// naive and the other aware.
    public func microseconds(since other: DateTimeValue) -> Int? {
        switch (epochMicroseconds, other.epochMicroseconds) {
        case (let a?, let b?): return a - b
        case (nil, nil): return wallMicroseconds - other.wallMicroseconds
        default: return nil
        }
    }
}
