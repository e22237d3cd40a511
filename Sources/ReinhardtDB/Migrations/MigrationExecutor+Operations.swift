/// What each operation does to the database, given the project states around it.
extension MigrationExecutor {
    func forwards(_ operation: MigrationOperation, from before: ProjectState, to after: ProjectState, on connection: Transaction) async throws {
        let editor = SchemaEditor(database) { after[$0] ?? before[$0] }
        switch operation {
        case .createModel(let schema):
            for statement in try editor.createTableStatements(schema) { _ = try await connection.execute(statement, []) }
        case .deleteModel(let name):
            let schema = try MigrationOperation.schema(name, in: before)
            _ = try await connection.execute("DROP TABLE \(editor.quote(schema.tableName))", [])
        case .addField(let model, let field, _):
            try await editor.addField(field, to: try MigrationOperation.schema(model, in: before), on: connection)
        case .removeField(let model, let name):
            try await editor.removeField(name, from: try MigrationOperation.schema(model, in: before), on: connection)
        case .alterField(let model, let field):
            try await editor.alterField(field, in: try MigrationOperation.schema(model, in: before), on: connection)
        case .renameField(let model, let old, let new):
            try await editor.renameField(
                old, to: new, in: try MigrationOperation.schema(model, in: before), after: try MigrationOperation.schema(model, in: after),
                on: connection)
        case .addIndex(let model, let index):
            try await editor.addIndex(index, to: try MigrationOperation.schema(model, in: before), on: connection)
        case .removeIndex(_, let name):
            try await editor.removeIndex(name, on: connection)
        case .addConstraint(let model, let constraint):
            try await editor.addConstraint(constraint, to: try MigrationOperation.schema(model, in: before), on: connection)
        case .removeConstraint(let model, let name):
            try await editor.removeConstraint(name, from: try MigrationOperation.schema(model, in: before), on: connection)
        case .alterModelOptions:
            break
        case .runSwift(_, let forward, _):
            try await forward(database)
        }
    }

    func backwards(_ operation: MigrationOperation, from after: ProjectState, to before: ProjectState, on connection: Transaction) async throws {
        switch operation {
        case .createModel(let schema):
            try await forwards(.deleteModel(schema.qualifiedName), from: after, to: before, on: connection)
        case .deleteModel(let name):
            try await forwards(.createModel(try MigrationOperation.schema(name, in: before)), from: after, to: before, on: connection)
        case .addField(let model, let field, _):
            try await forwards(.removeField(model: model, name: field.name), from: after, to: before, on: connection)
        case .removeField(let model, let name):
            let schema = try MigrationOperation.schema(model, in: before)
            guard let field = schema.field(named: name) else { return }
            try await forwards(.addField(model: model, field: field), from: after, to: before, on: connection)
        case .alterField(let model, let field):
            guard let old = try MigrationOperation.schema(model, in: before).field(named: field.name) else { return }
            try await forwards(.alterField(model: model, field: old), from: after, to: before, on: connection)
        case .renameField(let model, let old, let new):
            try await forwards(.renameField(model: model, from: new, to: old), from: after, to: before, on: connection)
        case .addIndex(let model, let index):
            try await forwards(.removeIndex(model: model, name: index.name), from: after, to: before, on: connection)
        case .removeIndex(let model, let name):
            guard let index = try MigrationOperation.schema(model, in: before).indexes.first(where: { $0.name == name }) else { return }
            try await forwards(.addIndex(model: model, index: index), from: after, to: before, on: connection)
        case .addConstraint(let model, let constraint):
            try await forwards(.removeConstraint(model: model, name: constraint.name), from: after, to: before, on: connection)
        case .removeConstraint(let model, let name):
            guard let constraint = try MigrationOperation.schema(model, in: before).constraints.first(where: { $0.name == name }) else { return }
            try await forwards(.addConstraint(model: model, constraint: constraint), from: after, to: before, on: connection)
        case .alterModelOptions:
            break
        case .runSwift(let description, _, let backward):
            guard let backward else { throw MigrationError("Operation \"\(description)\" is not reversible: give it a backward step.") }
            try await backward(database)
        }
    }
}
