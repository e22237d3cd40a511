/// Matches a `path()` route without a regex engine: literal byte runs and converter captures, tried
/// in the order a backtracking regex engine would try Django's generated regex (each capture as long
/// as possible first, then shorter), so `<path:p>/edit/` and `<str:name>.<str:ext>` split exactly as
/// in Django.
struct RouteMatcher: Sendable {
    /// One piece of a compiled route.
    enum Segment: Sendable {
        /// Bytes that must appear as is.
        case literal([UInt8])
        /// A converter capture, stored in capture slot `slot`.
        case capture(slot: Int, scanner: ComponentScanner)
    }

    /// The pieces, in order.
    let segments: [Segment]
    /// How many captures a match fills.
    let captureCount: Int

    /// Compiles route tokens.
    init(tokens: [RouteParser.Token]) {
        var segments: [Segment] = []
        var slot = 0
        for token in tokens {
            switch token {
            case .literal(let text):
                segments.append(.literal(Array(text.utf8)))
            case .parameter(_, let converter):
                segments.append(.capture(slot: slot, scanner: converter.scanner))
                slot += 1
            }
        }
        self.init(segments: segments, captureCount: slot)
    }

    /// Joins compiled pieces (used to check a whole include chain at once in `reverse()`).
    init(segments: [Segment], captureCount: Int) {
        self.segments = segments
        self.captureCount = captureCount
    }

    /// The leading literal bytes, and whether the route is nothing but literal text.
    var literalPrefix: (bytes: [UInt8], isWholeRoute: Bool) {
        guard case .literal(let bytes)? = segments.first else { return ([], segments.isEmpty) }
        return (bytes, segments.count == 1)
    }

    /// Matches from `start` and hands the result to `body` while the capture ranges are valid.
    /// - Parameters:
    ///   - input: The path.
    ///   - start: Where matching begins.
    ///   - toEnd: Whether the match must reach the end (an endpoint's `\Z`); an include prefix need not.
    ///   - body: Receives where the match ends and each capture's byte range.
    /// - Returns: What `body` returned, or `nil` when the route does not match.
    func withMatch<Result>(
        _ input: PathInput, from start: Int, toEnd: Bool,
        _ body: (_ end: Int, _ captures: UnsafeMutableBufferPointer<Range<Int>>) -> Result?
    ) -> Result? {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: max(captureCount, 1)) { captures in
            captures.initialize(repeating: start..<start)
            guard let end = matchSegment(0, at: start, input, toEnd: toEnd, captures) else { return nil }
            return body(end, captures)
        }
    }

    /// Matches from `start`, writing each capture's byte range into `captures` (which must have room
    /// for ``captureCount`` ranges).
    /// - Returns: Where the match ends, or `nil` when the route does not match.
    func match(
        _ input: PathInput, from start: Int, toEnd: Bool, into captures: UnsafeMutableBufferPointer<Range<Int>>
    ) -> Int? {
        matchSegment(0, at: start, input, toEnd: toEnd, captures)
    }

    /// Whether the route matches from `start`.
    func matches(_ input: PathInput, from start: Int, toEnd: Bool) -> Bool {
        withMatch(input, from: start, toEnd: toEnd) { _, _ in true } ?? false
    }

    private func matchSegment(
        _ index: Int, at position: Int, _ input: PathInput, toEnd: Bool, _ captures: UnsafeMutableBufferPointer<Range<Int>>
    ) -> Int? {
        guard index < segments.count else {
            return !toEnd || position == input.count ? position : nil
        }
        switch segments[index] {
        case .literal(let bytes):
            guard input.hasLiteral(bytes, at: position) else { return nil }
            return matchSegment(index + 1, at: position + bytes.count, input, toEnd: toEnd, captures)
        case .capture(let slot, let scanner):
            return matchCapture(index, slot: slot, scanner: scanner, at: position, input, toEnd: toEnd, captures)
        }
    }

    private func matchCapture(
        _ index: Int, slot: Int, scanner: ComponentScanner, at position: Int,
        _ input: PathInput, toEnd: Bool, _ captures: UnsafeMutableBufferPointer<Range<Int>>
    ) -> Int? {
        var result: Int?
        forEachCandidateEnd(scanner, from: position, input, isLast: index == segments.count - 1, toEnd: toEnd) { end in
            if case .literal(let next)? = segments[safe: index + 1], !input.hasLiteral(next, at: end) {
                return false
            }
            captures[slot] = position..<end
            result = matchSegment(index + 1, at: end, input, toEnd: toEnd, captures)
            return result != nil
        }
        return result
    }

    /// Calls `body` with each possible end of a capture, in backtracking order, until it returns `true`.
    private func forEachCandidateEnd(
        _ scanner: ComponentScanner, from start: Int, _ input: PathInput,
        isLast: Bool, toEnd: Bool, _ body: (Int) -> Bool
    ) {
        switch scanner {
        case .uuid:
            if ComponentScanner.matchesUUID(in: input, at: start) { _ = body(start + 36) }
        case .pattern(let regex):
            forEachRegexEnd(regex, from: start, input, body)
        default:
            let longest = scanner.longestRun(in: input, from: start)
            guard longest > start else { return }
            if isLast {
                if !toEnd || longest == input.count { _ = body(longest) }
                return
            }
            var end = longest
            while end > start {
                if input.isScalarBoundary(end), body(end) { return }
                end -= 1
            }
        }
    }

    /// A custom converter's regex: first the end its own match prefers, then every other end,
    /// longest first.
    private func forEachRegexEnd(_ regex: CompiledRegex, from start: Int, _ input: PathInput, _ body: (Int) -> Bool) {
        let rest = input.substring(start..<input.count)
        guard let first = regex.prefixMatch(in: rest) else { return }
        let preferred = input.offset(of: first.range.upperBound)
        if body(preferred) { return }
        var end = input.count
        while end >= start {
            if end != preferred, input.isScalarBoundary(end),
               regex.wholeMatch(in: input.substring(start..<end)) != nil, body(end) {
                return
            }
            end -= 1
        }
    }
}
