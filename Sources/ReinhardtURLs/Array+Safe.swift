extension Array {
    /// The element at `index`, or `nil` past the end.
    subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
