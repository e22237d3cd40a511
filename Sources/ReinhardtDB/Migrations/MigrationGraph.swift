/// Every migration of every app with its dependencies (Django's `MigrationGraph`): orders them
/// and plans what to apply or unapply to reach a target.
public struct MigrationGraph: Sendable {
    /// Migrations by key.
    public let migrations: [MigrationKey: Migration]

    /// A graph of `migrations`; within an app each migration also follows the one before it
    /// by name, so files need only list cross-app dependencies.
    /// - Throws: ``MigrationError`` for duplicate names, unknown dependencies or cycles.
    public init(_ migrations: [Migration]) throws {
        var byKey: [MigrationKey: Migration] = [:]
        for migration in migrations {
            guard byKey.updateValue(migration, forKey: migration.key) == nil else {
                throw MigrationError("Two migrations are named \(migration.key). Rename one of them.")
            }
        }
        for migration in migrations {
            for dependency in migration.dependencies where byKey[dependency] == nil {
                throw MigrationError("Migration \(migration.key) depends on \(dependency), which does not exist. Add it, or fix the dependency.")
            }
        }
        self.migrations = byKey
        _ = try forwardsOrder()
    }

    /// The dependencies of `key`: its declared ones plus the app's previous migration.
    func parents(of key: MigrationKey) -> [MigrationKey] {
        var parents = migrations[key]?.dependencies ?? []
        if let previous = migrations.keys.filter({ $0.app == key.app && $0.name < key.name }).max() { parents.append(previous) }
        return parents
    }

    /// All migrations, each after everything it depends on (ties broken by app and name).
    public func forwardsOrder() throws -> [MigrationKey] {
        var order: [MigrationKey] = []
        var state: [MigrationKey: Bool] = [:]  // false: visiting, true: done
        func visit(_ key: MigrationKey, _ path: [MigrationKey]) throws {
            if state[key] == true { return }
            if state[key] == false {
                throw MigrationError("Migrations depend on each other in a cycle: \((path + [key]).map(\.description).joined(separator: " -> ")).")
            }
            state[key] = false
            for parent in parents(of: key).sorted() { try visit(parent, path + [key]) }
            state[key] = true
            order.append(key)
        }
        for key in migrations.keys.sorted() { try visit(key, []) }
        return order
    }

    /// The last migration of `app` (its leaf), if it has any.
    public func leaf(of app: String) -> MigrationKey? {
        migrations.keys.filter { $0.app == app }.max()
    }

    /// The project state after every migration in `keys` (in graph order).
    public func state(after keys: Set<MigrationKey>) throws -> ProjectState {
        var state = ProjectState()
        for key in try forwardsOrder() where keys.contains(key) {
            for operation in migrations[key]!.operations { try operation.apply(to: &state) }
        }
        return state
    }

    /// Every migration `key` depends on, directly or not, and itself.
    func ancestors(of key: MigrationKey) -> Set<MigrationKey> {
        var seen: Set<MigrationKey> = []
        var stack = [key]
        while let next = stack.popLast() {
            if seen.insert(next).inserted { stack += parents(of: next) }
        }
        return seen
    }

    /// Every migration that depends on `key`, directly or not, and itself.
    func descendants(of key: MigrationKey) -> Set<MigrationKey> {
        Set(migrations.keys.filter { ancestors(of: $0).contains(key) })
    }
}
