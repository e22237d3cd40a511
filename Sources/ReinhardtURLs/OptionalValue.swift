/// Lets `PythonFormatting` spot a boxed `nil` (Python's `None`).
protocol OptionalValue {
    /// Whether the value is `nil`.
    var isNone: Bool { get }
}

extension Optional: OptionalValue {
    var isNone: Bool { self == nil }
}
