public import ReinhardtUtils

/// How an engine renders: Django's `OPTIONS` for the template backend plus the settings templates
/// read (`TIME_ZONE`, `STATIC_URL`).
public struct TemplateOptions: Sendable {
    /// Whether variables are HTML-escaped by default.
    public var autoescape = true
    /// What an invalid variable renders as (Django's `string_if_invalid`; `%s` is replaced by the
    /// variable's text).
    public var stringIfInvalid = ""
    /// Debug mode: errors carry the failing template line (always kept; this mirrors Django's flag).
    public var debug = false
    /// The zone aware datetimes are shown in (Django's `TIME_ZONE`).
    public var timeZone = DateTimeZone.utc
    /// The current time, for `{% now %}` and `timesince`/`timeuntil` without an argument.
    public var clock: @Sendable () -> DateTimeValue = { DateTimeValue.now(in: .utc) }
    /// Where `{% static %}` points (Django's `STATIC_URL`).
    public var staticURL = "/static/"
    /// Django's `MEDIA_URL`, for `{% get_media_prefix %}`.
    public var mediaURL = "/media/"

    /// The defaults: autoescape on, empty `stringIfInvalid`, UTC.
    public init() {}
}
