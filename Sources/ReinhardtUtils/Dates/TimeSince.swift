/// Django's `django.utils.timesince`: "4 days, 6 hours" between two dates or datetimes, with
/// non-breaking spaces inside each part.
public enum TimeSince {
    /// `timesince(d, now, reversed, depth)`: the time from `d` to `now` in up to `depth` adjacent
    /// units (years, months, weeks, days, hours, minutes); "0\u{a0}minutes" when `d` is not before
    /// `now`. Dates count as naive midnights; an aware `now` is first moved to `d`'s offset.
    ///
    /// - Throws: `ValueError` for `depth < 1`, `AttributeError` for a `time`, and `TypeError` when
    ///   one value is naive and the other aware.
    public static func timesince(
        _ d: DateTimeValue, now: DateTimeValue, reversed: Bool = false, depth: Int = 2
    ) throws(DateFormatError) -> String {
        guard depth > 0 else { throw DateFormatError(.valueError, "depth must be greater than 0.") }
        var start = try promoted(d)
        var end = try promoted(now)
        if let offset = start.utcOffset, end.isAware {
            end = end.converted(toUTCOffset: offset, name: start.zoneName)
        }
        if reversed { swap(&start, &end) }
        guard let delta = end.microseconds(since: start) else {
            throw DateFormatError(.typeError, "can't subtract offset-naive and offset-aware datetimes")
        }
        guard ProlepticCalendar.floorDivide(delta, 1_000_000) > 0 else { return phrase(0, unit: 5) }
        let parts = partials(from: start, to: end)
        guard let first = parts.firstIndex(where: { $0 != 0 }) else { return phrase(0, unit: 5) }
        var result: [String] = []
        var unit = first
        while unit < parts.count, result.count < depth, parts[unit] != 0 {
            result.append(phrase(parts[unit], unit: unit))
            unit += 1
        }
        return result.joined(separator: ", ")
    }

    /// `timeuntil(d, now, depth)`: `timesince` measuring from `now` to `d`.
    public static func timeuntil(_ d: DateTimeValue, now: DateTimeValue, depth: Int = 2) throws(DateFormatError) -> String {
        try timesince(d, now: now, reversed: true, depth: depth)
    }

    /// The `timesince` template filter: "" for a missing value and where Django swallows the
    /// `TypeError` (naive against aware) or `ValueError`.
    ///
    /// - Parameter now: the current time, aware and in Django's `TIME_ZONE`; it stands in for a
    ///   missing `arg`, read as a naive local time when `value` is naive.
    /// - Throws: the `AttributeError` Django lets through for a `time` value or argument.
    public static func timesinceFilter(_ value: DateTimeValue?, _ arg: DateTimeValue?, now: DateTimeValue) throws(DateFormatError) -> String {
        try filter(value, arg, now: now, reversed: false)
    }

    /// The `timeuntil` template filter; see ``timesinceFilter(_:_:now:)``.
    public static func timeuntilFilter(_ value: DateTimeValue?, _ arg: DateTimeValue?, now: DateTimeValue) throws(DateFormatError) -> String {
        try filter(value, arg, now: now, reversed: true)
    }

    private static func filter(_ value: DateTimeValue?, _ arg: DateTimeValue?, now: DateTimeValue, reversed: Bool) throws(DateFormatError) -> String {
        guard let value else { return "" }
        do {
            let start = try promoted(value)
            var current = now
            if !start.isAware {
                current.utcOffset = nil
                current.timeZoneName = nil
            }
            return try timesince(value, now: arg ?? current, reversed: reversed)
        } catch where error.kind != .attributeError {
            return ""
        }
    }

    /// `datetime(d.year, d.month, d.day)` for a date; `AttributeError` for a time.
    private static func promoted(_ value: DateTimeValue) throws(DateFormatError) -> DateTimeValue {
        guard value.kind != .time else {
            throw DateFormatError(.attributeError, "'datetime.time' object has no attribute 'year'")
        }
        return value.promotedToDateTime
    }

    /// Seconds in a week, day, hour and minute.
    private static let chunks = [604_800, 86_400, 3600, 60]

    /// Years, months, weeks, days, hours and minutes from `start` to `end`, months counted on the
    /// calendar from a pivot that keeps `start`'s day (clamped to a 28-day February).
    private static func partials(from start: DateTimeValue, to end: DateTimeValue) -> [Int] {
        var totalMonths = (end.year - start.year) * 12 + (end.month - start.month)
        if start.day > end.day || (start.day == end.day && clock(start) > clock(end)) { totalMonths -= 1 }
        let years = ProlepticCalendar.floorDivide(totalMonths, 12)
        let months = totalMonths - years * 12
        var pivot = start
        if years != 0 || months != 0 {
            var pivotYear = start.year + years
            var pivotMonth = start.month + months
            if pivotMonth > 12 {
                pivotMonth -= 12
                pivotYear += 1
            }
            let monthDays = pivotMonth == 2 ? 28 : ProlepticCalendar.daysIn(month: pivotMonth, year: pivotYear)
            pivot = DateTimeValue(
                year: pivotYear, month: pivotMonth, day: min(monthDays, start.day), hour: start.hour,
                minute: start.minute, second: start.second, utcOffset: start.utcOffset)
        }
        var remaining = end.wallMicroseconds - pivot.wallMicroseconds
        var result = [years, months]
        for chunk in chunks {
            let count = ProlepticCalendar.floorDivide(remaining, chunk * 1_000_000)
            result.append(count)
            remaining -= count * chunk * 1_000_000
        }
        return result
    }

    /// `d.time()` as a comparable number.
    private static func clock(_ value: DateTimeValue) -> Int {
        ((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000 + value.microsecond
    }

    /// `ngettext("%(num)d year", "%(num)d years")` with Django's `avoid_wrapping`.
    private static func phrase(_ count: Int, unit: Int) -> String {
        let names = ["year", "month", "week", "day", "hour", "minute"]
        return String(count) + "\u{a0}" + names[unit] + (count == 1 ? "" : "s")
    }
}
