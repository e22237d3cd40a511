import Foundation
import NIOConcurrencyHelpers
import ReinhardtHTTP

/// The `Date` header value, formatted at most once per second and shared by every connection.
final class DateCache: Sendable {
    private let state = NIOLockedValueBox<(second: Int, value: String)>((0, ""))

    /// The current value.
    var current: String {
        let now = Int(Date().timeIntervalSince1970)
        return state.withLockedValue { state in
            if state.second != now {
                state = (now, httpDate(Date(timeIntervalSince1970: Double(now))))
            }
            return state.value
        }
    }
}
