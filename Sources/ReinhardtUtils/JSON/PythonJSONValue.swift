/// A value Python's `json.dumps()` can encode: what the `json_script` filter receives once the
/// template engine has converted its context value.
///
/// Objects keep their keys in insertion order, as Python dictionaries do.
public indirect enum PythonJSONValue: Sendable {
    /// `None` → `null`.
    case null
    /// `True`/`False` → `true`/`false`.
    case bool(Bool)
    /// An `int`.
    case int(Int)
    /// A `float`, written as Python's `repr()` (`NaN`, `Infinity` and `-Infinity` for the
    /// non-finite values).
    case double(Double)
    /// A `str`.
    case string(String)
    /// A `list` or `tuple`.
    case array([PythonJSONValue])
    /// A `dict` with `str` keys, in insertion order.
    case object([(String, PythonJSONValue)])
}
