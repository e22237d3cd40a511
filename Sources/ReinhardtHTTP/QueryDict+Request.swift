public import HTTPTypes

extension TooManyFieldsError: HTTPResponseError {
    /// Django turns `TooManyFieldsSent` into a 400.
    public var status: HTTPResponse.Status { .badRequest }
    /// Names the setting that holds the limit.
    public var reason: String {
        "The number of GET/POST parameters exceeded Settings.limits.maxFormFields (\(limit))."
    }
}

extension QueryDict {
    /// Parses a query string or URL-encoded body with the request's field limit.
    static func parsingQuery(_ text: Substring, maxFields: Int) throws(TooManyFieldsError) -> QueryDict {
        if text.isEmpty { return QueryDict() }
        return try QueryDict(parsing: text.utf8, maxFields: maxFields)
    }

    /// The number of values over all keys (Django counts each `key=value` pair as a field).
    var totalValueCount: Int { reduce(0) { $0 + $1.values.count } }
}
