/// Escapes text for use inside a JavaScript string literal, exactly as Django's `escapejs`:
/// `\ ' " > < & = - ; `` ` ``, U+2028, U+2029 and every character below U+0020 become `\uXXXX`
/// (upper-case hex).
///
/// - Parameter text: Any text.
/// - Returns: Text safe inside a single- or double-quoted JavaScript string in HTML.
public func escapeJS(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsJSEscape) else { return text }
    var output = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if needsJSEscape(scalar) {
            output.append(contentsOf: jsEscape(scalar.value).unicodeScalars)
        } else {
            output.append(scalar)
        }
    }
    return String(output)
}

/// Whether `escapeJS` replaces `scalar`.
private func needsJSEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\\", "'", "\"", ">", "<", "&", "=", "-", ";", "`", "\u{2028}", "\u{2029}": return true
    default: return scalar.value < 0x20
    }
}

/// `\uXXXX` with four upper-case hex digits.
private func jsEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
}
