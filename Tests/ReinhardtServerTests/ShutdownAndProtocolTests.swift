import Synchronization
import Foundation
import Logging
import NIOSSL
import Reinhardt
import ReinhardtServer
import ReinhardtTesting
import ServiceLifecycle
import Testing

/// Runs `arguments` and returns standard output.
func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Starts `liveApp` with `configure`, calls `body` with the port, then shuts down gracefully.
func withRunningServer(_ configure: (inout ServerConfiguration) -> Void, _ body: @escaping @Sendable (Int, ServiceGroup) async throws -> Void) async throws {
    var configuration = liveApp.settings.server
    configuration.host = "127.0.0.1"
    configuration.port = 0
    configuration.accessLog = false
    configure(&configuration)
    let (ports, continuation) = AsyncStream<Int>.makeStream()
    let server = HTTPServer(configuration: configuration, policy: liveApp.policy, onRunning: { continuation.yield($0) }) { request in
        await liveApp.respond(to: request)
    }
    let group = ServiceGroup(configuration: .init(services: [server], logger: Logger(label: "test")))
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        try await body(port, group)
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
    }
}

@Suite(.serialized) struct ShutdownAndProtocolTests {
    @Test func gracefulShutdownLetsInFlightRequestsFinish() async throws {
        try await withRunningServer({ _ in }) { port, group in
            let before = slowRequestsStarted.load(ordering: .sequentiallyConsistent)
            async let response = exchange("GET /slow/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: port)
            // Shut down only once the request is in the view, however loaded the machine is.
            while slowRequestsStarted.load(ordering: .sequentiallyConsistent) == before {
                try await Task.sleep(for: .milliseconds(10))
            }
            await group.triggerGracefulShutdown()
            let finished = try await response
            #expect(finished?.statusCode == 200)
            #expect(finished?.body == "finally")
        }
    }

    @Test func http2WithPriorKnowledge() async throws {
        try await withRunningServer({ $0.transport = .http2Cleartext }) { port, _ in
            let (status, output) = try run("/usr/bin/curl", ["-s", "--http2-prior-knowledge", "-w", " %{http_version}", "http://127.0.0.1:\(port)/hello/"])
            #expect(status == 0)
            #expect(output == "Hello, World! 2")
        }
    }

    @Test func tlsWithALPNNegotiatesHTTP2() async throws {
        let directory = NSTemporaryDirectory() + "reinhardt-tls-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (keyPath, certPath) = (directory + "/key.pem", directory + "/cert.pem")
        let made = try run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyPath, "-out", certPath, "-days", "1", "-subj", "/CN=localhost"])
        #expect(made.status == 0)
        let tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(certPath).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(file: keyPath, format: .pem))
        )
        try await withRunningServer({ $0.transport = .http2TLS(tls) }) { port, _ in
            let h2 = try run("/usr/bin/curl", ["-sk", "--http2", "-w", " %{http_version}", "https://127.0.0.1:\(port)/hello/"])
            #expect(h2.output == "Hello, World! 2")
            let h1 = try run("/usr/bin/curl", ["-sk", "--http1.1", "-w", " %{http_version}", "https://127.0.0.1:\(port)/hello/"])
            #expect(h1.output == "Hello, World! 1.1")
        }
        try await withRunningServer({ $0.transport = .http1TLS(tls) }) { port, _ in
            let h1 = try run("/usr/bin/curl", ["-sk", "-w", " %{http_version}", "https://127.0.0.1:\(port)/hello/"])
            #expect(h1.output == "Hello, World! 1.1")
        }
    }
}
