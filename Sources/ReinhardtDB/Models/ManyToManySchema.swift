/// A many-to-many relation of a model (Django's `ManyToManyField`): no column of its own, but a
/// join table — the *through* model, created for it — with a foreign key to each side.
public struct ManyToManySchema: Sendable, Hashable {
    /// The relation's name on the declaring model (`tags`), used in lookups and `prefetchRelated`.
    public var name: String
    /// The related model (`"blog.Tag"`).
    public var target: String

    /// A relation called `name` to the model named `target` (`"app.Model"`).
    public init(_ name: String, to target: String) {
        self.name = name
        self.target = target
    }

    /// A relation called `name` to `target`'s model.
    public init<Target: Model>(_ name: String, to target: Target.Type) {
        self.init(name, to: Target.schema.qualifiedName)
    }
}

extension ModelSchema {
    /// The join model Django creates for the relation: `Post_tags` in table `blog_post_tags`, with
    /// foreign keys `post` and `tag` (`from_post`/`to_post` when a model relates to itself),
    /// both cascading, unique together.
    public func throughSchema(for relation: ManyToManySchema) -> ModelSchema {
        let source = name.lowercased()
        let target = ManyToManySchema.modelName(relation.target).lowercased()
        let (sourceField, targetField) = source == target && relation.target.lowercased() == qualifiedName.lowercased()
            ? ("from_\(source)", "to_\(target)") : (source, target)
        return ModelSchema(
            appLabel: appLabel, name: "\(name)_\(relation.name)", tableName: "\(tableName)_\(relation.name)",
            fields: [
                FieldSchema("id", .bigAutoField, primaryKey: true),
                FieldSchema(sourceField, .foreignKey(to: qualifiedName, onDelete: .cascade)),
                FieldSchema(targetField, .foreignKey(to: relation.target, onDelete: .cascade)),
            ],
            constraints: [.unique("\(tableName)_\(relation.name)_\(sourceField)_\(targetField)_uniq", fields: [sourceField, targetField])])
    }

    /// The through model's foreign keys to this model and to the relation's target.
    func throughKeys(for relation: ManyToManySchema) -> (through: ModelSchema, source: FieldSchema, target: FieldSchema) {
        let through = throughSchema(for: relation)
        return (through, through.fields[1], through.fields[2])
    }

    /// The through models of every many-to-many relation the schemas declare.
    static func throughSchemas(of schemas: [ModelSchema]) -> [ModelSchema] {
        schemas.flatMap { schema in schema.manyToMany.map(schema.throughSchema) }
    }
}

extension ManyToManySchema {
    /// `"Tag"` for `"blog.Tag"`.
    static func modelName(_ qualified: String) -> String {
        qualified.split(separator: ".").last.map(String.init) ?? qualified
    }
}
