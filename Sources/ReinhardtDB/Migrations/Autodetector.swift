/// Compares the declared models with the state the migrations produce and lists the operations
/// that bring the database in line — Django's `MigrationAutodetector`.
public struct Autodetector {
    /// Answers the questions a diff cannot decide alone (Django's `MigrationQuestioner`).
    public struct Questions {
        /// Whether field `old` of `model` was renamed to `new` (both have the same definition).
        public var isRename: (_ model: String, _ old: String, _ new: String) -> Bool = { _, _, _ in false }
        /// The value existing rows get for a new NOT NULL field without a default, or nil to stop.
        public var defaultForNewField: (_ model: String, _ field: String) -> DatabaseValue? = { _, _ in nil }

        /// Questions answered "no rename" and "no default".
        public init() {}
    }

    let from: ProjectState
    let to: ProjectState
    let questions: Questions

    /// A detector from the migrated state `from` to the declared models `to`.
    public init(from: ProjectState, to: ProjectState, questions: Questions = Questions()) {
        self.from = from
        self.to = to
        self.questions = questions
    }

    /// The operations per app label; apps without changes are absent.
    /// - Throws: ``MigrationError`` when a new NOT NULL field has no default and none was given.
    public func changes() throws -> [String: [MigrationOperation]] {
        var result: [String: [MigrationOperation]] = [:]
        for schema in createdModels() { result[schema.appLabel, default: []].append(.createModel(schema)) }
        for (key, old) in from.models.sorted(by: { $0.key < $1.key }) {
            guard let new = to.models[key] else {
                result[old.appLabel, default: []].append(.deleteModel(old.qualifiedName))
                continue
            }
            let operations = try modelChanges(old, new)
            if !operations.isEmpty { result[new.appLabel, default: []] += operations }
        }
        return result
    }

    /// New models, each after the models its foreign keys reference.
    private func createdModels() -> [ModelSchema] {
        var pending = to.models.filter { from.models[$0.key] == nil }.values.sorted { $0.qualifiedName < $1.qualifiedName }
        var ordered: [ModelSchema] = []
        while !pending.isEmpty {
            let names = Set(pending.map { $0.qualifiedName.lowercased() })
            let ready = pending.firstIndex { schema in
                schema.fields.compactMap(\.kind.relatedModel).allSatisfy { !names.contains($0.lowercased()) || $0.lowercased() == schema.qualifiedName.lowercased() }
            } ?? 0
            ordered.append(pending.remove(at: ready))
        }
        return ordered
    }

    private func modelChanges(_ old: ModelSchema, _ new: ModelSchema) throws -> [MigrationOperation] {
        let model = new.qualifiedName
        var operations: [MigrationOperation] = []
        var removed = old.fields.filter { field in !new.fields.contains { $0.name == field.name } }
        var added = new.fields.filter { field in !old.fields.contains { $0.name == field.name } }
        for candidate in added {
            guard let match = removed.first(where: { Self.sameDefinition($0, candidate) }), questions.isRename(model, match.name, candidate.name) else { continue }
            operations.append(.renameField(model: model, from: match.name, to: candidate.name))
            removed.removeAll { $0.name == match.name }
            added.removeAll { $0.name == candidate.name }
        }
        for field in removed { operations.append(.removeField(model: model, name: field.name)) }
        for field in added {
            let filled = try withDefault(field, model: model)
            operations.append(.addField(model: model, field: filled, preserveDefault: filled.defaultValue == field.defaultValue))
        }
        for field in new.fields {
            if let previous = old.fields.first(where: { $0.name == field.name }), previous != field {
                operations.append(.alterField(model: model, field: field))
            }
        }
        for index in old.indexes where !new.indexes.contains(index) { operations.append(.removeIndex(model: model, name: index.name)) }
        for index in new.indexes where !old.indexes.contains(index) { operations.append(.addIndex(model: model, index: index)) }
        for constraint in old.constraints where !new.constraints.contains(constraint) {
            operations.append(.removeConstraint(model: model, name: constraint.name))
        }
        for constraint in new.constraints where !old.constraints.contains(constraint) {
            operations.append(.addConstraint(model: model, constraint: constraint))
        }
        if old.ordering != new.ordering { operations.append(.alterModelOptions(model: model, ordering: new.ordering)) }
        return operations
    }

    /// A new field as added: NOT NULL fields need a value for existing rows.
    private func withDefault(_ field: FieldSchema, model: String) throws -> FieldSchema {
        guard !field.isNullable, field.defaultValue == nil, !field.autoNow, !field.autoNowAdd, !field.kind.isAutoIncrementing else { return field }
        guard let value = questions.defaultForNewField(model, field.name) else {
            throw MigrationError(
                "It is impossible to add the non-nullable field '\(field.name)' to \(MigrationOperation.modelName(model)) without a value for existing rows. Give the field a default, make it nullable, or pass --default \(model).\(field.name)=VALUE.")
        }
        var copy = field
        copy.defaultValue = value
        return copy
    }

    private static func sameDefinition(_ a: FieldSchema, _ b: FieldSchema) -> Bool {
        var renamed = a
        renamed.name = b.name
        renamed.column = b.column
        return renamed == b
    }
}
