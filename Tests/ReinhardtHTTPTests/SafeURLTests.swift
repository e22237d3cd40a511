import Testing

@testable import ReinhardtHTTP

@Suite("urlHasAllowedHostAndScheme")
struct SafeURLTests {
    let hosts: Set<String> = ["example.com"]

    @Test func relativeURLsAreSafe() {
        for url in ["/", "/next/", "next", "?q=1", "#top", "  /padded  "] {
            #expect(urlHasAllowedHostAndScheme(url, allowedHosts: hosts), "\(url)")
        }
    }

    @Test func allowedAbsoluteURLs() {
        #expect(urlHasAllowedHostAndScheme("https://example.com/x", allowedHosts: hosts))
        #expect(urlHasAllowedHostAndScheme("//example.com/x", allowedHosts: hosts))
        #expect(urlHasAllowedHostAndScheme("http://example.com/", allowedHosts: hosts))
        #expect(!urlHasAllowedHostAndScheme("http://example.com/", allowedHosts: hosts, requireHTTPS: true))
        #expect(urlHasAllowedHostAndScheme("https://example.com/", allowedHosts: hosts, requireHTTPS: true))
    }

    @Test func openRedirectTricksAreRejected() {
        let evil = [
            "", "   ", "//evil.com", "///evil.com", "http:///evil.com", "https://evil.com", "/\\evil.com",
            "\\\\evil.com", "\\/evil.com", "\u{8}//evil.com", "\u{0}/x", "\t//evil.com", "/\t/evil.com",
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "ftp://example.com", "http://example.com@evil.com",
            "http://evil.com\\@example.com/", "http://[::1/", "http://[1.2.3.4]/", "http://ex\u{2100}ample.com/",
            "\u{200B}//evil.com", "\u{FEFF}//evil.com", "https:",
        ]
        for url in evil {
            #expect(!urlHasAllowedHostAndScheme(url, allowedHosts: hosts), "\(url.debugDescription)")
        }
        #expect(!urlHasAllowedHostAndScheme(nil, allowedHosts: hosts))
    }

    @Test func overlongURLsAreRejected() {
        let path = "/" + String(repeating: "a", count: 2047)
        #expect(urlHasAllowedHostAndScheme(path, allowedHosts: hosts))
        #expect(!urlHasAllowedHostAndScheme(path + "a", allowedHosts: hosts))
    }

    @Test func hostsMatchVerbatim() {
        #expect(!urlHasAllowedHostAndScheme("http://EXAMPLE.com/", allowedHosts: hosts))
        #expect(!urlHasAllowedHostAndScheme("http://example.com:8000/", allowedHosts: hosts))
        #expect(urlHasAllowedHostAndScheme("http://example.com:8000/", allowedHosts: ["example.com:8000"]))
        #expect(urlHasAllowedHostAndScheme("http://[::1]:80/", allowedHosts: ["[::1]:80"]))
        // Python compares code points: a decomposed "é" is another host.
        #expect(!urlHasAllowedHostAndScheme("http://exe\u{301}.com/", allowedHosts: ["ex\u{E9}.com"]))
        #expect(urlHasAllowedHostAndScheme("http://ex\u{E9}.com/", allowedHosts: ["ex\u{E9}.com"]))
    }

    @Test func bracketedHostsFollowPython() {
        #expect(IPAddressSyntax.isValidBracketedHost("::1"))
        #expect(IPAddressSyntax.isValidBracketedHost("fe80::1%eth0"))
        #expect(IPAddressSyntax.isValidBracketedHost("::ffff:1.2.3.4"))
        #expect(IPAddressSyntax.isValidBracketedHost("v1.anything"))
        #expect(IPAddressSyntax.isValidBracketedHost("1:2:3:4:5:6:7:8"))
        #expect(!IPAddressSyntax.isValidBracketedHost("1.2.3.4"))
        #expect(!IPAddressSyntax.isValidBracketedHost("1::2::3"))
        #expect(!IPAddressSyntax.isValidBracketedHost("1:2:3:4:5:6:7:8:9"))
        #expect(!IPAddressSyntax.isValidBracketedHost("12345::"))
        #expect(!IPAddressSyntax.isValidBracketedHost("fe80::1%"))
        #expect(!IPAddressSyntax.isValidBracketedHost("::01.2.3.4"))
        #expect(!IPAddressSyntax.isValidBracketedHost("v.x"))
        #expect(!IPAddressSyntax.isValidBracketedHost(""))
    }
}

@Suite("Host validation")
struct HostValidationTests {
    @Test func splitting() {
        #expect(splitDomainPort("Example.COM:8000") == ("example.com", "8000"))
        #expect(splitDomainPort("example.com.") == ("example.com", ""))
        #expect(splitDomainPort("[::1]:80") == ("[::1]", "80"))
        #expect(splitDomainPort("[1.2.3.4]") == ("", ""))
        #expect(splitDomainPort("[a:]") == ("", ""))
        #expect(splitDomainPort("\u{212A}.com") == ("k.com", ""))
        for bad in ["", ":80", "a:", "a:b", "a b", "a_b", "é.com", "a:1:2", "[::1"] {
            #expect(splitDomainPort(bad) == ("", ""), "\(bad)")
        }
    }

    @Test func patterns() {
        #expect(validateHost("example.com", allowedHosts: ["EXAMPLE.COM"]))
        #expect(validateHost("a.b.example.com", allowedHosts: [".example.com"]))
        #expect(validateHost("example.com", allowedHosts: [".example.com"]))
        #expect(!validateHost("badexample.com", allowedHosts: [".example.com"]))
        #expect(!validateHost("a.example.com", allowedHosts: ["*.example.com"]))
        #expect(validateHost("anything", allowedHosts: ["*"]))
        #expect(!validateHost("example.com", allowedHosts: []))
        #expect(!validateHost("", allowedHosts: [""]))
    }

    @Test func rawHostHeaders() {
        #expect(isAllowedHost("Example.com.:8000", allowedHosts: ["example.com"]))
        #expect(!isAllowedHost("evil.com", allowedHosts: ["example.com"]))
        #expect(!isAllowedHost("", allowedHosts: ["*"]))
        #expect(!isAllowedHost("a@b", allowedHosts: ["*"]))
    }
}
