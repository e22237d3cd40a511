import ReinhardtUtils

/// A UTC calendar date and time computed from epoch seconds on the proleptic Gregorian
/// calendar: the arithmetic behind ``httpDate(_:)`` and ``parseHTTPDate(_:now:)``.
struct CivilTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    /// 0 = Monday … 6 = Sunday.
    var weekday: Int

    static let weekdayNames: [StaticString] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let monthNames: [StaticString] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let lowercaseMonthNames = monthNames.map { $0.description.lowercased() }

    /// The calendar fields of `epochSeconds` (UTC).
    init(epochSeconds: Int64) {
        let days = ProlepticCalendar.floorDivide(Int(epochSeconds), 86_400)
        let secondOfDay = Int(epochSeconds) - days * 86_400
        (year, month, day) = ProlepticCalendar.civil(fromDays: days)
        hour = secondOfDay / 3600
        minute = secondOfDay / 60 % 60
        second = secondOfDay % 60
        weekday = ProlepticCalendar.floorModulo(days + 3, 7)  // 1970-01-01 was a Thursday.
    }

    /// Python's `datetime.fromtimestamp` precision: round to microseconds, then drop the fraction.
    static func wholeSeconds(_ interval: Double) -> Int64 {
        let whole = interval.rounded(.down)
        let micros = ((interval - whole) * 1_000_000).rounded(.toNearestOrEven)
        return Int64(whole) + (micros >= 1_000_000 ? 1 : 0)
    }

    /// The month number (1–12) for an English three-letter abbreviation, in any case.
    static func month(named name: String) -> Int? {
        let lowered = name.lowercased()
        return lowercaseMonthNames.firstIndex { ExactText.equal($0, lowered) }.map { $0 + 1 }
    }

    /// Epoch seconds for a UTC date and time; `nil` when a field is out of range (as Python's
    /// `datetime()` rejects day 31 of April, hour 24 or second 60).
    static func epochSeconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int64? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...ProlepticCalendar.daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        let days = ProlepticCalendar.days(year: year, month: month, day: day)
        return Int64(days * 86_400 + hour * 3600 + minute * 60 + second)
    }
}
