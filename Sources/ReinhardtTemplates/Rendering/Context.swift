/// The variables a template renders with: a stack of scopes, as Django's `Context`.
///
/// Tags push a scope (`{% with %}`, `{% for %}`) and pop it when done; lookups search from the
/// innermost scope out. The bottom scope holds `True`, `False` and `None`, as in Django. A context
/// also carries the autoescape flag and per-render state that stateful tags (`cycle`, `ifchanged`,
/// blocks) keep — Django's `render_context`.
public final class Context {
    /// The visible binding of every name: one hash per lookup, however many scopes are pushed.
    private var values: [String: TemplateValue]
    /// For each pushed scope, the names it bound and what they shadowed (nil when unbound), so
    /// popping restores the outer bindings.
    private var scopes: [[(name: String, previous: TemplateValue?)]] = []
    /// Whether variables are HTML-escaped on output (`{% autoescape %}` changes it).
    public var autoescape: Bool
    /// The engine rendering, with its options and loaders.
    public internal(set) var engine: TemplateEngine
    /// The request being answered, when rendering for one (Django's `RequestContext.request`).
    public var request: (any TemplateObject)?
    /// Per-template-render state of stateful nodes (Django's `RenderContext`).
    var renderState = RenderState()
    /// How many templates deep rendering is, to stop runaway recursion.
    var depth = 0

    /// A context holding `values`, rendered by `engine` with its autoescape default unless given.
    public init(_ values: [String: TemplateValue] = [:], engine: TemplateEngine = .default, autoescape: Bool? = nil) {
        self.engine = engine
        self.autoescape = autoescape ?? engine.options.autoescape
        self.values = values.isEmpty ? Self.builtins : Self.builtins.merging(values) { _, given in given }
    }

    /// The bottom scope of every context, as in Django.
    private static let builtins: [String: TemplateValue] = ["True": .bool(true), "False": .bool(false), "None": .none]

    /// The innermost value for `name`, or nil; setting binds it in the innermost scope.
    public subscript(name: String) -> TemplateValue? {
        get { values[name] }
        set {
            if let newValue { set(name, newValue) }
        }
    }

    /// Whether any scope defines `name`.
    public func contains(_ name: String) -> Bool { self[name] != nil }

    /// Pushes a scope holding `values`.
    public func push(_ values: [String: TemplateValue] = [:]) {
        scopes.append([])
        for (name, value) in values { set(name, value) }
    }

    /// Pops the innermost scope, restoring what it shadowed.
    public func pop() {
        for entry in scopes.removeLast().reversed() { values[entry.name] = entry.previous }
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
        if values[name] != nil { values[name] = value } else { set(name, value) }
    }

    /// Binds `name` in the innermost scope.
    public func set(_ name: String, _ value: TemplateValue) {
        if !scopes.isEmpty {
            let top = scopes.count - 1
            if !scopes[top].contains(where: { $0.name == name }) { scopes[top].append((name, values[name])) }
        }
        values[name] = value
    }

    /// All variables flattened, outermost first (Django's `Context.flatten()`).
    public func flattened() -> [String: TemplateValue] { values }

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
