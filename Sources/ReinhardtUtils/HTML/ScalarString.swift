/// Building a `String` from a slice of Unicode scalars, which the code-point-indexed helpers
/// (`Urlizer`) works on, without `UnicodeScalarView`'s slow generic appends.
enum ScalarString {
    /// The string of `scalars`.
    static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[count] = UInt8(truncatingIfNeeded: scalar.value)
                    count += 1
                } else {
                    UTF8.encode(scalar) { unit in
                        buffer[count] = unit
                        count += 1
                    }
                }
            }
            return count
        }
    }
}
