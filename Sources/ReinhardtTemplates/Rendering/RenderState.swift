/// Per-render storage for stateful nodes, scoped to the template being rendered (Django's
/// `RenderContext`): a `{% cycle %}` remembers its position, `{% ifchanged %}` its last value, and
/// `{% extends %}` the blocks of the inheritance chain.
final class RenderState {
    /// One template's state; an isolated render (a template, an include) gets a fresh frame, while
    /// a parent template in an inheritance chain shares its child's.
    final class Frame {
        @exclusivity(unchecked) var nodeState: [ObjectIdentifier: AnyObject] = [:]
        @exclusivity(unchecked) var blocks: BlockContext?
        /// The templates an inheritance chain went through, so a template cannot extend itself.
        @exclusivity(unchecked) var extendsHistory: [String] = []

        /// Starts the history with the template whose `{% extends %}` runs first, unless started.
        func startExtendsHistory(with key: String) {
            if extendsHistory.isEmpty { extendsHistory = [key] }
        }
    }

    @exclusivity(unchecked) var frames: [Frame] = [Frame()]

    /// The innermost frame.
    var current: Frame { frames[frames.count - 1] }

    /// Runs `body` in a fresh frame.
    func isolated<Result>(_ body: () throws -> Result) rethrows -> Result {
        frames.append(Frame())
        defer { frames.removeLast() }
        return try body()
    }

    /// The state `node` stored in this frame, created by `make` on first use.
    func state<State: AnyObject>(for node: AnyObject, make: () -> State) -> State {
        let key = ObjectIdentifier(node)
        if let existing = current.nodeState[key] as? State { return existing }
        let state = make()
        current.nodeState[key] = state
        return state
    }
}
