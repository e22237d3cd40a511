import Foundation
import Testing

@testable import ReinhardtHTTP

@Suite("HTTP dates")
struct HTTPDateTests {
    let rfcExample = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT

    @Test func formats() {
        #expect(httpDate(rfcExample) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(httpDate(Date(timeIntervalSince1970: -0.5)) == "Wed, 31 Dec 1969 23:59:59 GMT")
        #expect(httpDate(Date(timeIntervalSince1970: 0.9999996)) == "Thu, 01 Jan 1970 00:00:01 GMT")
    }

    @Test func parsesTheThreeFormats() {
        #expect(parseHTTPDate("Sun, 06 Nov 1994 08:49:37 GMT") == rfcExample)
        #expect(parseHTTPDate("Sunday, 06-Nov-94 08:49:37 GMT") == rfcExample)
        #expect(parseHTTPDate("Sun Nov  6 08:49:37 1994") == rfcExample)
        #expect(parseHTTPDate("Sun, 06 NOV 1994 08:49:37 GMT") == rfcExample)
        #expect(parseHTTPDate("Sun, 06 Nov 1994 08:49:37 GMT\n") == rfcExample)
    }

    @Test func twoDigitYearsFollowTheFiftyYearRule() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)  // 2023
        // 73 is 50 years ahead of 23: still this century. 74 is 51 ahead: the last one.
        #expect(parseHTTPDate("Sunday, 01-Jan-73 00:00:00 GMT", now: now).map(httpDate) == "Sun, 01 Jan 2073 00:00:00 GMT")
        #expect(parseHTTPDate("Tuesday, 01-Jan-74 00:00:00 GMT", now: now).map(httpDate) == "Tue, 01 Jan 1974 00:00:00 GMT")
        #expect(parseHTTPDate("Sun, 06 Nov 0094 08:49:37 GMT", now: now) == rfcExample)
    }

    @Test func rejectsMalformedOrOutOfRange() {
        for text in [
            "", "Sun, 6 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37", "Sun, 31 Feb 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 06 Nov 1994 08:49:60 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT ", "Sun, 06 Nov 1994 08:49:37 gmt", "1994-11-06T08:49:37Z",
            "Sun, 06 Nov 1994 08:49:37 GMT\n\n", "Sun, ٠٦ Nov 1994 08:49:37 GMT",
        ] {
            #expect(parseHTTPDate(text) == nil, "\(text.debugDescription)")
        }
    }

    @Test func civilArithmeticRoundTripsAcrossCenturies() {
        for seconds in stride(from: Int64(-62_135_596_800), through: 253_402_300_799, by: 86_400 * 997 + 3_607) {
            let civil = CivilTime(epochSeconds: seconds)
            let back = CivilTime.epochSeconds(
                year: civil.year, month: civil.month, day: civil.day, hour: civil.hour, minute: civil.minute,
                second: civil.second)
            #expect(back == seconds)
        }
    }
}
