extension Cookie {
    /// The `SameSite` attribute of a cookie, as Django's `set_cookie(samesite=)` accepts it.
    ///
    /// - Note: With an optional `SameSite?`, write `Cookie.SameSite.none` in full: a bare `.none` is
    ///   read as "no attribute" (`Optional.none`), and the compiler only warns.
    public enum SameSite: String, Sendable, Hashable, CaseIterable {
        /// `SameSite=Lax`: sent on top-level navigations from other sites (the browsers' default).
        case lax = "Lax"
        /// `SameSite=Strict`: never sent on requests from other sites.
        case strict = "Strict"
        /// `SameSite=None`: sent everywhere; browsers require `Secure` with it.
        case none = "None"

        /// Reads a setting value such as `"lax"` or `"Strict"`, in any case; `nil` when it is not one of
        /// the three (Django raises `ValueError: samesite must be "lax", "none", or "strict".`).
        public init?(parsing text: String) {
            switch text.lowercased() {
            case "lax": self = .lax
            case "strict": self = .strict
            case "none": self = .none
            default: return nil
            }
        }
    }
}
