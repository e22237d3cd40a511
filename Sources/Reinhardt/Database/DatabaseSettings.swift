/// Django's `DATABASES["default"]` and `ATOMIC_REQUESTS`: where the ORM stores models.
public struct DatabaseSettings: Sendable {
    /// A `DATABASE_URL`: `sqlite:///db.sqlite3` (relative), `sqlite:////var/db.sqlite3` (absolute),
    /// or `postgres://user:password@host:5432/name`.
    public var url: String
    /// Whether each view runs inside one transaction, rolled back when the view throws.
    public var atomicRequests: Bool

    /// Settings for the database at `url`.
    public init(url: String, atomicRequests: Bool = false) {
        self.url = url
        self.atomicRequests = atomicRequests
    }
}
