import Foundation
import Testing
@testable import ReinhardtUtils

/// `DateTimeValue` parsing, calendar facts and zone conversion, expectations from Python 3.11
/// (`datetime.fromisoformat`, `datetime.fromtimestamp(ts, ZoneInfo(...))`) and Django 5.2.
@Suite struct DateTimeValueTests {
    /// Zone, timestamp, Python's aware datetime, Django's `format(value, "e I O T Z U c")`.
    static let zoneRows: [(String, Double, DateTimeValue, String)] = [
        ("Europe/Paris", 1720000000.25, DateTimeValue(year: 2024, month: 7, day: 3, hour: 11, minute: 46, second: 40, microsecond: 250000, utcOffset: 7200, timeZoneName: "CEST", isDaylightSavingTime: true), "CEST 1 +0200 CEST 7200 1720000000 2024-07-03T11:46:40.250000+02:00"),
        ("Europe/Paris", 1700000000, DateTimeValue(year: 2023, month: 11, day: 14, hour: 23, minute: 13, second: 20, microsecond: 0, utcOffset: 3600, timeZoneName: "CET"), "CET 0 +0100 CET 3600 1700000000 2023-11-14T23:13:20+01:00"),
        ("America/New_York", 1636262999, DateTimeValue(year: 2021, month: 11, day: 7, hour: 1, minute: 29, second: 59, microsecond: 0, utcOffset: -14400, timeZoneName: "EDT", isDaylightSavingTime: true, isAmbiguousWallTime: true), "     1636262999 2021-11-07T01:29:59-04:00"),
        ("America/New_York", 1636263000, DateTimeValue(year: 2021, month: 11, day: 7, hour: 1, minute: 30, second: 0, microsecond: 0, utcOffset: -14400, timeZoneName: "EDT", isDaylightSavingTime: true, isAmbiguousWallTime: true), "     1636263000 2021-11-07T01:30:00-04:00"),
        ("America/New_York", 1636266600, DateTimeValue(year: 2021, month: 11, day: 7, hour: 1, minute: 30, second: 0, microsecond: 0, utcOffset: -18000, timeZoneName: "EST", isAmbiguousWallTime: true), "     1636266600 2021-11-07T01:30:00-05:00"),
        ("Asia/Kolkata", 1700000000, DateTimeValue(year: 2023, month: 11, day: 15, hour: 3, minute: 43, second: 20, microsecond: 0, utcOffset: 19800, timeZoneName: "IST"), "IST 0 +0530 IST 19800 1700000000 2023-11-15T03:43:20+05:30"),
        ("Australia/Lord_Howe", 1700000000, DateTimeValue(year: 2023, month: 11, day: 15, hour: 9, minute: 13, second: 20, microsecond: 0, utcOffset: 39600, timeZoneName: "+11", isDaylightSavingTime: true), "+11 1 +1100 +11 39600 1700000000 2023-11-15T09:13:20+11:00"),
        ("Australia/Lord_Howe", 1720000000, DateTimeValue(year: 2024, month: 7, day: 3, hour: 20, minute: 16, second: 40, microsecond: 0, utcOffset: 37800, timeZoneName: "+1030"), "+1030 0 +1030 +1030 37800 1720000000 2024-07-03T20:16:40+10:30"),
        ("Europe/Dublin", 1700000000, DateTimeValue(year: 2023, month: 11, day: 14, hour: 22, minute: 13, second: 20, microsecond: 0, utcOffset: 0, timeZoneName: "GMT", isDaylightSavingTime: true), "GMT 1 +0000 GMT 0 1700000000 2023-11-14T22:13:20+00:00"),
        ("Europe/Dublin", 1720000000, DateTimeValue(year: 2024, month: 7, day: 3, hour: 10, minute: 46, second: 40, microsecond: 0, utcOffset: 3600, timeZoneName: "IST"), "IST 0 +0100 IST 3600 1720000000 2024-07-03T10:46:40+01:00"),
        ("UTC", 0, DateTimeValue(year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: 0, utcOffset: 0, timeZoneName: "UTC"), "UTC 0 +0000 UTC 0 0 1970-01-01T00:00:00+00:00"),
        ("America/Sao_Paulo", 1700000000, DateTimeValue(year: 2023, month: 11, day: 14, hour: 19, minute: 13, second: 20, microsecond: 0, utcOffset: -10800, timeZoneName: "-03"), "-03 0 -0300 -03 -10800 1700000000 2023-11-14T19:13:20-03:00"),
        ("Europe/London", -1000000000.0, DateTimeValue(year: 1938, month: 4, day: 24, hour: 23, minute: 13, second: 20, microsecond: 0, utcOffset: 3600, timeZoneName: "BST", isDaylightSavingTime: true), "BST 1 +0100 BST 3600 -1000000000 1938-04-24T23:13:20+01:00"),
        ("Asia/Tokyo", 4000000000.0, DateTimeValue(year: 2096, month: 10, day: 2, hour: 16, minute: 6, second: 40, microsecond: 0, utcOffset: 32400, timeZoneName: "JST"), "JST 0 +0900 JST 32400 4000000000 2096-10-02T16:06:40+09:00"),
    ]

