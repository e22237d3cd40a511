public import SwiftDiagnostics

/// The fix-its the `@Model` macro offers.
public enum ModelFixIt: FixItMessage {
    /// Replace `class`/`actor` with `struct`.
    case useStruct
    /// Replace `let` with `var`.
    case useVar
    /// Add `var id: Int64?`.
    case addID
    /// Make `id`'s type optional.
    case makeOptional(type: String)
    /// Name the decimal kind.
    case addDecimalKind

    /// The text shown by the editor.
    public var message: String {
        switch self {
        case .useStruct: return "declare it as a struct"
        case .useVar: return "replace 'let' with 'var'"
        case .addID: return "add 'var id: Int64?'"
        case .makeOptional(let type): return "make the type '\(type)?'"
        case .addDecimalKind: return "add '.decimal(maxDigits: 8, decimalPlaces: 2)'"
        }
    }

    /// Identifies the fix-it.
    public var fixItID: MessageID {
        MessageID(domain: "ReinhardtDBMacros", id: "\(self)".prefix { $0 != "(" }.description)
    }
}
