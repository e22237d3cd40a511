/// The variables a template renders with: a stack of scopes, as Django's `Context`.
///
/// Tags push a scope (`{% with %}`, `{% for %}`) and pop it when done; lookups search from the
/// innermost scope out. The bottom scope holds `True`, `False` and `None`, as in Django. A context
/// also carries the autoescape flag and per-render state that stateful tags (`cycle`, `ifchanged`,
/// blocks) keep — Django's `render_context`.
public final class Context {
    /// One name bound in a scope.
    struct Binding {
        let name: TemplateName
        var value: TemplateValue
    }

    /// Every binding, outermost scope first; a scope is the run from its start to the next one's.
    /// A lookup scans from the end, so the innermost binding of a name wins — a few integer
    /// comparisons for the handful of names a template context holds, and no hashing of the name.
    @exclusivity(unchecked) private var bindings: [Binding]
    /// Where each pushed scope starts in `bindings`; the bottom scope starts at 0.
    @exclusivity(unchecked) private var scopeStarts: [Int] = []
    /// Whether variables are HTML-escaped on output (`{% autoescape %}` changes it).
    @exclusivity(unchecked) public var autoescape: Bool
    /// The engine rendering, with its options and loaders.
    @exclusivity(unchecked) public internal(set) var engine: TemplateEngine
    /// The request being answered, when rendering for one (Django's `RequestContext.request`).
    public var request: (any TemplateObject)?
    /// Per-template-render state of stateful nodes (Django's `RenderContext`).
    @exclusivity(unchecked) var renderState = RenderState()
    /// How many templates deep rendering is, to stop runaway recursion.
    @exclusivity(unchecked) var depth = 0

    /// A context holding `values`, rendered by `engine` with its autoescape default unless given.
    public init(_ values: [String: TemplateValue] = [:], engine: TemplateEngine = .default, autoescape: Bool? = nil) {
        self.engine = engine
        self.autoescape = autoescape ?? engine.options.autoescape
        bindings = Self.builtins
        bindings.reserveCapacity(values.count + Self.builtins.count + 8)
        for (name, value) in values { bindings.append(Binding(name: TemplateName(name), value: value)) }
    }

    /// The bottom scope of every context, as in Django; the caller's values shadow it.
    private static let builtins = [
        Binding(name: TemplateName("True"), value: .bool(true)),
        Binding(name: TemplateName("False"), value: .bool(false)),
        Binding(name: TemplateName("None"), value: .none),
    ]

    /// The innermost value for `name`, or nil; setting binds it in the innermost scope.
    public subscript(name: String) -> TemplateValue? {
        get { self[TemplateName(name)] }
        set {
            if let newValue { set(name, newValue) }
        }
    }

    /// The innermost value for `name`, or nil.
    subscript(name: TemplateName) -> TemplateValue? {
        position(of: name, from: 0).map { bindings[$0].value }
    }

    /// Whether any scope defines `name`.
    public func contains(_ name: String) -> Bool { self[name] != nil }

    /// Pushes a scope holding `values`.
    public func push(_ values: [String: TemplateValue] = [:]) {
        scopeStarts.append(bindings.count)
        for (name, value) in values { bindings.append(Binding(name: TemplateName(name), value: value)) }
    }

    /// Pops the innermost scope, uncovering what it shadowed.
    public func pop() {
        bindings.removeLast(bindings.count - scopeStarts.removeLast())
    }

    /// Runs `body` inside a new scope holding `values`, popping it afterwards even when `body` throws.
    public func withScope<Result>(_ values: [String: TemplateValue] = [:], _ body: () throws -> Result) rethrows -> Result {
        push(values)
        defer { pop() }
        return try body()
    }

    /// Sets `name` where it is visible, or in the innermost scope when it is not bound (Django's
    /// `set_upward`, used by `{% cycle … as name %}`).
    public func setUpward(_ name: String, _ value: TemplateValue) {
        let key = TemplateName(name)
        if let position = position(of: key, from: 0) { bindings[position].value = value } else { set(key, value) }
    }

    /// Binds `name` in the innermost scope.
    public func set(_ name: String, _ value: TemplateValue) {
        set(TemplateName(name), value)
    }

    /// Binds `name` in the innermost scope and returns the binding's slot, which stays valid until
    /// that scope is popped: a loop rebinds its variable each iteration through ``rebind(_:to:)``.
    @discardableResult
    func set(_ name: TemplateName, _ value: TemplateValue) -> Int {
        if let position = position(of: name, from: scopeStarts.last ?? 0) {
            bindings[position].value = value
            return position
        }
        bindings.append(Binding(name: name, value: value))
        return bindings.count - 1
    }

    /// Replaces the value in a slot that ``set(_:_:)`` returned.
    @inline(__always)
    func rebind(_ slot: Int, to value: TemplateValue) {
        bindings[slot].value = value
    }

    /// The innermost position of `name` at or above `start`.
    @inline(__always)
    private func position(of name: TemplateName, from start: Int) -> Int? {
        var position = bindings.count - 1
        while position >= start {
            if bindings[position].name == name { return position }
            position -= 1
        }
        return nil
    }

    /// All variables flattened, outermost first (Django's `Context.flatten()`).
    public func flattened() -> [String: TemplateValue] {
        var values: [String: TemplateValue] = [:]
        for binding in bindings { values[binding.name.text] = binding.value }
        return values
    }

    /// A context for an isolated render (`{% include … only %}`): same engine, autoescape and
    /// render state, fresh variables.
    func isolated(_ values: [String: TemplateValue]) -> Context {
        let context = Context(values, engine: engine, autoescape: autoescape)
        context.depth = depth
        context.request = request
        context.renderState = renderState
        return context
    }
}
