extension LoremIpsum {
    /// `lorem_ipsum.words(count, common)`: `count` words separated by single spaces. With
    /// `common` the 19 standard words come first; further words are drawn at random, without
    /// repeats inside each batch of up to 182. A negative `count` slices the common words as
    /// Python does (`-1` drops the last one).
    public static func words<G: RandomNumberGenerator>(_ count: Int, common: Bool = true, using generator: inout G) -> String {
        var list = common ? commonWords : []
        if count > list.count {
            var missing = count - list.count
            while missing > 0 {
                let batch = min(missing, words.count)
                missing -= batch
                list += sample(batch, using: &generator)
            }
        } else {
            let end = count >= 0 ? count : max(0, list.count + count)
            list = Array(list.prefix(end))
        }
        return list.joined(separator: " ")
    }

    /// ``words(_:common:using:)`` with the system random number generator.
    public static func words(_ count: Int, common: Bool = true) -> String {
        var generator = SystemRandomNumberGenerator()
        return words(count, common: common, using: &generator)
    }

    /// `lorem_ipsum.paragraphs(count, common)`: `count` paragraphs, the first being
    /// ``commonParagraph`` when `common`.
    public static func paragraphs<G: RandomNumberGenerator>(_ count: Int, common: Bool = true, using generator: inout G) -> [String] {
        guard count > 0 else { return [] }
        return (0..<count).map { index in
            common && index == 0 ? commonParagraph : paragraph(using: &generator)
        }
    }

    /// ``paragraphs(_:common:using:)`` with the system random number generator.
    public static func paragraphs(_ count: Int, common: Bool = true) -> [String] {
        var generator = SystemRandomNumberGenerator()
        return paragraphs(count, common: common, using: &generator)
    }

    /// What `{% lorem count method [random] %}` renders: words for `"w"`, otherwise paragraphs
    /// joined by a blank line, each wrapped in `<p>…</p>` for `"p"` (plain for `"b"`).
    public static func loremTag<G: RandomNumberGenerator>(count: Int, method: String, common: Bool, using generator: inout G) -> String {
        if method == "w" { return words(count, common: common, using: &generator) }
        var paragraphs = paragraphs(count, common: common, using: &generator)
        if method == "p" { paragraphs = paragraphs.map { "<p>\($0)</p>" } }
        return paragraphs.joined(separator: "\n\n")
    }

    /// ``loremTag(count:method:common:using:)`` with the system random number generator.
    public static func loremTag(count: Int, method: String, common: Bool) -> String {
        var generator = SystemRandomNumberGenerator()
        return loremTag(count: count, method: method, common: common, using: &generator)
    }

    /// `lorem_ipsum.sentence()`: 1–5 sections of 3–12 distinct words, joined by `, `, capitalised,
    /// ending in `?` or `.`.
    static func sentence<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let sectionCount = Int.random(in: 1...5, using: &generator)
        let sections = (0..<sectionCount).map { _ in
            sample(Int.random(in: 3...12, using: &generator), using: &generator).joined(separator: " ")
        }
        let text = sections.joined(separator: ", ")
        let ending = Bool.random(using: &generator) ? "?" : "."
        return TextFilters.capfirst(text) + ending
    }

    /// `lorem_ipsum.paragraph()`: 1–4 sentences joined by spaces.
    static func paragraph<G: RandomNumberGenerator>(using generator: inout G) -> String {
        (0..<Int.random(in: 1...4, using: &generator)).map { _ in sentence(using: &generator) }.joined(separator: " ")
    }

    /// `random.sample(WORDS, count)`: `count` distinct words.
    private static func sample<G: RandomNumberGenerator>(_ count: Int, using generator: inout G) -> [String] {
        var pool = words
        for index in 0..<count {
            pool.swapAt(index, Int.random(in: index..<pool.count, using: &generator))
        }
        return Array(pool.prefix(count))
    }
}
