extension DateFormat {
    /// The object being formatted and the time zone Django's `TimeFormat.__init__` settles on.
    struct Subject {
        /// The value, or nil for a non-date object (then `typeName` names its Python type).
        let value: DateTimeValue?
        let typeName: String
        let defaultZone: DateTimeZone
        /// `self.timezone`: set only for datetimes whose wall time is unambiguous in their zone.
        let timezone: DateTimeZone.Offset?

        init(value: DateTimeValue, zone: DateTimeZone) {
            self.value = value
            defaultZone = zone
            switch value.kind {
            case .date: typeName = "datetime.date"
            case .time: typeName = "datetime.time"
            case .dateTime: typeName = "datetime.datetime"
            }
            timezone = Self.formattingZone(value, zone)
        }

        /// A non-date object (a string, a number…) of Python type `typeName`.
        init(otherTypeName: String, zone: DateTimeZone) {
            value = nil
            typeName = otherTypeName
            defaultZone = zone
            timezone = nil
        }

        private static func formattingZone(_ value: DateTimeValue, _ zone: DateTimeZone) -> DateTimeZone.Offset? {
            guard value.kind == .dateTime else { return nil }
            if let offset = value.utcOffset {
                guard !value.isAmbiguousWallTime else { return nil }
                return DateTimeZone.Offset(
                    seconds: offset, name: value.zoneName ?? "", isDaylightSavingTime: value.isDaylightSavingTime)
            }
            let wall = zone.wallTime(value)
            return wall.isAmbiguousOrImaginary ? nil : wall.offset
        }

        /// The text of one format character, or the exception Django raises for it.
        func piece(_ specifier: UInt8, mode: Mode) throws(DateFormatError) -> String {
            if value?.kind == .date && timeSpecifiers.contains(specifier) {
                let found = String(Unicode.Scalar(specifier))
                throw DateFormatError(
                    .typeError, "The format for date objects may not contain time-related format specifiers (found '\(found)').")
            }
            if mode == .time && !timeSpecifiers.contains(specifier) {
                throw missingAttribute(String(Unicode.Scalar(specifier)), of: "TimeFormat")
            }
            if let text = zonePiece(specifier) { return text }
            return try valuePiece(specifier)
        }

        /// The specifiers that depend only on `self.timezone` (`e`, `I`, `O`, `T`, `Z`).
        private func zonePiece(_ specifier: UInt8) -> String? {
            switch specifier {
            case UInt8(ascii: "e"):
                guard timezone != nil, let value, value.isAware else { return "" }
                return value.zoneName ?? ""
            case UInt8(ascii: "I"): return timezone.map { $0.isDaylightSavingTime ? "1" : "0" } ?? ""
            case UInt8(ascii: "O"):
                guard let seconds = timezone?.seconds else { return "" }
                let magnitude = abs(seconds)
                return (seconds < 0 ? "-" : "+") + DateTimeValue.twoDigits(magnitude / 3600)
                    + DateTimeValue.twoDigits(magnitude / 60 % 60)
            case UInt8(ascii: "T"): return timezone?.name ?? ""
            case UInt8(ascii: "Z"): return timezone.map { String($0.seconds) } ?? ""
            default: return nil
            }
        }

        /// The specifiers that read the value's fields.
        private func valuePiece(_ specifier: UInt8) throws(DateFormatError) -> String {
            guard let value else {
                if specifier == UInt8(ascii: "r") || specifier == UInt8(ascii: "U") { throw combineError() }
                throw missingAttribute(Self.attribute(specifier), of: typeName)
            }
            if let text = Self.timePiece(specifier, value) { return text }
            switch specifier {
            case UInt8(ascii: "c"): return value.isoFormat
            case UInt8(ascii: "r"): return try rfc5322(value)
            case UInt8(ascii: "U"): return try epochSeconds(value)
            default:
                guard value.kind != .time else { throw missingAttribute(Self.attribute(specifier), of: typeName) }
                return Self.datePiece(specifier, value)
            }
        }

