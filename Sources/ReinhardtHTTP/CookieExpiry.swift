public import Foundation

/// When a cookie expires, as Django's `set_cookie(expires=)` takes it.
public enum CookieExpiry: Sendable, Equatable {
    /// A point in time. As in Django, the header gets `Max-Age` computed from it and an `expires`
    /// date recomputed from that `Max-Age`, so the two always agree.
    case date(Date)
    /// A string written verbatim into `expires=`, Django's `expires="Thu, 01 Jan 1970 00:00:00 GMT"`.
    /// An empty string counts as no expiry.
    case raw(String)
}
