/// Creating rows in bulk or on demand: `bulk_create`, `get_or_create`, `update_or_create`.
extension QuerySet {
    /// Inserts every model in one transaction and returns them with their primary keys.
    public func bulkCreate(_ models: [M]) async throws -> [M] {
        let database = try resolvedDatabase()
        return try await database.transaction { _ in
            var created: [M] = []
            for model in models {
                var saved = model
                try await saved.insert(into: database)
                created.append(saved)
            }
            return created
        }
    }

    /// The row matching `condition`, or a new one made by `create` and saved — Django's
    /// `get_or_create`. When a concurrent insert wins the race (a unique violation), the row it
    /// inserted is returned.
    public func getOrCreate(_ condition: Q, create: () -> M) async throws -> (model: M, created: Bool) {
        do {
            return (try await get(condition), false)
        } catch let error as ModelError where error.kind == .doesNotExist {
            let database = try resolvedDatabase()
            do {
                let model = try await database.transaction { _ in try await self.create(create()) }
                return (model, true)
            } catch let error as DatabaseError where error.kind == .uniqueViolation {
                return (try await get(condition), false)
            }
        }
    }

    /// The row matching `condition` changed by `update` and saved, or a new one from `create` —
    /// Django's `update_or_create`, in one transaction.
    public func updateOrCreate(_ condition: Q, update: (inout M) -> Void, create: () -> M) async throws -> (model: M, created: Bool) {
        let database = try resolvedDatabase()
        return try await database.transaction { _ in
            do {
                var model = try await get(condition)
                update(&model)
                try await model.save(in: database)
                return (model, false)
            } catch let error as ModelError where error.kind == .doesNotExist {
                return (try await self.create(create()), true)
            }
        }
    }
}
