import Foundation
@testable import Reinhardt
import Logging
import NIOCore
import NIOPosix
import ReinhardtDB
import ReinhardtTesting
import Testing

/// A small model for the bridge tests.
struct Note: Model {
    var id: Int64?
    var text: String

    static let schema = ModelSchema(appLabel: "bridge", name: "Note", fields: [
        FieldSchema("id", .bigAutoField, primaryKey: true),
        FieldSchema("text", .char(maxLength: 50)),
    ])

    init(text: String) { self.text = text }
    init(reading row: RowReader) throws {
        id = try row.decode("id")
        text = try row.decode("text")
    }
    var databaseValues: [DatabaseValue] { [id.databaseValue, text.databaseValue] }
    mutating func setPrimaryKey(_ value: DatabaseValue) { id = value.int64Value }
}

/// A note read only to learn where its row was decoded: rows are decoded as the statement steps,
/// so this is the thread the SQLite statement ran on.
struct StatementThreadProbe: Model {
    var decodedOnEventLoop: Bool

    static let schema = ModelSchema(appLabel: "bridge", name: "StatementThreadProbe", tableName: "bridge_note", fields: [
        FieldSchema("id", .bigAutoField, primaryKey: true),
    ])

    init(reading row: RowReader) throws {
        _ = try row.decode("id", at: 0, as: Int64.self)
        decodedOnEventLoop = MultiThreadedEventLoopGroup.currentEventLoop != nil
    }
    var databaseValues: [DatabaseValue] { [.null] }
    mutating func setPrimaryKey(_ value: DatabaseValue) {}
}

/// The ORM inside requests: the current database, `getOr404`, `ATOMIC_REQUESTS`.
@Suite struct DatabaseBridgeTests {
    static let patterns: URLPatterns = [
        path("notes/<int:id>/", { _, id in
            .text(try await Note.objects.getOr404("pk", id).text)
        } as @Sendable (Request, Int) async throws -> Response),
        // Where the view starts and where its statement runs: on an event loop thread or not.
        path("where/", { _ in
            let viewStart = MultiThreadedEventLoopGroup.currentEventLoop != nil
            let probe = try await StatementThreadProbe.objects.get("pk", 1)
            return .text("view starts on an event loop: \(viewStart), statement: \(probe.decodedOnEventLoop)")
        }),
        path("fail/", { _ in
            _ = try await Note.objects.create(Note(text: "half-written"))
            throw HTTPError.badRequest("the view failed after writing")
        }),
    ]

    func withApp(atomic: Bool, _ body: (Client, Database) async throws -> Void) async throws {
        try await withApp(atomic: atomic) { (app: Application, database: Database) in try await body(Client(app), database) }
    }

    func withApp(atomic: Bool, _ body: (Application, Database) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reinhardt-bridge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = try Application(settings: {
            var settings = testSettings(Self.patterns)
            settings.allowedHosts.append("127.0.0.1")
            settings.database = DatabaseSettings(url: "sqlite:////" + directory.appendingPathComponent("db.sqlite3").path.dropFirst(), atomicRequests: atomic)
            return settings
        }())
        let database = try #require(app.database)
        try await SchemaEditor(database).createTable(Note.schema)
        _ = try await Note.objects.using(database).create(Note(text: "first"))
        try await body(app, database)
        await database.close()
    }

    @Test("the real server starts a view on its event loop; SQLite statements move it off first")
    func sqliteNeverRunsOnTheEventLoop() async throws {
        try await withApp(atomic: false) { (app: Application, _: Database) async throws in
            try await withLiveServer(app) { (server: LiveServer) async throws in
                let live = Client(live: server)
                live.host = "127.0.0.1"
                // Repeated: whether the request's task starts inside one of the loop's jobs varies.
                for _ in 0..<20 {
                    let answer = try await live.get("/where/").text
                    #expect(answer == "view starts on an event loop: true, statement: false")
                }
            }
        }
    }

