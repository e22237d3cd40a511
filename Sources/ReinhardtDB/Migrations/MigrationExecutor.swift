/// Applies and unapplies migrations on a database (Django's `MigrationExecutor`): each migration
/// runs in its own transaction with its record in `django_migrations`, so one that fails half-way
/// leaves the schema as it was.
public struct MigrationExecutor: Sendable {
    /// The database migrated.
    public let database: Database
    /// Every migration of the project.
    public let graph: MigrationGraph

    /// An executor for `graph` on `database`.
    public init(database: Database, graph: MigrationGraph) {
        self.database = database
        self.graph = graph
    }

    /// The migrations already applied.
    public func applied() async throws -> Set<MigrationKey> {
        try await MigrationRecorder(database: database).applied()
    }

    /// What `migrate` would do: `(key, backwards)` steps in order.
    /// - Parameter target: A migration to move to (earlier ones applied, later ones unapplied), an
    ///   app with `name` nil for "unapply all of it", or nil for "apply everything".
    public func plan(to target: MigrationTarget?) async throws -> [(key: MigrationKey, backwards: Bool)] {
        let applied = try await applied()
        let order = try graph.forwardsOrder()
        switch target {
        case nil:
            return order.filter { !applied.contains($0) }.map { ($0, false) }
        case .some(.migration(let key)):
            guard graph.migrations[key] != nil else { throw MigrationError("No migration \(key). Run showmigrations to list them.") }
            let keep = graph.ancestors(of: key)
            let undo = graph.migrations.keys.filter { $0.app == key.app && !keep.contains($0) }.flatMap(graph.descendants)
            let unapply = order.reversed().filter { Set(undo).contains($0) && applied.contains($0) }.map { ($0, true) }
            let apply = order.filter { keep.contains($0) && !applied.contains($0) }.map { ($0, false) }
            return unapply + apply
        case .some(.zero(let app)):
            let undo = Set(graph.migrations.keys.filter { $0.app == app }.flatMap(graph.descendants))
            return order.reversed().filter { undo.contains($0) && applied.contains($0) }.map { ($0, true) }
        }
    }

    /// Migrates to `target` (everything when nil), calling `progress` after each step; returns the
    /// steps taken.
    @discardableResult
    public func migrate(
        to target: MigrationTarget? = nil, progress: (MigrationKey, _ backwards: Bool) -> Void = { _, _ in }
    ) async throws -> [(key: MigrationKey, backwards: Bool)] {
        let steps = try await plan(to: target)
        var applied = try await applied()
        for step in steps {
            if step.backwards {
                try await unapply(step.key, applied: applied)
                applied.remove(step.key)
            } else {
                try await apply(step.key, applied: applied)
                applied.insert(step.key)
            }
            progress(step.key, step.backwards)
        }
        return steps
    }

    private func apply(_ key: MigrationKey, applied: Set<MigrationKey>) async throws {
        var state = try graph.state(after: applied)
        let recorder = MigrationRecorder(database: database)
        try await database.transaction { transaction in
            for operation in graph.migrations[key]!.operations {
                let before = state
                try operation.apply(to: &state)
                try await forwards(operation, from: before, to: state, on: transaction)
            }
            try await recorder.recordApplied(key, on: transaction)
        }
    }

    private func unapply(_ key: MigrationKey, applied: Set<MigrationKey>) async throws {
        let recorder = MigrationRecorder(database: database)
        // The states around each operation, computed forwards, then undone in reverse.
        var states = [try graph.state(after: applied.subtracting([key]))]
        let operations = graph.migrations[key]!.operations
        for operation in operations {
            var next = states[states.count - 1]
            try operation.apply(to: &next)
            states.append(next)
        }
        try await database.transaction { transaction in
            for (index, operation) in operations.enumerated().reversed() {
                try await backwards(operation, from: states[index + 1], to: states[index], on: transaction)
            }
            try await recorder.recordUnapplied(key, on: transaction)
        }
    }
}

/// Where `migrate` should go.
public enum MigrationTarget: Sendable {
    /// To this migration: it and its dependencies applied, later ones of its app unapplied.
    case migration(MigrationKey)
    /// Every migration of the app unapplied (`migrate app zero`).
    case zero(String)
}
