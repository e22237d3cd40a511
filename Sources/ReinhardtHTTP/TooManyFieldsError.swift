/// Thrown when a query string or URL-encoded form body holds more fields than allowed: Django's
/// `TooManyFieldsSent`, answered with 400 Bad Request.
///
/// The limit is `Settings.limits.maxFormFields` (Django's `DATA_UPLOAD_MAX_NUMBER_FIELDS`, 1000 by
/// default). Fields are counted as Django counts them: one more than the number of `&` separators,
/// so empty fields (`a=1&&b=2`) count too.
public struct TooManyFieldsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The limit that was exceeded.
    public let limit: Int
    /// The number of fields counted in the input.
    public let fieldCount: Int

    /// Creates the error for `fieldCount` fields against `limit`.
    public init(limit: Int, fieldCount: Int) {
        self.limit = limit
        self.fieldCount = fieldCount
    }

    /// A message naming the limit and how to raise it.
    public var description: String {
        "The number of GET/POST parameters (\(fieldCount)) exceeded Settings.limits.maxFormFields "
            + "(\(limit)). Raise the limit if such requests are legitimate."
    }
}
