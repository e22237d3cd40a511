/// Proleptic Gregorian calendar arithmetic (Python's `datetime` calendar) using Howard Hinnant's
/// civil-date algorithms; day numbers count from 1970-01-01.
package enum ProlepticCalendar {
    /// Python's `calendar.isleap`.
    package static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in a month (`calendar.monthrange(year, month)[1]`).
    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a date.
    package static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count since 1970-01-01.
    package static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Python's `date.weekday()`: 0 = Monday … 6 = Sunday.
    package static func weekday(year: Int, month: Int, day: Int) -> Int {
        floorModulo(days(year: year, month: month, day: day) + 3, 7)  // 1970-01-01 was a Thursday.
    }

    /// The day of the year, 1…366 (`timetuple().tm_yday`).
    package static func dayOfYear(year: Int, month: Int, day: Int) -> Int {
        days(year: year, month: month, day: day) - days(year: year, month: 1, day: 1) + 1
    }

    /// Python's `date.isocalendar()` year and week.
    package static func isoWeek(year: Int, month: Int, day: Int) -> (year: Int, week: Int) {
        let ordinal = days(year: year, month: month, day: day)
        let week1Monday = isoWeek1Monday(year)
        if ordinal < week1Monday {
            return (year - 1, (ordinal - isoWeek1Monday(year - 1)) / 7 + 1)
        }
        if ordinal >= isoWeek1Monday(year + 1) {
            return (year + 1, 1)
        }
        return (year, (ordinal - week1Monday) / 7 + 1)
    }

    /// The day number of the Monday starting ISO week 1 of `year` (the week holding January 4th).
    private static func isoWeek1Monday(_ year: Int) -> Int {
        let january4 = days(year: year, month: 1, day: 4)
        return january4 - floorModulo(january4 + 3, 7)
    }

    package static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : (a - b + 1) / b
    }

    package static func floorModulo(_ a: Int, _ b: Int) -> Int {
        a - floorDivide(a, b) * b
    }
}
