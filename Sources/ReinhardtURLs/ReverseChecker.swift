/// Checks that a candidate URL matches the pattern it was built from (Django's final `re.search`).
enum ReverseChecker: Sendable {
    /// A chain of `path()` routes, matched by the route matcher over the whole chain.
    case route(RouteMatcher)
    /// A chain involving a regex: the joined regex, anchored at `^/`.
    case regex(CompiledRegex)

    /// Whether `candidate` (a path starting with `/`) matches.
    func accepts(_ candidate: String) -> Bool {
        switch self {
        case .route(let matcher):
            return PathInput.with(candidate) { input in
                input.count > 0 && input.bytes[0] == 0x2F && matcher.matches(input, from: 1, toEnd: true)
            }
        case .regex(let regex):
            return regex.firstMatch(in: candidate[...]) != nil
        }
    }
}
