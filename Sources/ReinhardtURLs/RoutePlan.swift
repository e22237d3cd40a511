/// A leaf whose whole chain is `path()` routes, compiled for the resolver's hot path: the matchers in
/// order, every capture's name and converter in one flat list, and the keyword arguments' final
/// shape — Django's level-by-level merge of captures and defaults depends only on names, so it is
/// worked out once here and a match just fills in the converted values.
final class RoutePlan: Sendable {
    /// One element of the chain.
    struct Step: Sendable {
        let matcher: RouteMatcher
        /// Whether the match must reach the end of the path (the endpoint).
        let toEnd: Bool
        /// The capture slot of the element's first capture.
        let firstSlot: Int
    }

    /// Keyword argument sources: a capture slot, or (slot `-1`) a default value.
    typealias KwargSource = (name: String, slot: Int, value: any Sendable)

    let steps: [Step]
    /// Captures along the whole chain, outermost first.
    let captureCount: Int
    let names: [String]
    let converters: [AnyPathConverter]
    /// The keyword arguments in Django's order, or `nil` when they are exactly the captures (no
    /// defaults involved) so the captured array doubles as the keyword arguments.
    let kwargs: [KwargSource]?

    /// Plans a chain; `nil` when some element is a regex.
    init?(elements: [CompiledElement]) {
        var steps: [Step] = []
        var names: [String] = []
        var converters: [AnyPathConverter] = []
        var levels: [[KwargSource]] = []
        for element in elements {
            guard case .route(let matcher, let parameters) = element.matcher else { return nil }
            steps.append(Step(matcher: matcher, toEnd: element.isEndpoint, firstSlot: names.count))
            var level: [KwargSource] = []
            for parameter in parameters {
                level.append((parameter.name, names.count, ()))
                names.append(parameter.name)
                converters.append(parameter.converter)
            }
            levels.append(level)
        }
        guard let endpoint = elements.last else { return nil }
        func defaults(_ element: CompiledElement) -> [KwargSource] {
            element.defaults.map { ($0.name, -1, $0.value) }
        }
        // The same merge as `CompiledURLConf.parts`, on sources instead of values.
        var merged = Self.merging(levels[levels.count - 1], defaults(endpoint))
        for level in stride(from: elements.count - 2, through: 0, by: -1) {
            merged = Self.merging(Self.merging(levels[level], defaults(elements[level])), merged)
        }
        let isCaptures = merged.count == names.count && merged.enumerated().allSatisfy { $0.element.slot == $0.offset }
        self.steps = steps
        self.captureCount = names.count
        self.names = names
        self.converters = converters
        self.kwargs = isCaptures ? nil : merged
    }

    /// `KeywordArguments.merging` on sources.
    private static func merging(_ base: [KwargSource], _ overrides: [KwargSource]) -> [KwargSource] {
        var result = base
        for item in overrides {
            if let index = result.firstIndex(where: { $0.name == item.name }) {
                result[index] = item
            } else {
                result.append(item)
            }
        }
        return result
    }

    /// Matches the chain from `start`, leaving each capture's byte range in `captures`.
    private func matchRanges(_ input: PathInput, from start: Int, _ captures: UnsafeMutableBufferPointer<Range<Int>>) -> Bool {
        var position = start
        for step in steps {
            let slots = UnsafeMutableBufferPointer(
                rebasing: captures[step.firstSlot..<(step.firstSlot + step.matcher.captureCount)])
            guard let end = step.matcher.match(input, from: position, toEnd: step.toEnd, into: slots) else {
                return false
            }
            position = end
        }
        return true
    }

    /// Matches the chain from `start`: the keyword arguments and the converted captures, or `nil`
    /// when an element does not match or a converter rejects its text.
    func match(
        _ input: PathInput, from start: Int
    ) -> (kwargs: [(name: String, value: any Sendable)], captured: [(name: String, value: any Sendable)])? {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: max(captureCount, 1)) { ranges in
            ranges.initialize(repeating: start..<start)
            guard matchRanges(input, from: start, ranges) else { return nil }
            var captured: [(name: String, value: any Sendable)] = []
            if captureCount > 0 {
                captured.reserveCapacity(captureCount)
                for slot in 0..<captureCount {
                    guard let value = converters[slot].convertedValue(in: input, ranges[slot]) else { return nil }
                    captured.append((names[slot], value))
                }
            }
            guard let plan = kwargs else { return (captured, captured) }
            var kwargs: [(name: String, value: any Sendable)] = []
            kwargs.reserveCapacity(plan.count)
            for source in plan {
                kwargs.append((source.name, source.slot >= 0 ? captured[source.slot].value : source.value))
            }
            return (kwargs, captured)
        }
    }

    /// The text of each capture when the chain matches `path` (computed on demand for
    /// ``ResolverMatch/rawKwargs``).
    func rawCaptures(_ path: String) -> [(name: String, value: String)] {
        PathInput.with(path) { input in
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: max(captureCount, 1)) { ranges in
                ranges.initialize(repeating: 1..<1)
                guard input.count > 0, matchRanges(input, from: 1, ranges) else { return [] }
                return (0..<captureCount).map { (names[$0], input.text(ranges[$0])) }
            }
        }
    }
}
