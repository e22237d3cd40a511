import ReinhardtDB
import Testing

@Suite("PostgreSQL test server")
struct PostgresServerTests {
    @Test("the server in REINHARDT_TEST_DATABASE_URL answers", .enabled(if: TestBackend.postgresURL != nil, Comment(rawValue: TestBackend.skipMessage)))
    func serverAnswers() async throws {
        let db = try Database(url: try #require(TestBackend.postgresURL))
        let version = try await db.query("SELECT version() AS v").first?["v"]?.stringValue
        #expect(version?.hasPrefix("PostgreSQL") == true)
        #expect(db.dialect == .postgresql)
        await db.close()
    }
}
