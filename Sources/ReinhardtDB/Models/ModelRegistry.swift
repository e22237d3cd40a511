import Synchronization

/// Every model the application declares, by `"app.Model"` name — Django's app registry, which
/// relations and migrations use to find the models they name.
public final class ModelRegistry: Sendable {
    private let models = Mutex<[String: any Model.Type]>([:])

    /// The process's registry.
    public static let shared = ModelRegistry()

    /// Registers models (the application does this at startup).
    public func register(_ types: [any Model.Type]) {
        models.withLock { registered in
            for type in types { registered[type.schema.qualifiedName.lowercased()] = type }
        }
    }

    /// The model named `"app.Model"` (case-insensitive), if registered.
    public func model(named name: String) -> (any Model.Type)? {
        models.withLock { $0[name.lowercased()] }
    }

    /// The schema of the model named `"app.Model"`, if registered.
    public func schema(named name: String) -> ModelSchema? {
        model(named: name)?.schema
    }

    /// Every registered model.
    public var all: [any Model.Type] {
        models.withLock { Array($0.values) }
    }
}
