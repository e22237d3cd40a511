public import ReinhardtDB
public import ReinhardtHTTP

extension QuerySet {
    /// Django's `get_object_or_404`: the one matching row, or a 404 when there is none.
    public func getOr404(_ condition: Q? = nil) async throws -> M {
        do {
            return try await get(condition)
        } catch let error as ModelError where error.kind == .doesNotExist {
            throw HTTPError.notFound("No \(M.schema.name) matches the given query.")
        }
    }

    /// The row where `path` matches `value`, or a 404.
    public func getOr404(_ path: String, _ value: some DatabaseValueConvertible) async throws -> M {
        try await getOr404(Q(path, value))
    }

    /// Django's `get_list_or_404`: the matching rows, or a 404 when there are none.
    public func listOr404() async throws -> [M] {
        let models = try await all()
        guard !models.isEmpty else { throw HTTPError.notFound("No \(M.schema.name) matches the given query.") }
        return models
    }
}
