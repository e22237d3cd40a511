import Foundation
import Testing

@testable import ReinhardtHTTP

/// Every case of `Fixtures/cookies.json`, generated from real Django 5.2 (Tools/django-fixtures).
@Suite("Django fixtures: cookies.json")
struct DjangoCookieFixtureTests {
    let fixture: FixtureValue
    let now: Date

    init() throws {
        fixture = try loadFixture("cookies")
        now = Date(timeIntervalSince1970: try #require(fixture["now"].number))
    }

    @Test func parse() throws {
        let cases = fixture["parse"].array
        #expect(cases.count > 0)
        for testCase in cases {
            let cookies = parseCookies(try #require(testCase["header"].string))
            let expected = testCase["cookies"].array.map { $0.strings }
            #expect(cookies.map { [$0.name, $0.value] } == expected, "\(fixtureDescription(testCase))")
        }
    }

    @Test func setCookie() throws {
        var canonicalizedSameSite = 0
        for testCase in fixture["set_cookie"].array {
            guard let cookie = try Self.cookie(from: testCase) else {
                // `samesite` outside lax/strict/none: Django raises ValueError; Swift rejects it when
                // parsing the setting.
                #expect(testCase["error"].string == "ValueError", "\(fixtureDescription(testCase))")
                continue
            }
            var expected = testCase["header"].string
            if let sameSite = testCase["samesite"].string, let parsed = Cookie.SameSite(parsing: sameSite),
                sameSite != parsed.rawValue
            {
                // Django echoes the caller's spelling ("lax"); the Swift enum writes "Lax".
                canonicalizedSameSite += 1
                expected = expected?.replacingOccurrences(of: "SameSite=" + sameSite, with: "SameSite=" + parsed.rawValue)
            }
            do {
                let header = try cookie.setCookieHeaderValue(now: now)
                #expect(header == expected, "\(fixtureDescription(testCase))")
            } catch {
                let expectedError = error == .expiresWithMaxAge(cookie.name) ? "ValueError" : "CookieError"
                #expect(testCase["error"].string == expectedError, "\(fixtureDescription(testCase)): \(error)")
            }
        }
        #expect(canonicalizedSameSite == 2)
    }

    @Test func deleteCookie() throws {
        let cases = fixture["delete_cookie"].array
        #expect(cases.count > 0)
        var canonicalizedSameSite = 0
        for testCase in cases {
            let sameSiteText = testCase["samesite"].string
            let sameSite = sameSiteText.flatMap(Cookie.SameSite.init(parsing:))
            if sameSiteText != nil && sameSite == nil {
                #expect(testCase["error"].string == "ValueError", "\(fixtureDescription(testCase))")
                continue
            }
            let cookie = Cookie.deletion(
                name: try #require(testCase["key"].string), path: testCase["path"].string,
                domain: testCase["domain"].string, sameSite: sameSite)
            guard var expected = testCase["header"].string else {
                #expect(throws: CookieError.self) { try cookie.setCookieHeaderValue(now: now) }
                #expect(testCase["error"].string == "CookieError", "\(fixtureDescription(testCase))")
                continue
            }
            if let sameSiteText, let sameSite, sameSiteText != sameSite.rawValue {
                canonicalizedSameSite += 1
                expected = expected.replacingOccurrences(of: "SameSite=" + sameSiteText, with: "SameSite=" + sameSite.rawValue)
            }
            #expect(try cookie.setCookieHeaderValue(now: now) == expected, "\(fixtureDescription(testCase))")
        }
        #expect(canonicalizedSameSite == 1)
    }

    /// Builds the Swift cookie for a `set_cookie` case; `nil` when its `samesite` is invalid.
    static func cookie(from testCase: FixtureValue) throws -> Cookie? {
        var sameSite: Cookie.SameSite?
        if let text = testCase["samesite"].string, !text.isEmpty {
            guard let parsed = Cookie.SameSite(parsing: text) else { return nil }
            sameSite = parsed
        }
        return Cookie(
            name: try #require(testCase["key"].string),
            value: try #require(testCase["value"].pythonString),
            maxAge: maxAge(testCase["max_age"]),
            expires: try expiry(testCase["expires"]),
            path: testCase["path"].string,
            domain: testCase["domain"].string,
            secure: testCase["secure"].bool ?? false,
            httpOnly: testCase["httponly"].bool ?? false,
            sameSite: sameSite)
    }

    /// Python's `int(max_age)` for a number or `{"timedelta_seconds": N}`.
    static func maxAge(_ value: FixtureValue) -> Int? {
        if let seconds = value.number ?? value["timedelta_seconds"].number { return Int(seconds) }
        return nil
    }

    static func expiry(_ value: FixtureValue) throws -> CookieExpiry? {
        if let text = value.string { return .raw(text) }
        for key in ["datetime_utc", "datetime_naive", "datetime_aware"] {
            if let iso = value[key].string { return .date(try #require(parseISODate(iso))) }
        }
        return nil
    }

    /// `YYYY-MM-DDTHH:MM:SS[.ffffff][±HH:MM]`, UTC when there is no offset, microsecond-exact.
    static func parseISODate(_ text: String) -> Date? {
        var body = Substring(text)
        var offset = 0
        if body.count > 19, let sign = body.dropFirst(19).firstIndex(where: { $0 == "+" || $0 == "-" }) {
            let parts = body[body.index(after: sign)...].split(separator: ":").compactMap { Int($0) }
            offset = (parts[0] * 3600 + parts[1] * 60) * (body[sign] == "-" ? -1 : 1)
            body = body[..<sign]
        }
        let numbers = body.split(whereSeparator: { "-T:".contains($0) })
        guard numbers.count == 6, let seconds = Double(numbers[5]) else { return nil }
        let fields = numbers.prefix(5).compactMap { Int($0) }
        guard fields.count == 5,
            let whole = CivilTime.epochSeconds(
                year: fields[0], month: fields[1], day: fields[2], hour: fields[3], minute: fields[4], second: 0)
        else { return nil }
        return Date(timeIntervalSince1970: Double(whole) + seconds - Double(offset))
    }
}
