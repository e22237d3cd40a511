/// Django's `urlize` (`django.utils.html.Urlizer`, 5.2): turns URLs and email addresses in plain
/// text into links.
///
/// Recognises `http://` and `https://` URLs, `www.` links, bare domains ending in one of the
/// original seven gTLDs (`.com .edu .gov .int .mil .net .org`), and email addresses. Leading
/// opening brackets, unbalanced closing brackets, trailing `.,:;!` and a `;` that does not end a
/// character reference stay outside the link.
public enum Urlizer {
    /// Django's `MAX_URL_LENGTH`: longer words are never taken for URLs.
    static let maxURLLength = 2048

    /// Links the URLs and email addresses in `text`, exactly as Django's
    /// `urlize(text, trim_url_limit, nofollow, autoescape)`.
    ///
    /// For input Django would see as `SafeData`, pass `autoescape: false`: Django escapes nothing
    /// in safe input, which is the same output.
    ///
    /// - Parameters:
    ///   - text: Plain text.
    ///   - trimURLLimit: When set, link texts longer than this many characters are cut to
    ///     `trimURLLimit - 1` characters plus `…`.
    ///   - nofollow: Whether URL links (not `mailto:` links) get `rel="nofollow"`.
    ///   - autoescape: Whether the text around and inside links is HTML-escaped.
    /// - Returns: The text with links; hrefs are always escaped.
    public static func urlize(_ text: String, trimURLLimit: Int? = nil, nofollow: Bool = false, autoescape: Bool = false) -> String {
        guard text.utf8.contains(where: mayStartLink) else { return autoescape ? escapeHTML(text) : text }
        let options = Options(trimURLLimit: trimURLLimit, nofollow: nofollow, autoescape: autoescape)
        var output = ""
        output.reserveCapacity(text.utf8.count + 64)
        let scalars = text.unicodeScalars
        var plainStart = scalars.startIndex
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let separator = isSeparator(scalars[start])
            var end = scalars.index(after: start)
            while end < scalars.endIndex, isSeparator(scalars[end]) == separator { end = scalars.index(after: end) }
            let piece = Substring(scalars[start..<end])
            if !separator, piece.utf8.contains(where: mayStartLink), let linked = link(Array(piece.unicodeScalars), options: options) {
                appendPlain(Substring(scalars[plainStart..<start]), autoescape: autoescape, to: &output)
                output += linked
                plainStart = end
            }
            start = end
        }
        appendPlain(Substring(scalars[plainStart...]), autoescape: autoescape, to: &output)
        return output
    }

    /// Whether a word with `byte` may hold a link: `handle_word` only looks at words with `.`,
    /// `@` or `:`.
    private static func mayStartLink(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: ":")
    }

    /// The arguments of one `urlize` call.
    struct Options {
        var trimURLLimit: Int?
        var nofollow: Bool
        var autoescape: Bool
    }

    /// `word_split_re`'s separators: whitespace (Python's `\s`), `<`, `>`, `"` and `'`.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "<", ">", "\"", "'": return true
        default: return PythonText.isSpace(scalar)
        }
    }

    /// Appends text that holds no link, escaped when `autoescape`.
    private static func appendPlain(_ text: Substring, autoescape: Bool, to output: inout String) {
        guard !text.isEmpty else { return }
        if autoescape {
            output += escapeHTML(String(text))
        } else {
            output += text
        }
    }

    /// The word with its URL or address made a link, or `nil` when it holds none.
    private static func link(_ word: [Unicode.Scalar], options: Options) -> String? {
        let bounds = trimPunctuation(word)
        let middle = word[bounds.middle]
        guard let (href, isEmail) = target(of: middle) else { return nil }
        var lead = string(word[..<bounds.middle.lowerBound])
        var trail = string(word[bounds.trail])
        var text = string(trimmed(middle, limit: options.trimURLLimit))
        if options.autoescape {
            lead = escapeHTML(lead)
            trail = escapeHTML(trail)
            text = escapeHTML(text)
        }
        let rel = options.nofollow && !isEmail ? " rel=\"nofollow\"" : ""
        return lead + "<a href=\"" + escapeHTML(href) + "\"" + rel + ">" + text + "</a>" + trail
    }

    /// The href for a trimmed word, and whether it is a `mailto:` link; `nil` if it is neither a
    /// URL nor an email address.
    private static func target(of middle: Scalars) -> (String, Bool)? {
        if middle.count <= maxURLLength && isSimpleURL(middle) {
            return (SmartURLQuote.quote(PythonHTMLParser.unescape(string(middle))), false)
        }
        if middle.count <= maxURLLength && isBareDomainURL(middle) {
            return (SmartURLQuote.quote("http://" + PythonHTMLParser.unescape(string(middle))), false)
        }
        if !middle.contains(":"), isSimpleEmail(middle), let at = middle.lastIndex(of: "@") {
            let local = PercentCoding.quote(string(middle[..<at]), safe: ByteSet())
            let domain = PercentCoding.quote(string(middle[(at + 1)...]), safe: ByteSet())
            return ("mailto:" + local + "@" + domain, true)
        }
        return nil
    }

    /// `trim_url`: at most `limit - 1` characters and `…` when longer than `limit`.
    private static func trimmed(_ middle: Scalars, limit: Int?) -> Scalars {
        guard let limit, middle.count > limit else { return middle }
        var result = Array(middle.prefix(max(0, limit - 1)))
        result.append("…")
        return result[...]
    }

    static func string(_ scalars: Scalars) -> String {
        ScalarString.make(scalars)
    }
}
