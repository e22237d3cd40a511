/// Django's `token_kwargs` and `kwarg_re`: reading `name=value` (and the legacy `value as name`)
/// arguments of tags such as `with`, `include` and `url`.
enum TokenArguments {
    /// Splits `name=value` into its parts (Django's `kwarg_re`, `(?:(\w+)=)?(.+)`).
    static func keywordSplit(_ bit: String) -> (name: String?, value: String) {
        let scalars = Array(bit.unicodeScalars)
        var index = 0
        while index < scalars.count, FilterScanner.isWord(scalars[index]) { index += 1 }
        if index > 0, index + 1 < scalars.count, scalars[index] == "=" {
            return (String(String.UnicodeScalarView(scalars[..<index])), String(String.UnicodeScalarView(scalars[(index + 1)...])))
        }
        return (nil, bit)
    }

    /// Reads leading keyword arguments from `bits`, removing what it read (Django's `token_kwargs`).
    static func keywords(_ bits: inout [String], parser: Parser, supportLegacy: Bool) throws -> [(String, FilterExpression)] {
        guard let first = bits.first else { return [] }
        let keywordFormat = keywordSplit(first).name != nil
        if !keywordFormat && (!supportLegacy || bits.count < 3 || bits[1] != "as") { return [] }
        var result: [(String, FilterExpression)] = []
        while !bits.isEmpty {
            let key: String
            let value: String
            if keywordFormat {
                let split = keywordSplit(bits[0])
                guard let name = split.name else { return result }
                (key, value) = (name, split.value)
                bits.removeFirst()
            } else {
                guard bits.count >= 3, bits[1] == "as" else { return result }
                (key, value) = (bits[2], bits[0])
                bits.removeFirst(3)
            }
            result.append((key, try parser.compileFilter(value)))
            if !bits.isEmpty && !keywordFormat {
                guard bits[0] == "and" else { return result }
                bits.removeFirst()
            }
        }
        return result
    }
}
