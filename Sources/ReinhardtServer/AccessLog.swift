import HTTPTypes
import Logging

/// Django's runserver line: `"GET /hello/" 200 13 (0.4 ms)`.
enum AccessLog {
    static func write(_ logger: Logger, method: String, target: String, status: HTTPResponse.Status, bytes: Int?, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let tenths = (Double(elapsed.components.seconds) * 1e4 + Double(elapsed.components.attoseconds) / 1e14).rounded()
        let duration = tenths < 1 ? "<0.1" : String(tenths / 10)
        logger.info("\"\(method) \(target)\" \(status.code) \(bytes.map(String.init) ?? "-") (\(duration) ms)")
    }
}
