/// The variables a template renders with: a stack of scopes, as Django's `Context`.
///
/// Tags push a scope (`{% with %}`, `{% for %}`) and pop it when done; lookups search from the
/// innermost scope out. The bottom scope holds `True`, `False` and `None`, as in Django. A context
/// also carries the autoescape flag and per-render state that stateful tags (`cycle`, `ifchanged`,
/// blocks) keep — Django's `render_context`.
public final class Context {
    private var scopes: [[String: TemplateValue]]
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
        self.scopes = [Self.builtins, values]
    }

    /// The bottom scope of every context, as in Django.
    private static let builtins: [String: TemplateValue] = ["True": .bool(true), "False": .bool(false), "None": .none]

    /// The innermost value for `name`, or nil.
    public subscript(name: String) -> TemplateValue? {
        get {
            var index = scopes.count - 1
            while index >= 0 {
                if let value = scopes[index][name] { return value }
                index -= 1
            }
            return nil
        }
        set { scopes[scopes.count - 1][name] = newValue }
    }

    /// Whether any scope defines `name`.
    public func contains(_ name: String) -> Bool { self[name] != nil }

    /// Pushes a scope holding `values`.
    public func push(_ values: [String: TemplateValue] = [:]) { scopes.append(values) }

    /// Pops the innermost scope.
    public func pop() { scopes.removeLast() }

    /// Runs `body` inside a new scope holding `values`, popping it afterwards even when `body` throws.
    public func withScope<Result>(_ values: [String: TemplateValue] = [:], _ body: () throws -> Result) rethrows -> Result {
        push(values)
        defer { pop() }
        return try body()
    }

    /// Sets `name` in the innermost scope that already defines it, or the innermost scope (Django's
    /// `set_upward`, used by `{% cycle … as name %}`).
    public func setUpward(_ name: String, _ value: TemplateValue) {
        var index = scopes.count - 1
        while index > 0 {
            if scopes[index][name] != nil {
                scopes[index][name] = value
                return
            }
            index -= 1
        }
        scopes[scopes.count - 1][name] = value
    }

    /// Sets `name` in the innermost scope.
    public func set(_ name: String, _ value: TemplateValue) { scopes[scopes.count - 1][name] = value }

    /// All variables flattened, outermost first (Django's `Context.flatten()`).
    public func flattened() -> [String: TemplateValue] {
        scopes.reduce(into: [:]) { result, scope in result.merge(scope) { _, new in new } }
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