    @Test func fromFoundationDateInZone() throws {
        for (identifier, timestamp, expected, formatted) in Self.zoneRows {
            let zone = try #require(DateTimeZone(identifier: identifier))
            let date = Date(timeIntervalSince1970: timestamp)
            let value = DateTimeValue(date, in: zone)
            #expect(value == expected, "\(identifier) \(timestamp)")
            #expect(try DateFormat.format(value, "e I O T Z U c") == formatted)
            #expect(value.date == date)
            // localtime() of the same instant given in UTC.
            #expect(zone.localTime(DateTimeValue(date, in: .utc)) == expected)
        }
    }

    @Test func foundationTimeZoneNames() throws {
        let paris = DateTimeZone(try #require(TimeZone(identifier: "Europe/Paris")))
        #expect(paris.offset(atEpochSeconds: 1_720_000_000) == DateTimeZone.Offset(seconds: 7200, name: "CEST", isDaylightSavingTime: true))
        #expect(DateTimeZone(identifier: "Not/AZone") == nil)
        #expect(DateTimeZone.fixed(seconds: -28_800).offset(atEpochSeconds: 0).name == "UTC-08:00")
    }

    @Test func makeAwareUsesFoldZero() throws {
        let zone = DateTimeZone(try #require(TimeZone(identifier: "America/New_York")))
        let ambiguous = zone.makeAware(DateTimeValue(year: 2021, month: 11, day: 7, hour: 1, minute: 30))
        #expect(ambiguous.utcOffset == -14_400 && ambiguous.timeZoneName == "EDT" && ambiguous.isAmbiguousWallTime)
        let imaginary = zone.makeAware(DateTimeValue(year: 2021, month: 3, day: 14, hour: 2, minute: 30))
        #expect(imaginary.utcOffset == -18_000 && imaginary.timeZoneName == "EST" && imaginary.isAmbiguousWallTime)
        let plain = zone.makeAware(DateTimeValue(year: 2021, month: 7, day: 1, hour: 9))
        #expect(plain.utcOffset == -14_400 && plain.isDaylightSavingTime && !plain.isAmbiguousWallTime)
    }

    @Test func parsesISO() {
        let cases: [(String, DateTimeValue?, String)] = [
            ("2024-02-29", DateTimeValue(year: 2024, month: 2, day: 29), "2024-02-29"),
            ("0007-03-04", DateTimeValue(year: 7, month: 3, day: 4), "0007-03-04"),
            ("2024-02-30", nil, ""),
            ("2023-02-29", nil, ""),
            ("12:30", DateTimeValue(hour: 12, minute: 30, second: 0, microsecond: 0), "12:30:00"),
            ("12:30:45.5", DateTimeValue(hour: 12, minute: 30, second: 45, microsecond: 500000), "12:30:45.500000"),
            ("23:59:59.999999", DateTimeValue(hour: 23, minute: 59, second: 59, microsecond: 999999), "23:59:59.999999"),
            ("24:00:00", nil, ""),
            ("2024-02-29T13:05:09.000042+05:30", DateTimeValue(year: 2024, month: 2, day: 29, hour: 13, minute: 5, second: 9, microsecond: 42, utcOffset: 19800, timeZoneName: "UTC+05:30"), "2024-02-29T13:05:09.000042+05:30"),
            ("2024-02-29 13:05", DateTimeValue(year: 2024, month: 2, day: 29, hour: 13, minute: 5, second: 0, microsecond: 0), "2024-02-29T13:05:00"),
            ("2024-02-29T13:05:09Z", DateTimeValue(year: 2024, month: 2, day: 29, hour: 13, minute: 5, second: 9, microsecond: 0, utcOffset: 0, timeZoneName: "UTC"), "2024-02-29T13:05:09+00:00"),
            ("2024-02-29T13:05:09-0800", DateTimeValue(year: 2024, month: 2, day: 29, hour: 13, minute: 5, second: 9, microsecond: 0, utcOffset: -28800, timeZoneName: "UTC-08:00"), "2024-02-29T13:05:09-08:00"),
            ("2024-02-29T13:05:09+05:30:15", DateTimeValue(year: 2024, month: 2, day: 29, hour: 13, minute: 5, second: 9, microsecond: 0, utcOffset: 19815, timeZoneName: "UTC+05:30:15"), "2024-02-29T13:05:09+05:30:15"),
            ("2024-2-29", nil, ""),
            ("12:30+01:00", DateTimeValue(hour: 12, minute: 30, second: 0, microsecond: 0, utcOffset: 3600, timeZoneName: "UTC+01:00"), "12:30:00+01:00"),
            ("", nil, ""),
            ("2024-02-29T", nil, ""),
            ("12:30:45.", nil, ""),
            ("12:30:45.1234567", nil, ""),
            ("0000-01-01", nil, ""),
        ]
        for (text, expected, iso) in cases {
            let value = DateTimeValue(iso: text)
            #expect(value == expected, "\(text)")
            if let value { #expect(value.isoFormat == iso) }
        }
    }

    @Test func calendarFacts() {
        let leap = DateTimeValue(year: 2024, month: 2, day: 29)
        #expect(leap.weekday == 3 && leap.dayOfYear == 60 && leap.daysInMonth == 29 && leap.isLeapYear)
        #expect(DateTimeValue(year: 2021, month: 1, day: 3).isoWeek == (2020, 53))
        #expect(DateTimeValue(year: 2008, month: 12, day: 29).isoWeek == (2009, 1))
        #expect(DateTimeValue(year: 1900, month: 2, day: 1).daysInMonth == 28)
        #expect(DateTimeValue(year: 2000, month: 2, day: 1).daysInMonth == 29)
    }

    @Test func conversionAndDifferences() {
        let india = DateTimeValue(year: 2024, month: 1, day: 1, hour: 3, minute: 0, utcOffset: 19_800)
        let utc = india.converted(toUTCOffset: 0, name: "UTC")
        #expect(utc == DateTimeValue(year: 2023, month: 12, day: 31, hour: 21, minute: 30, utcOffset: 0, timeZoneName: "UTC"))
        #expect(india.microseconds(since: utc) == 0)
        let naive = DateTimeValue(year: 2024, month: 1, day: 1)
        #expect(naive.converted(toUTCOffset: 0) == naive)
        #expect(naive.microseconds(since: utc) == nil)
        #expect(naive.microseconds(since: DateTimeValue(year: 2023, month: 12, day: 31, hour: 23, minute: 59, second: 59, microsecond: 1)) == 999_999)
        #expect(DateTimeValue.fixedOffsetName(-28_800) == "UTC-08:00")
        #expect(DateTimeValue.fixedOffsetName(0) == "UTC")
    }
}

extension DateTimeValueTests {
    @Test func nowIsAwareAndCurrent() throws {
        let before = Date()
        let now = DateTimeValue.now()
        #expect(now.kind == .dateTime && now.utcOffset == 0 && now.timeZoneName == "UTC")
        let instant = try #require(now.date)
        #expect(abs(instant.timeIntervalSince(before)) < 5)
    }
}
