import Foundation
import ReinhardtDB
import ReinhardtUtils
import Testing

@Suite("Configuration and dialects")
struct ConfigurationTests {
    @Test("DATABASE_URL forms that parse")
    func validURLs() throws {
        #expect(try DatabaseConfiguration(url: "sqlite:////var/app/db.sqlite3") == .sqlite(path: "/var/app/db.sqlite3"))
        #expect(try DatabaseConfiguration(url: "sqlite:///db.sqlite3") == .sqlite(path: "db.sqlite3"))
        #expect(try DatabaseConfiguration(url: "sqlite://:memory:") == .sqliteInMemory)
        #expect(try DatabaseConfiguration(url: "sqlite://") == .sqliteInMemory)
        #expect(
            try DatabaseConfiguration(url: "postgres://app:s%40cret%2F@db.example:6543/shop")
                == .postgres(host: "db.example", port: 6543, user: "app", password: "s@cret/", database: "shop"))
        #expect(
            try DatabaseConfiguration(url: "postgresql://app@localhost/shop?sslmode=require")
                == .postgres(host: "localhost", user: "app", password: nil, database: "shop", tls: true))
        #expect(
            try DatabaseConfiguration(url: "postgres://u:p@[::1]:5433/d")
                == .postgres(host: "::1", port: 5433, user: "u", password: "p", database: "d"))
        #expect(try DatabaseConfiguration(url: "postgres://u:p@h/d").dialect == .postgresql)
    }

    @Test(
        "bad DATABASE_URLs fail with a message saying what to write",
        arguments: [
            ("localhost/db", DatabaseConfigurationError.Kind.invalidURL),
            ("mysql://u:p@h/db", .unsupportedScheme),
            ("postgres://u:p@h:99999/db", .invalidURL),
            ("postgres://u:p@h:port/db", .invalidURL),
            ("postgres://u:p@h", .invalidURL),
            ("postgres://u:p@h/", .invalidURL),
            ("postgres://h/db", .invalidURL),
            ("postgres://u:p@:5432/db", .invalidURL),
            ("postgres://u:p@h/db?sslmode=sometimes", .invalidURL),
            ("sqlite://relative.db", .invalidURL),
        ])
    func invalidURLs(url: String, kind: DatabaseConfigurationError.Kind) throws {
        let error = try #require(throws: DatabaseConfigurationError.self) { try Database(url: url) }
        #expect(error.kind == kind)
        #expect(error.message.contains("postgres://user:password@host:5432/name"))
        #expect(!error.message.contains(":p@"), "passwords must not appear in messages")
    }

    @Test("dialects quote identifiers and number placeholders")
    func dialects() {
        #expect(SQLDialect.sqlite.quote("order") == "\"order\"")
        #expect(SQLDialect.postgresql.quote("we\"ird") == "\"we\"\"ird\"")
        #expect(SQLDialect.sqlite.placeholder(3) == "?")
        #expect(SQLDialect.postgresql.placeholder(3) == "$3")
        #expect(SQLDialect.sqlite.name == "sqlite")
        #expect(SQLDialect.postgresql.name == "postgresql")
        #expect(SQLDialect.sqlite.supportsReturning && SQLDialect.postgresql.supportsReturning)
    }

    @Test("database errors read as advice")
    func errorDescriptions() {
        let error = DatabaseError(
            kind: .uniqueViolation, message: "UNIQUE constraint failed: products.name", table: "products",
            columns: ["name"], sql: "INSERT INTO products (name) VALUES (?)")
        #expect(error.column == "name")
        #expect(
            error.description
                == "uniqueViolation: UNIQUE constraint failed: products.name. Use a value not already stored on "
                + "products.name, or update the existing row. SQL: INSERT INTO products (name) VALUES (?)")
    }

    @Test("values convert between representations")
    func accessors() {
        #expect(DatabaseValue.integer(1).boolValue == true)
        #expect(DatabaseValue.text("0.10").decimalValue?.description == "0.10")
        #expect(DatabaseValue.text("2024-01-02 03:04:05.000006").dateTimeValue?.microsecond == 6)
        #expect(DatabaseValue.text("123456789abcdef0123456789abcdef0").uuidValue?.uuidString == "12345678-9ABC-DEF0-1234-56789ABCDEF0")
        #expect(DatabaseValue.blob([1]).stringValue == nil)
        let literals: [DatabaseValue] = ["a", 1, 2.5, true]
        #expect(literals == [.text("a"), .integer(1), .real(2.5), .boolean(true)])
    }
}
