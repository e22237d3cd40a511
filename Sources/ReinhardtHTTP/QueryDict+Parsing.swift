import ReinhardtUtils
extension QueryDict {
    /// The default field limit, Django's `DATA_UPLOAD_MAX_NUMBER_FIELDS` (1000).
    public static let defaultMaxFields = 1000

    /// Parses a query string or URL-encoded form body exactly as Django's `QueryDict(query_string)`.
    ///
    /// The rules are Python's `parse_qsl(keep_blank_values=True)`: fields are separated by `&` only
    /// (never `;`); empty fields are skipped; a field without `=` gets the empty value; `+` means
    /// space; `%XX` escapes are decoded to bytes and the bytes read as UTF-8, each invalid sequence
    /// becoming U+FFFD; a `%` not followed by two hex digits stays as it is.
    ///
    /// ```swift
    /// let query = try QueryDict(parsing: "a=1&b=&c&a=2&name=J%C3%A9r%C3%B4me+D")
    /// query.values(for: "a")  // ["1", "2"]
    /// query["c"]              // ""
    /// query["name"]           // "Jérôme D"
    /// ```
    ///
    /// - Parameters:
    ///   - query: The query string, without the leading `?`.
    ///   - maxFields: The most fields allowed (`Settings.limits.maxFormFields`); `nil` for no limit.
    ///     Fields are counted as one more than the number of `&`, as Django counts them.
    /// - Throws: ``TooManyFieldsError`` when the input has more than `maxFields` fields.
    public init(parsing query: String, maxFields: Int? = QueryDict.defaultMaxFields) throws(TooManyFieldsError) {
        var query = query
        let result = query.withUTF8 { Self.parse(utf8: $0, maxFields: maxFields) }
        self = try result.get()
    }

    /// Parses raw bytes (a query string or form body as received) the way Django's `QueryDict`
    /// parses `bytes`: as UTF-8 when they are valid UTF-8, otherwise as ISO-8859-1, then as
    /// the `String` initializer.
    ///
    /// - Parameters:
    ///   - bytes: The raw bytes.
    ///   - maxFields: The most fields allowed; `nil` for no limit.
    /// - Throws: ``TooManyFieldsError`` when the input has more than `maxFields` fields.
    public init(parsing bytes: some Collection<UInt8>, maxFields: Int? = QueryDict.defaultMaxFields)
        throws(TooManyFieldsError)
    {
        let fastResult = bytes.withContiguousStorageIfAvailable { buffer in
            buffer.allSatisfy { $0 < 0x80 } ? Self.parse(utf8: buffer, maxFields: maxFields) : nil
        }
        if let result = fastResult ?? nil {
            self = try result.get()
            return
        }
        let text = String(validating: bytes, as: UTF8.self) ?? Self.latin1String(bytes)
        try self.init(parsing: text, maxFields: maxFields)
    }

    /// Decodes ISO-8859-1 bytes: every byte is the code point of the same value.
    private static func latin1String(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    /// Parses valid UTF-8 bytes; see the `String` initializer.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, maxFields: Int?) -> Result<QueryDict, TooManyFieldsError> {
        guard !bytes.isEmpty else { return .success(QueryDict()) }
        let fieldCount = 1 + countSeparators(bytes)
        if let maxFields, fieldCount > maxFields {
            return .failure(TooManyFieldsError(limit: maxFields, fieldCount: fieldCount))
        }
        var query = QueryDict()
        query.reserveCapacity(fieldCount)
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "&")) ?? bytes.count
            if end > start { query.appendField(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
            start = end + 1
        }
        return .success(query)
    }

    /// The number of `&` in `bytes`.
    private static func countSeparators(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte == UInt8(ascii: "&") { count += 1 }
        return count
    }

    /// Splits one non-empty `name=value` field at its first `=` and appends the decoded pair.
    private mutating func appendField(_ field: UnsafeBufferPointer<UInt8>) {
        let name: String
        let value: String
        if let equals = field.firstIndex(of: UInt8(ascii: "=")) {
            name = PercentCoding.decode(UnsafeBufferPointer(rebasing: field[..<equals]), plusAsSpace: true)
            value = PercentCoding.decode(UnsafeBufferPointer(rebasing: field[(equals + 1)...]), plusAsSpace: true)
        } else {
            name = PercentCoding.decode(field, plusAsSpace: true)
            value = ""
        }
        append(value, for: name)
    }
}
