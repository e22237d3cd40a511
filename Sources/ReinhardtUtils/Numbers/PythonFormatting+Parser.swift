extension PythonFormatting {
    /// One parsed `%…` conversion spec.
    struct Spec {
        var leftAdjust = false
        var forceSign = false
        var blankSign = false
        var alternate = false
        var zeroPad = false
        var width = 0
        var precision: Int?
        var conversion: Unicode.Scalar = "s"
    }

    /// Walks a format string, yielding literal runs and conversion specs.
    struct Parser {
        private let scalars: [Unicode.Scalar]
        private var index = 0
        private var finished = false

        init(_ format: String) {
            scalars = Array(format.unicodeScalars)
        }

        /// The literal text up to the next `%` (with `%%` collapsed), or `nil` at the end.
        mutating func nextLiteral() -> [Unicode.Scalar]? {
            guard !finished else { return nil }
            var literal: [Unicode.Scalar] = []
            while index < scalars.count {
                if scalars[index] != "%" {
                    literal.append(scalars[index])
                    index += 1
                } else if index + 1 < scalars.count && scalars[index + 1] == "%" {
                    literal.append("%")
                    index += 2
                } else {
                    return literal
                }
            }
            finished = true
            return literal
        }

        /// Parses the spec at a `%`; `nil` when the string ended instead.
        mutating func nextSpec() throws(PythonFormattingError) -> Spec? {
            guard index < scalars.count else { return nil }
            index += 1
            if peek == "(" { throw PythonFormattingError(.typeError, "format requires a mapping") }
            var spec = Spec()
            parseFlags(into: &spec)
            spec.width = try parseNumber(tooBig: "width too big") ?? 0
            if peek == "." {
                index += 1
                spec.precision = try parseNumber(tooBig: "precision too big") ?? 0
            }
            if let modifier = peek, modifier == "h" || modifier == "l" || modifier == "L" { index += 1 }
            guard let conversion = peek else { throw PythonFormattingError(.valueError, "incomplete format") }
            spec.conversion = conversion
            index += 1
            return spec
        }

        private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        private mutating func parseFlags(into spec: inout Spec) {
            while let flag = peek {
                switch flag {
                case "-": spec.leftAdjust = true
                case "+": spec.forceSign = true
                case " ": spec.blankSign = true
                case "#": spec.alternate = true
                case "0": spec.zeroPad = true
                default: return
                }
                index += 1
            }
        }

        /// Reads decimal digits; `*` would take a second argument, which a single value never has.
        private mutating func parseNumber(tooBig: String) throws(PythonFormattingError) -> Int? {
            if peek == "*" { throw PythonFormattingError(.typeError, "not enough arguments for format string") }
            var value: Int?
            while let scalar = peek, scalar.isASCII, scalar.properties.numericType == .decimal {
                let (product, overflow) = (value ?? 0).multipliedReportingOverflow(by: 10)
                guard !overflow, product <= Int.max - 9 else { throw PythonFormattingError(.valueError, tooBig) }
                value = product + Int(scalar.value - 48)
                index += 1
            }
            return value
        }
    }
}
