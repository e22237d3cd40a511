/// Django's URL dispatcher, compiled once: resolves request paths to endpoints and reverses names
/// to URLs.
///
/// ```swift
/// let resolver = try URLResolver<View>([
///     .path("articles/<int:year>/", yearArchive, name: "year-archive"),
///     .include("blog/", blogPatterns, appName: "blog"),
/// ])
/// let match = resolver.resolve("/articles/2024/")          // endpoint yearArchive, kwargs year: 2024
/// let url = try resolver.reverse("blog:post-detail", args: [42])   // "/blog/42/"
/// ```
///
/// Building the resolver checks the whole URLconf — converter names, route syntax, regexes, the
/// types views expect, namespaces — and reports every problem at once. After that the resolver is an
/// immutable value, safe to share between tasks.
///
/// Resolution keeps Django's first-match-wins order across includes, but does not try every pattern:
/// routes are indexed by the literal text they start with, and only those whose text prefixes the
/// path are tried, in declaration order.
public struct URLResolver<Endpoint: Sendable>: Sendable {
    /// The compiled patterns and their endpoints, in one shared box: the handler binds the
    /// resolver to every request's task, and copying it then retains one reference.
    @usableFromInline let compiled: Compiled

    /// What the builder produced.
    @usableFromInline final class Compiled: Sendable {
        @usableFromInline let conf: CompiledURLConf
        @usableFromInline let endpoints: [Endpoint]

        init(conf: CompiledURLConf, endpoints: [Endpoint]) {
            self.conf = conf
            self.endpoints = endpoints
        }
    }

    /// Compiles a URLconf.
    /// - Parameters:
    ///   - entries: The URL patterns, in order (Django's `urlpatterns`).
    ///   - converters: The converters routes may name; the built-ins by default.
    /// - Throws: ``URLConfigurationError`` listing every problem found, each with how to fix it.
    public init(_ entries: [URLEntry<Endpoint>], converters: ConverterRegistry = .init()) throws(URLConfigurationError) {
        let (conf, endpoints) = try URLConfBuilder.build(entries, registry: converters)
        compiled = Compiled(conf: conf, endpoints: endpoints)
    }

    /// Resolves a path (Django's `resolve()`).
    /// - Parameter path: The percent-decoded request path, starting with `/` (Django's `path_info`).
    /// - Returns: The first matching pattern's match, or `nil` when nothing matches (a 404).
    @inlinable
    public func resolve(_ path: String) -> ResolverMatch<Endpoint>? {
        guard let found = compiled.conf.resolve(path) else { return nil }
        return ResolverMatch(endpoint: compiled.endpoints[found.leaf], parts: found.parts)
    }
}
