/// A check ``Model/fullClean(in:)`` runs on a field's value — Django's built-in validators, as
/// data (so migrations can record them): `@Field(.char(maxLength: 254), validators: [.email])`.
public enum FieldValidator: Sendable, Hashable {
    /// Django's `EmailValidator` (what `EmailField` adds).
    case email
    /// Django's `URLValidator` for `http`, `https`, `ftp` and `ftps` (what `URLField` adds).
    case url
    /// `validate_slug`: letters, numbers, underscores and hyphens (what `SlugField` adds).
    case slug
    /// `MinValueValidator`: the number is at least the limit.
    case minValue(Double)
    /// `MaxValueValidator`: the number is at most the limit.
    case maxValue(Double)
    /// `MinLengthValidator`: the text has at least this many characters.
    case minLength(Int)
    /// `MaxLengthValidator`: the text has at most this many characters.
    case maxLength(Int)
    /// `RegexValidator`: the pattern matches somewhere in the text (`re.search`), with the message
    /// to show when it does not.
    case regex(String, message: String = "Enter a valid value.")

    /// Django's message when `value` fails this validator; nil when it passes (or does not apply).
    public func problem(with value: DatabaseValue) -> String? {
        switch self {
        case .email:
            guard let text = value.stringValue, !Self.isEmail(text) else { return nil }
            return "Enter a valid email address."
        case .url:
            guard let text = value.stringValue, !Self.isURL(text) else { return nil }
            return "Enter a valid URL."
        case .slug:
            guard let text = value.stringValue, !Self.isSlug(text) else { return nil }
            return "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens."
        case .minValue(let limit):
            guard let number = value.doubleValue, number < limit else { return nil }
            return "Ensure this value is greater than or equal to \(Self.limitText(limit))."
        case .maxValue(let limit):
            guard let number = value.doubleValue, number > limit else { return nil }
            return "Ensure this value is less than or equal to \(Self.limitText(limit))."
        case .minLength(let limit):
            guard let text = value.stringValue, text.count < limit else { return nil }
            return "Ensure this value has at least \(limit) character\(limit == 1 ? "" : "s") (it has \(text.count))."
        case .maxLength(let limit):
            guard let text = value.stringValue, text.count > limit else { return nil }
            return "Ensure this value has at most \(limit) character\(limit == 1 ? "" : "s") (it has \(text.count))."
        case .regex(let pattern, let message):
            guard let text = value.stringValue, let regex = try? Regex(pattern), !text.contains(regex) else { return nil }
            return message
        }
    }

    /// `5` for whole limits, `2.5` otherwise, as Django prints the limit it was given.
    private static func limitText(_ limit: Double) -> String {
        limit.rounded() == limit && abs(limit) < 1e15 ? String(Int64(limit)) : String(limit)
    }

    private static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
    }

    /// Django's `EmailValidator`: a dot-atom or quoted user part, `@`, then a domain name with a
    /// 2–63 character top-level label, `localhost`, or a bracketed IP literal.
    static func isEmail(_ text: String) -> Bool {
        guard let at = text.lastIndex(of: "@"), text.count <= 320 else { return false }
        let user = String(text[..<at])
        let domain = String(text[text.index(after: at)...])
        let dotAtom = /^[-!#$%&'*+\/=?^_`{}|~0-9A-Za-z]+(\.[-!#$%&'*+\/=?^_`{}|~0-9A-Za-z]+)*$/
        let quoted = /^"([\x01-\x08\x0b\x0c\x0e-\x1f!#-\[\]-\x7f]|\\[\x01-\x09\x0b\x0c\x0e-\x7f])*"$/
        guard user.wholeMatch(of: dotAtom) != nil || user.wholeMatch(of: quoted) != nil else { return false }
        return domain == "localhost" || isDomainName(domain) || isBracketedIP(domain)
    }

    /// Django's `URLValidator`: `http`, `https`, `ftp` or `ftps`, optional user info, a domain,
    /// `localhost` or IP host, an optional port, then an optional path, query and fragment
    /// without whitespace.
    static func isURL(_ text: String) -> Bool {
        guard text.count <= 2048, !text.contains(where: \.isWhitespace) else { return false }
        let pattern = /^(?i:https?|ftps?):\/\/(?:[^\s:@\/]+(?::[^\s:@\/]*)?@)?([^\s\/?#:\[\]]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[\/?#][^\s]*)?$/
        guard let match = text.wholeMatch(of: pattern) else { return false }
        let host = String(match.1)
        if host.hasPrefix("[") { return isBracketedIP(host) }
        return host.lowercased() == "localhost" || isIPv4(host) || isDomainName(host)
    }

    private static func isDomainName(_ text: String) -> Bool {
        let labels = text.hasSuffix(".") ? text.dropLast().split(separator: ".", omittingEmptySubsequences: false) : text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last else { return false }
        let label = /^[0-9A-Za-z\u{a1}-\u{10ffff}](?:[0-9A-Za-z\u{a1}-\u{10ffff}-]{0,61}[0-9A-Za-z\u{a1}-\u{10ffff}])?$/
        guard labels.dropLast().allSatisfy({ String($0).wholeMatch(of: label) != nil }) else { return false }
        return String(top).wholeMatch(of: /^(?:[A-Za-z\u{a1}-\u{10ffff}-]{2,63}|xn--[A-Za-z0-9]{1,59})$/) != nil && !top.hasSuffix("-")
    }

    private static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            guard let number = Int(part), part.count <= 3, !(part.count > 1 && part.hasPrefix("0")) else { return false }
            return number <= 255
        }
    }

    private static func isBracketedIP(_ text: String) -> Bool {
        guard text.hasPrefix("["), text.hasSuffix("]") else { return false }
        let inner = text.dropFirst().dropLast()
        if isIPv4(String(inner)) { return true }
        let groups = inner.split(separator: ":", omittingEmptySubsequences: false)
        return inner.contains(":") && groups.count <= 8 && groups.allSatisfy { $0.count <= 4 && $0.allSatisfy(\.isHexDigit) }
            && inner.ranges(of: "::").count <= 1
    }
}
