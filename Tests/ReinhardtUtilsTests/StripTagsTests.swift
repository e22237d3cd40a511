import Testing
@testable import ReinhardtUtils

/// Django's `strip_tags` over Python's `html.parser`. Expected values come from Django 5.2.19 on Python 3.11.7.
@Suite struct StripTagsTests {
    @Test func stripsTagsAsDjango() throws {
        #expect(try TextFilters.stripTags("") == "")
        #expect(try TextFilters.stripTags("no tags") == "no tags")
        #expect(try TextFilters.stripTags("<p>Hello <b>world</b></p>") == "Hello world")
        #expect(try TextFilters.stripTags("a < b and c > d") == "a < b and c > d")
        #expect(try TextFilters.stripTags("<adf>a") == "a")
        #expect(try TextFilters.stripTags("</adf>a") == "a")
        #expect(try TextFilters.stripTags("<asdf><asdf>e") == "e")
        #expect(try TextFilters.stripTags("hi, <f x") == "hi, <f x")
        #expect(try TextFilters.stripTags("234<235, right?") == "234<235, right?")
        #expect(try TextFilters.stripTags("a4<a5 right?") == "a4<a5 right?")
        #expect(try TextFilters.stripTags("b7>b2!") == "b7>b2!")
        #expect(try TextFilters.stripTags("</fe") == "</fe")
        #expect(try TextFilters.stripTags("<x>b<y>") == "b")
        #expect(try TextFilters.stripTags("a<p onclick=\"alert('<hi>')\">b</p>c") == "abc")
        #expect(try TextFilters.stripTags("a<p a >b</p>c") == "abc")
        #expect(try TextFilters.stripTags("d<a:b c:d>e</p>f") == "def")
        #expect(try TextFilters.stripTags("<strong>foo</strong><a href=\"http://example.com\">bar</a>") == "foobar")
        #expect(try TextFilters.stripTags("&gotcha&#;<>") == "&gotcha&#;<>")
        #expect(try TextFilters.stripTags("<sc<!-- -->ript>test<<!-- -->/script>") == "ript>test")
        #expect(try TextFilters.stripTags("<script>alert()</script>&h") == "alert()h")
        #expect(try TextFilters.stripTags("><!<<<<a") == "><!<<<<a")
        #expect(try TextFilters.stripTags("X<<<<br>br>br>br>X") == "XX")
        #expect(try TextFilters.stripTags("<3<3 -- &lt;3 &#39 &amp &nbsp;") == "<3<3 -- &lt;3 &#39 &amp &nbsp;")
        #expect(try TextFilters.stripTags("<!DOCTYPE html><html><body>x</body></html>") == "x")
        #expect(try TextFilters.stripTags("<?php echo 1 ?>text") == "text")
        #expect(try TextFilters.stripTags("<![CDATA[data]]>after") == "after")
        #expect(try TextFilters.stripTags("<![if IE]>cond<![endif]>") == "cond")
        #expect(try TextFilters.stripTags("text &amp; more &#x27; &#39; &copy") == "text &amp; more &#x27; &#39; &copy")
        #expect(try TextFilters.stripTags("<b>café 😀 中文</b>") == "café 😀 中文")
        #expect(try TextFilters.stripTags("<style>p{}</style>styled") == "p{}styled")
        #expect(try TextFilters.stripTags("<script>never closed") == "")
        #expect(try TextFilters.stripTags("<a b='c>d") == "<a b='c>d")
        #expect(try TextFilters.stripTags("<br/>x<br />y") == "xy")
        #expect(try TextFilters.stripTags("</>z") == "z")
        #expect(try TextFilters.stripTags("<b>a</b> &b") == "a b")
        #expect(try TextFilters.stripTags("&#<b>x</b>") == "&#<b>x</b>")
        #expect(throws: TextFilterError.assertionError("unknown status keyword 'x' in marked section")) { try TextFilters.stripTags("<![x]>") }
        #expect(throws: TextFilterError.assertionError("expected name token at '<![ bad>'")) { try TextFilters.stripTags("<![ bad>") }
        #expect(throws: TextFilterError.assertionError("unknown status keyword 'foo' in marked section")) { try TextFilters.stripTags("<![foo[b]]>c>") }
    }

    @Test func suspiciousInputThrows() throws {
        #expect(try TextFilters.stripTags(String(repeating: "<", count: 51) + "a" + ">") == String(repeating: "<", count: 50))
        #expect(try TextFilters.stripTags("<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + "<" + "a" + ">") == "")
        #expect(throws: TextFilterError.suspiciousOperation) { try TextFilters.stripTags("<" + "a" + String(repeating: "x", count: 1000) + String(repeating: "<", count: 49)) }
        #expect(throws: TextFilterError.suspiciousOperation) { try TextFilters.stripTags("<" + "a" + String(repeating: "x", count: 1000) + String(repeating: "<", count: 50)) }
        #expect(try TextFilters.stripTags(String(repeating: "<", count: 50) + String(repeating: "b", count: 1000)) == String(repeating: "<", count: 50) + String(repeating: "b", count: 1000))
        #expect(throws: TextFilterError.suspiciousOperation) { try TextFilters.stripTags("<" + "a" + String(repeating: "<", count: 60) + String(repeating: "x", count: 1000) + ">") }
    }
}