        /// Django's `TimeFormat` methods that read the clock fields.
        private static func timePiece(_ specifier: UInt8, _ value: DateTimeValue) -> String? {
            let hour12 = value.hour % 12 == 0 ? 12 : value.hour % 12
            switch specifier {
            case UInt8(ascii: "a"): return value.hour > 11 ? "p.m." : "a.m."
            case UInt8(ascii: "A"): return value.hour > 11 ? "PM" : "AM"
            case UInt8(ascii: "f"): return value.minute == 0 ? String(hour12) : String(hour12) + ":" + DateTimeValue.twoDigits(value.minute)
            case UInt8(ascii: "g"): return String(hour12)
            case UInt8(ascii: "G"): return String(value.hour)
            case UInt8(ascii: "h"): return DateTimeValue.twoDigits(hour12)
            case UInt8(ascii: "H"): return DateTimeValue.twoDigits(value.hour)
            case UInt8(ascii: "i"): return DateTimeValue.twoDigits(value.minute)
            case UInt8(ascii: "P"): return meridian(value)
            case UInt8(ascii: "s"): return DateTimeValue.twoDigits(value.second)
            case UInt8(ascii: "u"): return DateTimeValue.padded(value.microsecond, width: 6)
            default: return nil
            }
        }

        /// `P`: "midnight", "noon", or `f` followed by "a.m."/"p.m.".
        private static func meridian(_ value: DateTimeValue) -> String {
            if value.minute == 0 && value.hour == 0 { return "midnight" }
            if value.minute == 0 && value.hour == 12 { return "noon" }
            return timePiece(UInt8(ascii: "f"), value)! + " " + timePiece(UInt8(ascii: "a"), value)!
        }

        /// Django's `DateFormat` methods that read the calendar fields.
        private static func datePiece(_ specifier: UInt8, _ value: DateTimeValue) -> String {
            switch specifier {
            case UInt8(ascii: "b"): return EnglishDateNames.monthsLower3[value.month - 1]
            case UInt8(ascii: "d"): return DateTimeValue.twoDigits(value.day)
            case UInt8(ascii: "D"): return EnglishDateNames.weekdaysShort[value.weekday]
            case UInt8(ascii: "E"), UInt8(ascii: "F"): return EnglishDateNames.months[value.month - 1]
            case UInt8(ascii: "j"): return String(value.day)
            case UInt8(ascii: "l"): return EnglishDateNames.weekdays[value.weekday]
            case UInt8(ascii: "L"): return value.isLeapYear ? "True" : "False"
            case UInt8(ascii: "m"): return DateTimeValue.twoDigits(value.month)
            case UInt8(ascii: "M"): return EnglishDateNames.monthsShort[value.month - 1]
            case UInt8(ascii: "n"): return String(value.month)
            case UInt8(ascii: "N"): return EnglishDateNames.monthsAP[value.month - 1]
            case UInt8(ascii: "o"): return String(value.isoWeek.year)
            case UInt8(ascii: "S"): return ordinalSuffix(value.day)
            case UInt8(ascii: "t"): return String(value.daysInMonth)
            case UInt8(ascii: "w"): return String((value.weekday + 1) % 7)
            case UInt8(ascii: "W"): return String(value.isoWeek.week)
            case UInt8(ascii: "y"): return DateTimeValue.twoDigits(value.year % 100)
            case UInt8(ascii: "Y"): return DateTimeValue.padded(value.year, width: 4)
            default: return String(value.dayOfYear)  // "z"
            }
        }

        /// `S`: "st", "nd", "rd" or "th".
        private static func ordinalSuffix(_ day: Int) -> String {
            if (11...13).contains(day) { return "th" }
            switch day % 10 {
            case 1: return "st"
            case 2: return "nd"
            case 3: return "rd"
            default: return "th"
            }
        }

