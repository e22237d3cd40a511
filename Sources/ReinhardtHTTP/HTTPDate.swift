public import Foundation

/// Formats a date as an HTTP date (RFC 9110 IMF-fixdate), exactly as Django's `http_date()`:
/// `Sun, 06 Nov 1994 08:49:37 GMT`. Fractions of a second are dropped.
///
/// Computed arithmetically: no `DateFormatter`, no locale, safe on any thread.
///
/// - Parameter date: The date.
/// - Returns: The formatted date.
public func httpDate(_ date: Date) -> String {
    let civil = CivilTime(epochSeconds: CivilTime.wholeSeconds(date.timeIntervalSince1970))
    guard (0...9999).contains(civil.year) else { return slowHTTPDate(civil) }
    return String(unsafeUninitializedCapacity: 29) { output in
        var writer = DigitWriter(output: output)
        writer.append(CivilTime.weekdayNames[civil.weekday])
        writer.append(", ")
        writer.append(civil.day, digits: 2)
        writer.append(" ")
        writer.append(CivilTime.monthNames[civil.month - 1])
        writer.append(" ")
        writer.append(civil.year, digits: 4)
        writer.append(" ")
        writer.append(civil.hour, digits: 2)
        writer.append(":")
        writer.append(civil.minute, digits: 2)
        writer.append(":")
        writer.append(civil.second, digits: 2)
        writer.append(" GMT")
        return writer.count
    }
}

/// Years outside 0–9999 (Python cannot represent them; Django would fail), written with `%04d`.
private func slowHTTPDate(_ civil: CivilTime) -> String {
    let weekday = CivilTime.weekdayNames[civil.weekday].description
    let month = CivilTime.monthNames[civil.month - 1].description
    let time = [civil.hour, civil.minute, civil.second].map(twoDigits).joined(separator: ":")
    return "\(weekday), \(twoDigits(civil.day)) \(month) \(civil.year) \(time) GMT"
}

/// Writes ASCII text and zero-padded numbers into a byte buffer.
private struct DigitWriter {
    let output: UnsafeMutableBufferPointer<UInt8>
    var count = 0

    mutating func append(_ text: StaticString) {
        let bytes = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        for byte in bytes { output[count] = byte; count += 1 }
    }

    mutating func append(_ number: Int, digits: Int) {
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            output[count] = UInt8(ascii: "0") + UInt8(number / divisor % 10)
            count += 1
            divisor /= 10
        }
    }
}

/// Parses an HTTP date in any of the three formats RFC 9110 allows, exactly as Django's
/// `parse_http_date_safe()`:
///
/// - IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`
/// - RFC 850: `Sunday, 06-Nov-94 08:49:37 GMT`
/// - asctime: `Sun Nov  6 08:49:37 1994`
///
/// As in Django, a year below 100 — two digits, but also `0094` in the four-digit formats — is put
/// in the current century, or the previous one when that would be more than 50 years ahead of
/// `now`. The weekday is not checked against the date, month names are case-insensitive, and one
/// trailing newline is tolerated (Python's `$`).
///
/// - Parameters:
///   - text: The header value.
///   - now: The current time, to resolve two-digit years.
/// - Returns: The date, or `nil` when the text is not a valid HTTP date.
public func parseHTTPDate(_ text: String, now: Date = Date()) -> Date? {
    guard let fields = HTTPDateSyntax.match(text) else { return nil }
    var year = fields.year
    if year < 100 {
        let currentYear = CivilTime(epochSeconds: CivilTime.wholeSeconds(now.timeIntervalSince1970)).year
        let century = currentYear - currentYear % 100
        year += year - currentYear % 100 > 50 ? century - 100 : century
    }
    guard let month = CivilTime.month(named: fields.month),
        let seconds = CivilTime.epochSeconds(
            year: year, month: month, day: fields.day, hour: fields.hour, minute: fields.minute,
            second: fields.second)
    else { return nil }
    return Date(timeIntervalSince1970: TimeInterval(seconds))
}

/// `n` as two digits.
private func twoDigits(_ n: Int) -> String {
    n < 10 ? "0" + String(n) : String(n)
}

