/// The lookups a type-checked filter can name (`filter(\.price, .lt, 5)`).
public enum FieldLookup: String, Sendable, CaseIterable {
    /// Equal.
    case exact
    /// Equal ignoring case.
    case iexact
    /// Contains the text.
    case contains
    /// Contains the text, ignoring case.
    case icontains
    /// One of a list.
    case `in`
    /// Greater than.
    case gt
    /// Greater than or equal.
    case gte
    /// Less than.
    case lt
    /// Less than or equal.
    case lte
    /// Starts with the text.
    case startswith
    /// Starts with the text, ignoring case.
    case istartswith
    /// Ends with the text.
    case endswith
    /// Ends with the text, ignoring case.
    case iendswith
    /// Is NULL (true) or not (false).
    case isnull
}
