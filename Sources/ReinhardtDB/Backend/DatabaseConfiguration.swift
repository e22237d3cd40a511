/// Which database to connect to and how many connections to keep (Django's `DATABASES` entry).
public struct DatabaseConfiguration: Sendable, Hashable {
    /// The backend and its address.
    enum Backend: Sendable, Hashable {
        case sqlite(path: String?)
        case postgres(host: String, port: Int, user: String, password: String?, database: String, tls: Bool)
    }

    let backend: Backend

    /// The most connections open at once: PostgreSQL's pool size, or SQLite's reader count (SQLite
    /// always has exactly one writer besides). Defaults to 10 for PostgreSQL, 4 for SQLite.
    public var maximumConnections: Int

    /// An SQLite database in the file at `path`, created on first use, with WAL journaling and
    /// foreign keys enforced.
    public static func sqlite(path: String) -> DatabaseConfiguration {
        DatabaseConfiguration(backend: .sqlite(path: path), maximumConnections: 4)
    }

    /// A private in-memory SQLite database (one connection; gone when closed).
    public static var sqliteInMemory: DatabaseConfiguration {
        DatabaseConfiguration(backend: .sqlite(path: nil), maximumConnections: 1)
    }

    /// A PostgreSQL server; `tls: true` requires an encrypted connection.
    public static func postgres(
        host: String, port: Int = 5432, user: String, password: String?, database: String, tls: Bool = false
    ) -> DatabaseConfiguration {
        DatabaseConfiguration(
            backend: .postgres(host: host, port: port, user: user, password: password, database: database, tls: tls),
            maximumConnections: 10)
    }

    /// The SQL dialect the backend speaks.
    public var dialect: SQLDialect {
        switch backend {
        case .sqlite: return .sqlite
        case .postgres: return .postgresql
        }
    }
}
