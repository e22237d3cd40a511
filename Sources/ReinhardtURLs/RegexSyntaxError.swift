/// Why a pattern did not compile.
struct RegexSyntaxError: Error {
    /// The regex engine's explanation.
    let explanation: String
}
