/// A UTC calendar date and time computed from epoch seconds with Howard Hinnant's civil-date
/// algorithms: the arithmetic behind ``httpDate(_:)`` and ``parseHTTPDate(_:now:)``.
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
        let days = Self.floorDivide(epochSeconds, 86_400)
        let secondOfDay = Int(epochSeconds - days * 86_400)
        (year, month, day) = Self.civil(fromDays: days)
        hour = secondOfDay / 3600
        minute = secondOfDay / 60 % 60
        second = secondOfDay % 60
        weekday = Int(Self.floorModulo(days + 3, 7))  // 1970-01-01 was a Thursday.
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
        guard (1...9999).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The number of days in a month.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civil(fromDays days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        let month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
        let year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : (a - b + 1) / b
    }

    private static func floorModulo(_ a: Int64, _ b: Int64) -> Int64 {
        a - floorDivide(a, b) * b
    }
}
