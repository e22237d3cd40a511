/// Python's printf-style `format % value` operator with a single (non-tuple, non-mapping) value,
/// which is what Django's `stringformat` filter evaluates.
public enum PythonFormatting {
    /// Django's `stringformat` filter: `("%" + spec) % value`, or `""` when Python raises.
    /// (Django lets an `OverflowError`, e.g. `%d` of an infinite float, propagate; this returns
    /// `""` for it too.)
    public static func stringformatFilter(_ argument: FormatArgument, spec: String) -> String {
        (try? format("%" + spec, argument)) ?? ""
    }

    /// Python's `format % argument`: `%[flags][width][.precision][h|l|L]conversion` specs with
    /// flags `#0- +` and conversions `d i u o x X e E f F g G c s r a` plus `%%`. Throws what
    /// Python raises: a malformed spec, a value of the wrong type, too few arguments (`*`, a
    /// second spec) or an unused argument, and `%(key)s` (the value is never a mapping here).
    public static func format(_ format: String, _ argument: FormatArgument) throws(PythonFormattingError) -> String {
        var parser = Parser(format)
        var output = String.UnicodeScalarView()
        var consumed = false
        while let literal = parser.nextLiteral() {
            output.append(contentsOf: literal)
            guard let spec = try parser.nextSpec() else { continue }
            guard !consumed else { throw PythonFormattingError(.typeError, "not enough arguments for format string") }
            consumed = true
            let piece = try Piece(spec, argument)
            piece.write(spec, to: &output)
        }
        guard consumed else { throw PythonFormattingError(.typeError, "not all arguments converted during string formatting") }
        return String(output)
    }
}
