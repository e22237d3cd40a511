/// A key for a value attached to a request by a later layer (the session, the user, timings).
///
/// ```swift
/// enum SessionKey: RequestExtensionKey { typealias Value = Session }
/// extension Request { var session: Session? { extensions[SessionKey.self] } }
/// ```
public protocol RequestExtensionKey {
    /// The type of the value stored under this key.
    associatedtype Value: Sendable
}

/// Typed per-request values. A value type: each copy of a request owns its own, so there is no
/// shared, locked bag to race on.
public struct RequestExtensions: Sendable {
    private var storage: [ObjectIdentifier: any Sendable] = [:]

    /// An empty set of extensions.
    public init() {}

    /// The value stored under `key`, or `nil`.
    public subscript<Key: RequestExtensionKey>(key: Key.Type) -> Key.Value? {
        get { storage[ObjectIdentifier(key)] as? Key.Value }
        set { storage[ObjectIdentifier(key)] = newValue }
    }
}
