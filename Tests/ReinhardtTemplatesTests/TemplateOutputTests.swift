import ReinhardtTemplates
import ReinhardtUtils
import Testing

/// The byte buffer templates render into: escaping matches `escapeHTML` byte for byte and the
/// text comes back whole, multi-byte characters included.
@Suite struct TemplateOutputTests {
    static let samples = [
        "", "plain", "<script>alert(\"x\")</script>", "aren't & <b>", "&&&", "'\"<>&", "フレームワーク <é> 😀",
        "trailing &", "& leading", String(repeating: "é<", count: 200),
    ]

    @Test(arguments: samples)
    func escapingMatchesDjangosEscape(_ text: String) {
        var output = TemplateOutput()
        output.append("[")
        output.appendEscapedHTML(text)
        output.append("]")
        #expect(output.text == "[" + escapeHTML(text) + "]")
        #expect(output.count == output.text.utf8.count)
    }

    @Test func outputsAppendToOneAnother() {
        var inner = TemplateOutput()
        inner.append("ベンチ")
        var outer = TemplateOutput(capacity: 4)
        outer.append("<")
        outer.append(inner)
        outer.appendEscapedHTML(">")
        #expect(outer.text == "<ベンチ&gt;")
        #expect(outer.bytes == Array("<ベンチ&gt;".utf8))
    }
}
