/// Django's `django.utils.lorem_ipsum` and the `{% lorem %}` tag's output.
///
/// The common forms are fixed text; the random forms follow Django's shapes (sentences of 1–5
/// comma-separated sections of 3–12 distinct words, paragraphs of 1–4 sentences) but not its
/// random sequence.
public enum LoremIpsum {
    /// Django's `COMMON_P`, the standard "Lorem ipsum" paragraph.
    public static let commonParagraph = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum."

    /// Django's `COMMON_WORDS`.
    static let commonWords: [String] = [
        "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipisicing", "elit", "sed", "do",
        "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "aliqua",
    ]

    /// Django's `WORDS`.
    static let words: [String] = [
        "exercitationem", "perferendis", "perspiciatis", "laborum", "eveniet", "sunt", "iure", "nam",
        "nobis", "eum", "cum", "officiis", "excepturi", "odio", "consectetur", "quasi", "aut",
        "quisquam", "vel", "eligendi", "itaque", "non", "odit", "tempore", "quaerat", "dignissimos",
        "facilis", "neque", "nihil", "expedita", "vitae", "vero", "ipsum", "nisi", "animi", "cumque",
        "pariatur", "velit", "modi", "natus", "iusto", "eaque", "sequi", "illo", "sed", "ex", "et",
        "voluptatibus", "tempora", "veritatis", "ratione", "assumenda", "incidunt", "nostrum",
        "placeat", "aliquid", "fuga", "provident", "praesentium", "rem", "necessitatibus", "suscipit",
        "adipisci", "quidem", "possimus", "voluptas", "debitis", "sint", "accusantium", "unde",
        "sapiente", "voluptate", "qui", "aspernatur", "laudantium", "soluta", "amet", "quo", "aliquam",
        "saepe", "culpa", "libero", "ipsa", "dicta", "reiciendis", "nesciunt", "doloribus", "autem",
        "impedit", "minima", "maiores", "repudiandae", "ipsam", "obcaecati", "ullam", "enim", "totam",
        "delectus", "ducimus", "quis", "voluptates", "dolores", "molestiae", "harum", "dolorem",
        "quia", "voluptatem", "molestias", "magni", "distinctio", "omnis", "illum", "dolorum",
        "voluptatum", "ea", "quas", "quam", "corporis", "quae", "blanditiis", "atque", "deserunt",
        "laboriosam", "earum", "consequuntur", "hic", "cupiditate", "quibusdam", "accusamus", "ut",
        "rerum", "error", "minus", "eius", "ab", "ad", "nemo", "fugit", "officia", "at", "in", "id",
        "quos", "reprehenderit", "numquam", "iste", "fugiat", "sit", "inventore", "beatae",
        "repellendus", "magnam", "recusandae", "quod", "explicabo", "doloremque", "aperiam",
        "consequatur", "asperiores", "commodi", "optio", "dolor", "labore", "temporibus", "repellat",
        "veniam", "architecto", "est", "esse", "mollitia", "nulla", "a", "similique", "eos", "alias",
        "dolore", "tenetur", "deleniti", "porro", "facere", "maxime", "corrupti",
    ]
}
