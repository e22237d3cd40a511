extension DateTimeValue {
    /// Parses `YYYY-MM-DD` (a date), `HH:MM[:SS[.ffffff]]` (a time) or
    /// `YYYY-MM-DDTHH:MM[:SS[.ffffff]]` (a datetime; `T` or a space between), each time optionally
    /// followed by `Z` or `±HH:MM[:SS]` / `±HHMM` (aware). Fields are range-checked as Python does.
    public init?(iso text: String) {
        var text = text
        guard let value = text.withUTF8({ DateTimeValue(isoUTF8: $0) }) else { return nil }
        self = value
    }

    /// Parses the UTF-8 bytes of an ISO 8601 text, as ``init(iso:)`` parses a string: how a
    /// database column is read in place, without a `String` first.
    package init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        var scanner = ISOScanner(bytes)
        if scanner.bytes.count >= 10, scanner.bytes[4] == UInt8(ascii: "-") {
            guard let (year, month, day) = scanner.date() else { return nil }
            if scanner.atEnd {
                self.init(year: year, month: month, day: day)
                return
            }
            guard scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: " ")),
                let clock = scanner.time(), scanner.atEnd
            else { return nil }
            self.init(
                year: year, month: month, day: day, hour: clock.hour, minute: clock.minute, second: clock.second,
                microsecond: clock.microsecond, utcOffset: clock.offset, timeZoneName: clock.offset.map(Self.fixedOffsetName))
        } else {
            guard let clock = scanner.time(), scanner.atEnd else { return nil }
            self.init(
                hour: clock.hour, minute: clock.minute, second: clock.second, microsecond: clock.microsecond,
                utcOffset: clock.offset, timeZoneName: clock.offset.map(Self.fixedOffsetName))
        }
    }

    /// Python's `isoformat()` for the value's kind: `2008-01-02`, `10:30:00.000123`,
    /// `2008-01-02T10:30:00+05:30` (format character `c`).
    public var isoFormat: String { isoFormat(separator: "T") }

    /// Python's `isoformat(sep)`: ``isoFormat`` with `separator` between a datetime's date and
    /// time; `str()` of a date, time or datetime is `isoFormat(separator: " ")`.
    public func isoFormat(separator: String) -> String {
        var text = ""
        if kind != .time {
            text = Self.padded(year, width: 4) + "-" + Self.twoDigits(month) + "-" + Self.twoDigits(day)
            if kind == .date { return text }
            text += separator
        }
        text += Self.twoDigits(hour) + ":" + Self.twoDigits(minute) + ":" + Self.twoDigits(second)
        if microsecond != 0 { text += "." + Self.padded(microsecond, width: 6) }
        if let utcOffset { text += Self.offsetString(utcOffset, separator: ":") }
        return text
    }
}

/// A forward-only reader over ISO 8601 bytes.
private struct ISOScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard position + digits <= bytes.count else { return nil }
        var value = 0
        for index in position..<position + digits {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        position += digits
        return value
    }

    mutating func date() -> (Int, Int, Int)? {
        guard let year = number(digits: 4), take(UInt8(ascii: "-")), let month = number(digits: 2),
            take(UInt8(ascii: "-")), let day = number(digits: 2),
            (1...9999).contains(year), (1...12).contains(month),
            (1...ProlepticCalendar.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return (year, month, day)
    }

    mutating func time() -> (hour: Int, minute: Int, second: Int, microsecond: Int, offset: Int?)? {
        guard let hour = number(digits: 2), take(UInt8(ascii: ":")), let minute = number(digits: 2),
            hour < 24, minute < 60
        else { return nil }
        var second = 0
        var microsecond = 0
        if take(UInt8(ascii: ":")) {
            guard let value = number(digits: 2), value < 60 else { return nil }
            second = value
            if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
                guard let fraction = fraction() else { return nil }
                microsecond = fraction
            }
        }
        let offset = offset()
        guard offset.valid else { return nil }
        return (hour, minute, second, microsecond, offset.seconds)
    }

    /// 1–6 fractional digits as microseconds.
    mutating func fraction() -> Int? {
        var value = 0
        var count = 0
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            guard count < 6 else { return nil }
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            count += 1
            position += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<6 { value *= 10 }
        return value
    }

    /// `Z`, `±HH:MM[:SS]`, `±HHMM` or nothing (`seconds` nil); `valid` false when malformed.
    mutating func offset() -> (valid: Bool, seconds: Int?) {
        if atEnd { return (true, nil) }
        if take(UInt8(ascii: "Z")) { return (true, 0) }
        let sign: Int
        if take(UInt8(ascii: "+")) { sign = 1 } else if take(UInt8(ascii: "-")) { sign = -1 } else { return (false, nil) }
        guard let hours = number(digits: 2) else { return (false, nil) }
        let colon = take(UInt8(ascii: ":"))
        guard let minutes = number(digits: 2), hours < 24, minutes < 60 else { return (false, nil) }
        var seconds = 0
        if colon, take(UInt8(ascii: ":")) {
            guard let value = number(digits: 2), value < 60 else { return (false, nil) }
            seconds = value
        }
        return (true, sign * (hours * 3600 + minutes * 60 + seconds))
    }
}
