import Testing
import ReinhardtUtils

@testable import ReinhardtHTTP

@Suite("HTML and JavaScript escaping")
struct HTMLEscapingTests {
    @Test func escapesTheFiveCharacters() {
        #expect(escapeHTML(#"<a href="x">Tom & 'Jerry'</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/a&gt;")
    }

    @Test func leavesEverythingElse() {
        let text = "plain text, é 日本 😀 \u{0} `{}`"
        #expect(escapeHTML(text) == text)
        #expect(escapeHTML("") == "")
    }

    @Test func escapesAgain() {
        #expect(escapeHTML("&amp;") == "&amp;amp;")
    }

    @Test func escapesAroundMultibyteCharacters() {
        #expect(escapeHTML("é<é>\u{301}&") == "é&lt;é&gt;\u{301}&amp;")
    }

    @Test func javascript() {
        #expect(escapeJS(#"</script>"quote"'"#) == #"\u003C/script\u003E\u0022quote\u0022\u0027"#)
        #expect(escapeJS("\u{2028}\u{2029}\u{1F}\u{7F}") == #"\u2028\u2029\u001F"# + "\u{7F}")
        #expect(escapeJS("a-b=c;d`&") == #"a\u002Db\u003Dc\u003Bd\u0060\u0026"#)
        #expect(escapeJS("日本") == "日本")
    }
}

@Suite("URL escaping")
struct URLEscapingTests {
    @Test func uriPath() {
        #expect(escapeURIPath("/a b/c;d=e?f") == "/a%20b/c%3Bd%3De%3Ff")
        #expect(escapeURIPath("/café/%") == "/caf%C3%A9/%25")
    }

    @Test func iriToURIKeepsReservedAndPercent() {
        #expect(iriToURI("/I ♥ Django/") == "/I%20%E2%99%A5%20Django/")
        #expect(iriToURI("/%20?a=b&c#d") == "/%20?a=b&c#d")
        #expect(iriToURI("") == "")
    }

    @Test func uriToIRIDecodesOnlyUnreservedAndHighBytes() {
        #expect(uriToIRI("/I%20%E2%99%A5%20Django/") == "/I%20♥%20Django/")
        #expect(uriToIRI("/%41%31%2F") == "/A%31%2F")
        #expect(uriToIRI("/%e2%99") == "/%E2%99")
        #expect(uriToIRI("/%ED%A0%80") == "/%ED%A0%80")
        #expect(uriToIRI("/%C3%A9%C3") == "/é%C3")
        #expect(uriToIRI("no escapes") == "no escapes")
    }

    @Test func roundTrip() {
        let iri = "/blog/for/Jürgen Münster/"
        #expect(uriToIRI(iriToURI(iri)) == "/blog/for/Jürgen%20Münster/")
    }
}

@Suite("ETags")
struct ETagTests {
    @Test func quoting() {
        #expect(quoteETag("abc") == #""abc""#)
        #expect(quoteETag(#""abc""#) == #""abc""#)
        #expect(quoteETag(#"W/"abc""#) == #"W/"abc""#)
        #expect(quoteETag(#"w/"abc""#) == #""w/"abc"""#)
        #expect(quoteETag(#"a"b"#) == #""a"b""#)
    }

    @Test func parsing() {
        #expect(parseETags(" * ") == ["*"])
        #expect(parseETags(#""a", W/"b", c, "d""#) == [#""a""#, #"W/"b""#, #""d""#])
        #expect(parseETags(#""a,b""#) == [])
        #expect(parseETags("") == [])
        #expect(parseETags(#""a",*"#) == [#""a""#])
    }
}
