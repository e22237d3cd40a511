public import ReinhardtHTTP

/// Django's `redirect()`: to a URL (anything containing `/` or `.`) or to a route name reversed
/// with `args`.
///
/// ```swift
/// return try redirect("product-detail", product.id)
/// return try redirect("/products/", permanent: true)
/// ```
public func redirect(_ target: String, _ args: any Sendable..., permanent: Bool = false) throws -> Response {
    let isURL = target.contains("/") || target.contains(".")
    let url = isURL && args.isEmpty ? target : try reverseArray(target, args)
    return try .redirect(to: url, permanent: permanent)
}

private func reverseArray(_ name: String, _ args: [any Sendable]) throws -> String {
    guard let resolver = CurrentURLConf.resolver else {
        return try reverse(name)
    }
    return try resolver.reverse(name, args: args)
}