        /// `r`: `email.utils.format_datetime` of the value, made aware in the default zone when naive
        /// (dates at midnight).
        private func rfc5322(_ value: DateTimeValue) throws(DateFormatError) -> String {
            guard value.kind != .time else { throw combineError() }
            let moment = value.promotedToDateTime
            let offset = moment.utcOffset ?? defaultZone.wallTime(moment).offset.seconds
            return EnglishDateNames.weekdaysShort[moment.weekday] + ", " + DateTimeValue.twoDigits(moment.day) + " "
                + EnglishDateNames.monthsShort[moment.month - 1] + " " + DateTimeValue.padded(moment.year, width: 4) + " "
                + DateTimeValue.twoDigits(moment.hour) + ":" + DateTimeValue.twoDigits(moment.minute) + ":"
                + DateTimeValue.twoDigits(moment.second) + " " + DateTimeValue.offsetString(offset, separator: "")
        }

        /// `U`: `int(value.timestamp())`, naive values read in the default zone.
        private func epochSeconds(_ value: DateTimeValue) throws(DateFormatError) -> String {
            guard value.kind != .time else { throw combineError() }
            let moment = value.promotedToDateTime
            let wall = ProlepticCalendar.floorDivide(moment.wallMicroseconds, 1_000_000)
            let seconds: Int
            if let offset = moment.utcOffset { seconds = wall - offset } else { seconds = try localToSeconds(wall) }
            guard moment.microsecond != 0 else { return String(seconds) }
            return String(Int((Double(seconds) + Double(moment.microsecond) / 1e6).rounded(.towardZero)))
        }

        /// CPython's `local_to_seconds` (fold 0): the epoch seconds of a naive wall time in the
        /// default zone, with its `ValueError` when a probe strays outside years 1…9999.
        private func localToSeconds(_ t: Int) throws(DateFormatError) -> Int {
            let a = try local(t) - t
            let u1 = t - a
            let t1 = try local(u1)
            let b: Int
            if t1 == t {
                let u2 = u1 - 86_400
                b = try local(u2) - u2
                if a == b { return u1 }
            } else {
                b = t1 - u1
            }
            let u2 = t - b
            if try local(u2) == t { return u2 }
            if t1 == t { return u1 }
            return max(u1, u2)
        }

        /// CPython's `local(u)`: the wall time (as seconds) of an instant in the default zone.
        private func local(_ u: Int) throws(DateFormatError) -> Int {
            let wall = u + defaultZone.offset(atEpochSeconds: u).seconds
            let year = ProlepticCalendar.civil(fromDays: ProlepticCalendar.floorDivide(wall, 86_400)).year
            guard (1...9999).contains(year) else { throw DateFormatError(.valueError, "year \(year) is out of range") }
            return wall
        }

        private func combineError() -> DateFormatError {
            DateFormatError(.typeError, "combine() argument 1 must be datetime.date, not \(typeName)")
        }

        private func missingAttribute(_ name: String, of type: String) -> DateFormatError {
            DateFormatError(.attributeError, "'\(type)' object has no attribute '\(name)'")
        }

        /// The attribute Django's method reads first, for `AttributeError` messages.
        private static func attribute(_ specifier: UInt8) -> String {
            switch specifier {
            case UInt8(ascii: "c"): return "isoformat"
            case UInt8(ascii: "d"), UInt8(ascii: "j"), UInt8(ascii: "S"): return "day"
            case UInt8(ascii: "D"), UInt8(ascii: "l"), UInt8(ascii: "w"): return "weekday"
            case UInt8(ascii: "L"), UInt8(ascii: "t"), UInt8(ascii: "y"), UInt8(ascii: "Y"): return "year"
            case UInt8(ascii: "o"), UInt8(ascii: "W"): return "isocalendar"
            case UInt8(ascii: "z"): return "timetuple"
            case UInt8(ascii: "i"): return "minute"
            case UInt8(ascii: "s"): return "second"
            case UInt8(ascii: "u"): return "microsecond"
            case UInt8(ascii: "a"), UInt8(ascii: "A"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "G"),
                UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "P"):
                return "hour"
            default: return "month"
            }
        }
    }
}
