import Foundation
import Testing

@testable import ReinhardtHTTP

@Suite("Cookie")
struct CookieTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func plainCookie() throws {
        #expect(try Cookie(name: "a", value: "1").setCookieHeaderValue(now: now) == "a=1; Path=/")
    }

    @Test func everyAttributeInDjangosOrder() throws {
        let cookie = Cookie(
            name: "sessionid", value: "abc", maxAge: 60, path: "/app/", domain: "example.com", secure: true,
            httpOnly: true, sameSite: .strict)
        #expect(
            try cookie.setCookieHeaderValue(now: now)
                == "sessionid=abc; Domain=example.com; expires=Tue, 14 Nov 2023 22:14:20 GMT; HttpOnly; Max-Age=60; "
                + "Path=/app/; SameSite=Strict; Secure")
    }

    @Test func valuesAreQuotedLikeSimpleCookie() throws {
        #expect(try Cookie(name: "a", value: "").setCookieHeaderValue(now: now) == #"a=""; Path=/"#)
        #expect(try Cookie(name: "a", value: "x y;z").setCookieHeaderValue(now: now) == #"a="x y\073z"; Path=/"#)
        #expect(try Cookie(name: "a", value: "é€").setCookieHeaderValue(now: now) == #"a="\351€"; Path=/"#)
    }

    @Test func dateExpiryComputesMaxAgePlusOneSecond() throws {
        let cookie = Cookie(name: "a", value: "1", expires: .date(now.addingTimeInterval(100)))
        #expect(try cookie.setCookieHeaderValue(now: now) == "a=1; expires=Tue, 14 Nov 2023 22:15:01 GMT; Max-Age=101; Path=/")
    }

    @Test func pastDateExpiryClampsToZero() throws {
        let cookie = Cookie(name: "a", value: "1", expires: .date(now.addingTimeInterval(-3600)))
        #expect(try cookie.setCookieHeaderValue(now: now) == "a=1; expires=Tue, 14 Nov 2023 22:13:20 GMT; Max-Age=0; Path=/")
    }

    @Test func rawExpiryIsVerbatimAndEmptyMeansNone() throws {
        let raw = Cookie(name: "a", value: "1", maxAge: 5, expires: .raw("whenever"))
        #expect(try raw.setCookieHeaderValue(now: now) == "a=1; expires=whenever; Max-Age=5; Path=/")
        let empty = Cookie(name: "a", value: "1", expires: .raw(""))
        #expect(try empty.setCookieHeaderValue(now: now) == "a=1; Path=/")
    }

    @Test func dateExpiryWithMaxAgeIsAnError() {
        let cookie = Cookie(name: "a", maxAge: 5, expires: .date(now))
        #expect(throws: CookieError.expiresWithMaxAge("a")) { try cookie.setCookieHeaderValue(now: now) }
        #expect(throws: CookieError.expiresWithMaxAge("a")) { try cookie.validate() }
    }

    @Test func illegalAndReservedNames() {
        for name in ["", "a b", "a;b", "a=b", "ключ", "a\"b"] {
            #expect(throws: CookieError.illegalName(name)) { try Cookie(name: name).setCookieHeaderValue(now: now) }
        }
        for name in ["path", "Expires", "MAX-AGE", "samesite", "HttpOnly"] {
            #expect(throws: CookieError.reservedName(name)) { try Cookie(name: name).validate() }
        }
        #expect(CookieError.illegalName("a b").description.contains("a b"))
    }

    @Test func noPathWhenNilOrEmpty() throws {
        #expect(try Cookie(name: "a", value: "1", path: nil).setCookieHeaderValue(now: now) == "a=1")
        #expect(try Cookie(name: "a", value: "1", path: "", domain: "").setCookieHeaderValue(now: now) == "a=1")
    }

    @Test func deletion() throws {
        let plain = Cookie.deletion(name: "a")
        #expect(try plain.setCookieHeaderValue(now: now) == #"a=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"#)
        #expect(Cookie.deletion(name: "__Secure-x").secure)
        #expect(Cookie.deletion(name: "__Host-x").secure)
        #expect(!Cookie.deletion(name: "__host-x").secure)
        #expect(Cookie.deletion(name: "a", sameSite: Cookie.SameSite.none).secure)
        #expect(!Cookie.deletion(name: "a", sameSite: .lax).secure)
        #expect(Cookie.deletion(name: "a", path: "/x/", domain: "example.com").domain == "example.com")
    }

    @Test func sameSiteParsing() {
        #expect(Cookie.SameSite(parsing: "lax") == .lax)
        #expect(Cookie.SameSite(parsing: "STRICT") == .strict)
        #expect(Cookie.SameSite(parsing: "None") == Cookie.SameSite.none)
        #expect(Cookie.SameSite(parsing: "bogus") == nil)
        #expect(Cookie.SameSite(parsing: "") == nil)
    }
}

@Suite("Cookies")
struct CookiesTests {
    @Test func lastDuplicateWinsAtFirstPosition() {
        let cookies = parseCookies("b=1; a=2; b=3")
        #expect(cookies.names == ["b", "a"])
        #expect(cookies["b"] == "3")
        #expect(cookies.count == 2)
    }

    @Test func quotedValuesAreUnquoted() {
        #expect(parseCookies(#"a="x\073y""#)["a"] == "x;y")
        #expect(parseCookies(#"a="\"q\"""#)["a"] == "\"q\"")
        #expect(parseCookies(#"a="bad\8""#)["a"] == "bad8")
        #expect(parseCookies("a=\"x\\\ny\"")["a"] == "x\\\ny")
        #expect(parseCookies(#"a=""#)["a"] == "\"")
    }

    @Test func garbageNeverFails() {
        #expect(parseCookies("").isEmpty)
        #expect(parseCookies(";;; = ;").isEmpty)
        #expect(parseCookies("novalue")[""] == "novalue")
    }

    @Test func splitsAtSemicolonsEvenBeforeCombiningMarks() {
        let cookies = parseCookies("a=1;\u{301}b=2")
        #expect(cookies["a"] == "1")
        #expect(cookies["\u{301}b"] == "2")
    }

    @Test func mutationAndEquality() {
        var cookies = Cookies()
        cookies["a"] = "1"
        cookies["b"] = "2"
        cookies["a"] = "3"
        #expect(cookies.map(\.name) == ["a", "b"])
        #expect(cookies == parseCookies("b=2; a=3"))
        cookies["a"] = nil
        #expect(!cookies.contains("a"))
    }
}
