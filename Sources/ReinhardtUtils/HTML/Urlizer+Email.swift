/// `Urlizer.is_email_simple`: Django's `EmailValidator(allowlist=[])`, hand-written.
extension Urlizer {
    /// Whether `word` is an email address to `EmailValidator(allowlist=[])`.
    ///
    /// The validator's quoted-string local part (`"john doe"@example.com`) is not recognised:
    /// `urlize` splits words at `"`, so it can never see one.
    static func isSimpleEmail(_ word: Scalars) -> Bool {
        guard !word.isEmpty, word.count <= 320, let at = word.lastIndex(of: "@") else { return false }
        return isDotAtom(word[..<at]) && isValidDomain(word[(at + 1)...])
    }

    /// `^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*\Z` (case-insensitive).
    private static func isDotAtom(_ user: Scalars) -> Bool {
        user.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { atom in
            !atom.isEmpty && atom.allSatisfy(isAtomScalar)
        }
    }

    private static func isAtomScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "!", "#", "$", "%", "&", "'", "*", "+", "/", "=", "?", "^", "_",
            "`", "{", "}", "|", "~", "\u{130}", "\u{131}", "\u{17F}", "\u{212A}":
            return true
        default:
            return false
        }
    }

    /// The hostname/domain/TLD pattern, or an IP literal `[1.2.3.4]`.
    private static func isValidDomain(_ domain: Scalars) -> Bool {
        if isDomainName(domain) { return true }
        guard domain.count >= 3, domain.first == "[", domain.last == "]" else { return false }
        let literal = domain.dropFirst().dropLast()
        guard literal.allSatisfy(isLiteralScalar) else { return false }
        let text = Substring(string(literal))
        return PythonIPAddress.isIPv4(text) || (literal.count <= 39 && PythonIPAddress.isIPv6(text))
    }

    private static func isLiteralScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "a"..."f", "A"..."F", ":", ".": return true
        default: return false
        }
    }

    /// `hostname_re + domain_re + tld_no_fqdn_re`: two or more dot-separated labels of at most 63
    /// characters, none starting or ending with `-`; the last (the TLD) has at least two
    /// characters and no digits, unless it is a punycode `xn--` label.
    private static func isDomainName(_ domain: Scalars) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last else { return false }
        for label in labels.dropLast() {
            guard (1...63).contains(label.count), label.allSatisfy(isDomainScalar), !hasEdgeHyphen(label) else { return false }
        }
        return isTLD(tld)
    }

    private static func isTLD(_ tld: Scalars) -> Bool {
        guard !tld.isEmpty, !hasEdgeHyphen(tld) else { return false }
        if (2...63).contains(tld.count), tld.allSatisfy({ !("0"..."9").contains($0) && isDomainScalar($0) }) {
            return true
        }
        var index = tld.startIndex
        guard matches(tld, at: &index, "xn--") else { return false }
        let rest = tld[index...]
        return (1...59).contains(rest.count) && rest.allSatisfy(isPunycodeScalar)
    }

    /// `[a-z\u00a1-\uffff0-9-]` (case-insensitive).
    private static func isDomainScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0xA1...0xFFFF: return true
        default: return false
        }
    }

    /// `[a-z0-9]` (case-insensitive).
    private static func isPunycodeScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x130, 0x131, 0x17F, 0x212A: return true
        default: return false
        }
    }

    private static func hasEdgeHyphen(_ label: Scalars) -> Bool {
        label.first == "-" || label.last == "-"
    }
}
