import Foundation
import ReinhardtDB

/// The model history the migration tests walk through, one declared state per step:
/// add model, add field with default, rename field, alter type, add index, add foreign key (a new
/// model referencing the first), remove model, add constraints.
enum MigrationSequence {
    static let authorV1 = ModelSchema(appLabel: "library", name: "Author", fields: [
        FieldSchema("id", .bigAutoField, primaryKey: true),
        FieldSchema("name", .char(maxLength: 50)),
    ])

    static var authorV2: ModelSchema {
        var schema = authorV1
        schema.fields.append(FieldSchema("email", .char(maxLength: 100), default: "unknown@example.com"))
        return schema
    }

    static var authorV3: ModelSchema {
        var schema = authorV2
        schema.fields[1] = FieldSchema("full_name", .char(maxLength: 50))
        return schema
    }

    static var authorV4: ModelSchema {
        var schema = authorV3
        schema.fields[2] = FieldSchema("email", .text, default: "unknown@example.com")
        return schema
    }

    static var authorV5: ModelSchema {
        var schema = authorV4
        schema.indexes = [IndexSchema(name: "library_author_full_name_idx", fields: ["full_name"])]
        return schema
    }

    static var authorV6: ModelSchema {
        var schema = authorV5
        schema.constraints = [
            .unique("library_author_name_email_uniq", fields: ["full_name", "email"]),
            .check("library_author_named", !Q("full_name", "")),
        ]
        return schema
    }

    static let book = ModelSchema(appLabel: "library", name: "Book", fields: [
        FieldSchema("id", .bigAutoField, primaryKey: true),
        FieldSchema("title", .char(maxLength: 100)),
        FieldSchema("author", .foreignKey(to: "library.Author", onDelete: .cascade)),
    ])

    /// The declared states in order, with each step's migration name.
    static let steps: [(name: String, models: [ModelSchema])] = [
        ("0001_initial", [authorV1]),
        ("0002_author_email", [authorV2]),
        ("0003_rename_name_author_full_name", [authorV3]),
        ("0004_alter_author_email", [authorV4]),
        ("0005_author_full_name_idx", [authorV5]),
        ("0006_book", [authorV5, book]),
        ("0007_delete_book", [authorV5]),
        ("0008_library_author_name_email_uniq_library_author_named", [authorV6]),
    ]

    /// Renames the autodetector should accept.
    static var questions: Autodetector.Questions {
        var questions = Autodetector.Questions()
        questions.isRename = { model, old, new in model == "library.Author" && old == "name" && new == "full_name" }
        return questions
    }

    /// The migrations generated from the steps.
    static func generate() throws -> [Migration] {
        var state = ProjectState()
        var migrations: [Migration] = []
        for step in steps {
            let operations = try Autodetector(from: state, to: ProjectState(step.models), questions: questions).changes()["library"] ?? []
            let migration = Migration(app: "library", name: step.name, operations: operations)
            for operation in operations { try operation.apply(to: &state) }
            migrations.append(migration)
        }
        return migrations
    }
}
