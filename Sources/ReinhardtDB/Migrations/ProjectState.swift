/// The models as a sequence of migrations leaves them: what the autodetector compares the declared
/// models with, and what each operation's database step reads (Django's `ProjectState`).
public struct ProjectState: Sendable, Hashable {
    /// Schemas by lowercased `"app.Model"`.
    public private(set) var models: [String: ModelSchema] = [:]

    /// An empty state (before any migration).
    public init() {}

    /// The state holding `schemas` and the join models of their many-to-many relations.
    public init(_ schemas: [ModelSchema]) {
        for schema in schemas + ModelSchema.throughSchemas(of: schemas) { models[Self.key(schema.qualifiedName)] = schema }
    }

    /// The model named `"app.Model"`, if present.
    public subscript(name: String) -> ModelSchema? {
        get { models[Self.key(name)] }
        set { models[Self.key(name)] = newValue }
    }

    /// The models of one app, sorted by name.
    public func models(of appLabel: String) -> [ModelSchema] {
        models.values.filter { $0.appLabel == appLabel }.sorted { $0.name < $1.name }
    }

    static func key(_ name: String) -> String { name.lowercased() }
}
