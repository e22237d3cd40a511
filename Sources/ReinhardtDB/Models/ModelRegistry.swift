import Synchronization

/// Every model the application declares, by `"app.Model"` name — Django's app registry, which
/// relations and migrations use to find the models they name.
public final class ModelRegistry: Sendable {
    private let models = Mutex<[String: any Model.Type]>([:])
    /// The join models of many-to-many relations, which have no Swift type.
    private let throughSchemas = Mutex<[String: ModelSchema]>([:])

    /// The process's registry.
    public static let shared = ModelRegistry()

    /// Registers models (the application does this at startup).
    public func register(_ types: [any Model.Type]) {
        models.withLock { registered in
            for type in types { registered[type.schema.qualifiedName.lowercased()] = type }
        }
        throughSchemas.withLock { registered in
            for schema in ModelSchema.throughSchemas(of: types.map { $0.schema }) { registered[schema.qualifiedName.lowercased()] = schema }
        }
    }

    /// The model named `"app.Model"` (case-insensitive), if registered.
    public func model(named name: String) -> (any Model.Type)? {
        models.withLock { $0[name.lowercased()] }
    }

    /// The schema of the model named `"app.Model"`, if registered.
    public func schema(named name: String) -> ModelSchema? {
        model(named: name)?.schema ?? throughSchemas.withLock { $0[name.lowercased()] }
    }

    /// The foreign keys of registered models that reference `schema`, by the name `schema` gives
    /// them in lookups: the field's `relatedName`, or the referencing model's name in lowercase.
    public func reverseRelations(of schema: ModelSchema) -> [(name: String, model: ModelSchema, field: FieldSchema)] {
        let target = schema.qualifiedName.lowercased()
        var relations: [(name: String, model: ModelSchema, field: FieldSchema)] = []
        for model in allSchemas {
            for field in model.fields where field.kind.relatedModel?.lowercased() == target {
                relations.append((field.relatedName ?? model.name.lowercased(), model, field))
            }
        }
        return relations.sorted { $0.name < $1.name }
    }

    /// The many-to-many relations of registered models that target `schema`, by the name
    /// `schema` gives them in lookups: the declaring model's name in lowercase (`tag` → `post`).
    public func reverseManyToMany(of schema: ModelSchema) -> [(name: String, model: ModelSchema, relation: ManyToManySchema)] {
        let target = schema.qualifiedName.lowercased()
        return all.map { $0.schema }.flatMap { model in
            model.manyToMany.filter { $0.target.lowercased() == target }.map { (model.name.lowercased(), model, $0) }
        }.sorted { $0.name < $1.name }
    }

    /// The schema of every registered model and of their many-to-many join models.
    public var allSchemas: [ModelSchema] {
        all.map { $0.schema } + throughSchemas.withLock { Array($0.values) }
    }

    /// Every registered model.
    public var all: [any Model.Type] {
        models.withLock { Array($0.values) }
    }
}