    /// Tasks the server starts inside a loop's job may resume on the loop; their statements then
    /// go to a Dispatch worker. 3,000 calls (about a second), so the worker's hand-back runs under
    /// varying timing: when the worker still held the statement as the task resumed,
    /// `withoutActuallyEscaping` trapped, in about one run of this test in five.
    @Test("statements of tasks started inside an event loop's jobs run off the loop, call after call")
    func statementsOfLoopStartedTasksRunOffTheLoop() async throws {
        try await withApp(atomic: false) { (_: Application, database: Database) async throws in
            for _ in 0..<3000 {
                let onLoop = try await inTaskStartedOnALoop {
                    try await StatementThreadProbe.objects.using(database).get("pk", 1).decodedOnEventLoop
                }
                #expect(onLoop == false)
            }
            // A statement that fails on the worker hands its error back to the task.
            for _ in 0..<100 {
                await #expect(throws: DatabaseError.self) {
                    try await inTaskStartedOnALoop { try await database.query("SELECT * FROM no_such_table").count }
                }
            }
        }
    }

    /// Runs `body` in a task started with `Task.immediate` inside one of an event loop's jobs, as
    /// the server starts a request's task.
    private func inTaskStartedOnALoop<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let promise = loop.makePromise(of: T.self)
        loop.execute {
            Task.immediate {
                do {
                    promise.succeed(try await body())
                } catch {
                    promise.fail(error)
                }
            }
        }
        return try await promise.futureResult.get()
    }

    @Test func viewsQueryTheApplicationsDatabaseAndGetOr404() async throws {
        try await withApp(atomic: false) { (client: Client, _: Database) async throws in
            #expect(try await client.get("/notes/1/").text == "first")
            let missing = try await client.get("/notes/99/")
            #expect(missing.status == .notFound)
        }
    }

    @Test func atomicRequestsRollBackAViewThatThrows() async throws {
        try await withApp(atomic: true) { (client: Client, database: Database) async throws in
            #expect(try await client.get("/fail/").status == .badRequest)
            #expect(try await Note.objects.using(database).count() == 1)
        }
        try await withApp(atomic: false) { (client: Client, database: Database) async throws in
            #expect(try await client.get("/fail/").status == .badRequest)
            #expect(try await Note.objects.using(database).count() == 2)
        }
    }
}

/// Debug reporting of a request's queries.
@Suite struct QueryReportTests {
    static let patterns: URLPatterns = [
        path("loop/", { _ in
            for id in 1...4 { _ = try await Note.objects.filter("pk", id).first() }
            return .text("looped")
        }),
    ]

    @Test func debugResponsesCarryServerTimingAndRepeatedQueriesAreWarnedAbout() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reinhardt-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var settings = testSettings(Self.patterns, debug: true)
        settings.database = DatabaseSettings(url: "sqlite:///" + directory.appendingPathComponent("db.sqlite3").path)
        let app = try Application(settings: settings)
        try await SchemaEditor(app.database!).createTable(Note.schema)
        let response = try await Client(app).get("/loop/")
        #expect(response.text == "looped")
        let timing = try #require(response.headers[HTTPField.Name("Server-Timing")!])
        #expect(timing.hasPrefix("db;dur=") && timing.hasSuffix("desc=\"4 queries\""))
        await app.database!.close()
    }

    @Test func repeatedStatementsAreReportedAsNPlusOne() {
        let captured = CapturedLogs()
        let logger = Logger(label: "test") { _ in captured }
        let select = RecordedQuery(sql: "SELECT 1 WHERE id = ?", bindCount: 1, duration: .milliseconds(1))
        QueryReport(queries: [select, select]).warnAboutRepeats(logger)
        #expect(captured.messages.isEmpty)
        QueryReport(queries: [select, select, select, RecordedQuery(sql: "BEGIN", bindCount: 0, duration: .zero, isTransactionControl: true)])
            .warnAboutRepeats(logger)
        #expect(captured.messages == ["N+1 query pattern: the same query ran 3 times in one request. Fetch the rows in one query (filter with __in, or select related rows) instead of one per item."])
    }
}

/// A log handler keeping the messages it receives.
final class CapturedLogs: LogHandler, @unchecked Sendable {
    var messages: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(event: LogEvent) { messages.append(event.message.description) }
}
