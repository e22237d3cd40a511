import Testing
@testable import ReinhardtUtils

/// Python `str` behaviours the Django helpers rely on.
@Suite struct PythonTextTests {
    @Test func reprEscapesAsPythonDoes() {
        #expect(PythonText.repr("a'b\"c") == #"'a\'b"c'"#)
        #expect(PythonText.repr("\n\t\u{7F}\u{A0}é\u{200B}😀") == #"'\n\t\x7f\xa0é\u200b😀'"#)
        #expect(PythonText.repr("\\") == #"'\\'"#)
        #expect(PythonText.repr(["a", "b"]) == "['a', 'b']")
    }

    @Test func stripUsesPythonWhitespace() {
        #expect(PythonText.strip("\u{A0}\u{2028} x y\u{1C}\t") == "x y")
        #expect(PythonText.strip(" \u{200B} ") == "\u{200B}")
        #expect(PythonText.strip("   ") == "")
    }
}
