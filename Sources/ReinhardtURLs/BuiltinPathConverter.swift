/// A converter shipped with Reinhardt: it matches with a hand-written scanner instead of a regex
/// engine, and formats foreign values for `reverse()` the way Python's `str()` does.
protocol BuiltinPathConverter: PathConverter {
    /// The scanner that finds what ``PathConverter/regex`` would match.
    var scanner: ComponentScanner { get }
}
