/// One step of a migration — Django's migration operations — with how it changes the project
/// state and the database, forwards and backwards.
public enum MigrationOperation: Sendable {
    /// Creates a model's table.
    case createModel(ModelSchema)
    /// Drops a model's table (`"app.Model"`).
    case deleteModel(String)
    /// Adds a column. With `preserveDefault` false the default only fills existing rows and is not
    /// kept in the model's state (a one-off value asked for by `makemigrations`).
    case addField(model: String, field: FieldSchema, preserveDefault: Bool = true)
    /// Drops a column.
    case removeField(model: String, name: String)
    /// Changes a column's type or options (the field keeps its name).
    case alterField(model: String, field: FieldSchema)
    /// Renames a field and its column.
    case renameField(model: String, from: String, to: String)
    /// Adds an index from `Meta.indexes`.
    case addIndex(model: String, index: IndexSchema)
    /// Drops an index.
    case removeIndex(model: String, name: String)
    /// Adds a unique or check constraint from `Meta.constraints`.
    case addConstraint(model: String, constraint: ConstraintSchema)
    /// Drops a constraint.
    case removeConstraint(model: String, name: String)
    /// Changes options that live only in the state (`Meta.ordering`).
    case alterModelOptions(model: String, ordering: [String])
    /// Runs custom Swift code (a data migration); `backward` nil makes the migration irreversible.
    case runSwift(description: String, forward: @Sendable (Database) async throws -> Void, backward: (@Sendable (Database) async throws -> Void)?)

    /// A human-readable summary (`Create model Product`), as `showmigrations` and makemigrations print.
    public var summary: String {
        switch self {
        case .createModel(let schema): return "Create model \(schema.name)"
        case .deleteModel(let name): return "Delete model \(Self.modelName(name))"
        case .addField(let model, let field, _): return "Add field \(field.name) to \(Self.modelName(model).lowercased())"
        case .removeField(let model, let name): return "Remove field \(name) from \(Self.modelName(model).lowercased())"
        case .alterField(let model, let field): return "Alter field \(field.name) on \(Self.modelName(model).lowercased())"
        case .renameField(let model, let old, let new): return "Rename field \(old) on \(Self.modelName(model).lowercased()) to \(new)"
        case .addIndex(let model, let index): return "Create index \(index.name) on \(Self.modelName(model).lowercased())"
        case .removeIndex(let model, let name): return "Remove index \(name) from \(Self.modelName(model).lowercased())"
        case .addConstraint(let model, let constraint): return "Create constraint \(constraint.name) on model \(Self.modelName(model).lowercased())"
        case .removeConstraint(let model, let name): return "Remove constraint \(name) from model \(Self.modelName(model).lowercased())"
        case .alterModelOptions(let model, _): return "Change Meta options on \(Self.modelName(model).lowercased())"
        case .runSwift(let description, _, _): return "Raw Swift operation: \(description)"
        }
    }

    /// Changes `state` as this operation changes the models.
    public func apply(to state: inout ProjectState) throws {
        switch self {
        case .createModel(let schema):
            state[schema.qualifiedName] = schema
        case .deleteModel(let name):
            _ = try Self.schema(name, in: state)
            state[name] = nil
        case .addField(let model, let field, let preserveDefault):
            var schema = try Self.schema(model, in: state)
            var stored = field
            if !preserveDefault { stored.defaultValue = nil }
            schema.fields.append(stored)
            state[model] = schema
        case .removeField(let model, let name):
            var schema = try Self.schema(model, in: state)
            schema.fields.removeAll { $0.name == name }
            state[model] = schema
        case .alterField(let model, let field):
            var schema = try Self.schema(model, in: state)
            guard let index = schema.fields.firstIndex(where: { $0.name == field.name }) else { throw Self.missingField(field.name, model) }
            schema.fields[index] = field
            state[model] = schema
        case .renameField(let model, let old, let new):
            var schema = try Self.schema(model, in: state)
            guard let index = schema.fields.firstIndex(where: { $0.name == old }) else { throw Self.missingField(old, model) }
            let renamedColumn = schema.fields[index].column == old || schema.fields[index].column == old + "_id"
            schema.fields[index].name = new
            if renamedColumn { schema.fields[index].column = schema.fields[index].kind.relatedModel == nil ? new : new + "_id" }
            schema.ordering = schema.ordering.map { $0 == old ? new : ($0 == "-" + old ? "-" + new : $0) }
            state[model] = schema
        case .addIndex(let model, let index):
            var schema = try Self.schema(model, in: state)
            schema.indexes.append(index)
            state[model] = schema
        case .removeIndex(let model, let name):
            var schema = try Self.schema(model, in: state)
            schema.indexes.removeAll { $0.name == name }
            state[model] = schema
        case .addConstraint(let model, let constraint):
            var schema = try Self.schema(model, in: state)
            schema.constraints.append(constraint)
            state[model] = schema
        case .removeConstraint(let model, let name):
            var schema = try Self.schema(model, in: state)
            schema.constraints.removeAll { $0.name == name }
            state[model] = schema
        case .alterModelOptions(let model, let ordering):
            var schema = try Self.schema(model, in: state)
            schema.ordering = ordering
            state[model] = schema
        case .runSwift:
            break
        }
    }

    static func schema(_ name: String, in state: ProjectState) throws -> ModelSchema {
        guard let schema = state[name] else {
            throw MigrationError("The migration refers to model '\(name)', which no earlier migration creates. Check the migration's dependencies.")
        }
        return schema
    }

    private static func missingField(_ field: String, _ model: String) -> MigrationError {
        MigrationError("The migration refers to field '\(field)' of '\(model)', which the migration state does not have.")
    }

    static func modelName(_ qualified: String) -> String {
        qualified.split(separator: ".").last.map(String.init) ?? qualified
    }
}

/// A migration that cannot be planned or applied, saying what to fix.
public struct MigrationError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
