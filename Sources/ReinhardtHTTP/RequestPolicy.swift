#if canImport(Glibc)
import Glibc
#endif

/// The part of the settings every request consults: which hosts are allowed, which proxy headers
/// are trusted, and how much a client may send.
///
/// Built once from the settings at startup and shared by every request (a reference type, so
/// putting it on a request copies one pointer).
public final class RequestPolicy: Sendable {
    /// Django's `ALLOWED_HOSTS`: exact names, `.example.com` for a domain and its subdomains, or `*`.
    public let allowedHosts: [String]
    /// Django's `USE_X_FORWARDED_HOST`: trust `X-Forwarded-Host` (only behind a proxy that sets it).
    public let useXForwardedHost: Bool
    /// Django's `USE_X_FORWARDED_PORT`.
    public let useXForwardedPort: Bool
    /// Django's `SECURE_PROXY_SSL_HEADER`: a header name and the value that means "HTTPS".
    public let secureProxySSLHeader: (name: String, value: String)?
    /// Request size and field-count limits.
    public let limits: RequestLimits
    /// The plain host names of ``allowedHosts``, lower-cased UTF-8, for the per-request fast path.
    private let exactHosts: [[UInt8]]
    /// Whether ``allowedHosts`` contains `*`.
    let allowsAnyHost: Bool

    /// Creates a policy.
    public init(
        allowedHosts: [String],
        useXForwardedHost: Bool = false,
        useXForwardedPort: Bool = false,
        secureProxySSLHeader: (name: String, value: String)? = nil,
        limits: RequestLimits = RequestLimits()
    ) {
        self.allowedHosts = allowedHosts
        self.useXForwardedHost = useXForwardedHost
        self.useXForwardedPort = useXForwardedPort
        self.secureProxySSLHeader = secureProxySSLHeader
        self.limits = limits
        var exactHosts: [[UInt8]] = []
        for host in allowedHosts.map({ Array($0.lowercased().utf8) })
        where host != Array("*".utf8) && host.first != UInt8(ascii: ".") && !exactHosts.contains(host) {
            exactHosts.append(host)
        }
        self.exactHosts = exactHosts
        self.allowsAnyHost = allowedHosts.contains("*")
    }

    /// Whether `name` (lower-case UTF-8) is one of the exact names in ``allowedHosts``. A settings
    /// list is short, so comparing bytes beats hashing.
    func isExactHost(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = name.baseAddress, !name.isEmpty else { return false }
        return exactHosts.contains { host in
            host.count == name.count && host.withUnsafeBufferPointer { memcmp($0.baseAddress!, start, name.count) == 0 }
        }
    }

    /// A permissive policy for tests and tools: every host allowed, default limits.
    public static let permissive = RequestPolicy(allowedHosts: ["*"])
}

/// How much a client may send, with Django's defaults.
public struct RequestLimits: Sendable, Equatable {
    /// The largest request body the server accepts at all (413 beyond it). Default 10 MiB.
    public var maxBodySize: Int
    /// Django's `DATA_UPLOAD_MAX_MEMORY_SIZE`: the largest body read into memory (form, JSON, raw
    /// body), excluding uploaded files. Default 2.5 MB.
    public var maxInMemoryBodySize: Int
    /// Django's `DATA_UPLOAD_MAX_NUMBER_FIELDS`: query and form fields. Default 1000.
    public var maxFormFields: Int
    /// Django's `DATA_UPLOAD_MAX_NUMBER_FILES`. Default 100.
    public var maxFiles: Int
    /// Django's `FILE_UPLOAD_MAX_MEMORY_SIZE`: uploads larger than this go to a temporary file. Default 2.5 MB.
    public var maxFileMemorySize: Int
    /// Django's `FILE_UPLOAD_TEMP_DIR`; `nil` means the system temporary directory.
    public var temporaryDirectory: String?

    /// Creates limits; every argument defaults to Django's value.
    public init(
        maxBodySize: Int = 10 * 1024 * 1024,
        maxInMemoryBodySize: Int = 2_621_440,
        maxFormFields: Int = 1000,
        maxFiles: Int = 100,
        maxFileMemorySize: Int = 2_621_440,
        temporaryDirectory: String? = nil
    ) {
        self.maxBodySize = maxBodySize
        self.maxInMemoryBodySize = maxInMemoryBodySize
        self.maxFormFields = maxFormFields
        self.maxFiles = maxFiles
        self.maxFileMemorySize = maxFileMemorySize
        self.temporaryDirectory = temporaryDirectory
    }
}
