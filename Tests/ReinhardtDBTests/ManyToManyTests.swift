import ReinhardtDB
import Testing

@Model(app: "m2m", ordering: ["name"])
struct Label: Equatable {
    var id: Int64?
    @Field(.char(maxLength: 20)) var name: String
}

@Model(app: "m2m", ordering: ["title"])
struct Article {
    var id: Int64?
    @Field(.char(maxLength: 50)) var title: String
    var labels: ManyToMany<Label> = ManyToMany()
}

/// Many-to-many relations: the join table, membership changes, lookups both ways, prefetching
/// and migrations, on both backends.
@Suite(.serialized) struct ManyToManyTests {
    func withArticles(_ backend: TestBackend, _ body: (Database, [Article], [Label]) async throws -> Void) async throws {
        ModelRegistry.shared.register([Label.self, Article.self])
        try await backend.withDatabase { (db: Database) async throws in
            for table in ["m2m_article_labels", "m2m_article", "m2m_label"] { _ = try? await db.execute("DROP TABLE IF EXISTS \"\(table)\"") }
            try await SchemaEditor(db).createTable(Label.schema)
            try await SchemaEditor(db).createTable(Article.schema)
            let labels = try await Label.objects.using(db).bulkCreate(["swift", "server", "django"].map { Label(name: $0) })
            let articles = try await Article.objects.using(db).bulkCreate(["Actors", "Routing", "Unlabelled"].map { Article(title: $0) })
            try await body(db, articles, labels)
            try await SchemaEditor(db).dropTable(Article.schema)
            try await SchemaEditor(db).dropTable(Label.schema)
        }
    }

    @Test func theMacroDeclaresTheRelationAndItsJoinModel() {
        #expect(Article.schema.fields.map(\.name) == ["id", "title"])
        #expect(Article.schema.manyToMany == [ManyToManySchema("labels", to: "m2m.Label")])
        let through = Article.schema.throughSchema(for: Article.schema.manyToMany[0])
        #expect(through.tableName == "m2m_article_labels")
        #expect(through.fields.map(\.column) == ["id", "article_id", "label_id"])
        #expect(Article.fieldName(for: \Article.labels) == "labels")
    }

    @Test(arguments: TestBackend.allCases)
    func membershipChangesAndQueries(_ backend: TestBackend) async throws {
        try await withArticles(backend) { (db: Database, articles: [Article], labels: [Label]) async throws in
            let (swift, server, django) = (labels[0], labels[1], labels[2])
            let actors = articles[0].related(\.labels, using: db)
            try await actors.add(swift, server)
            try await actors.add(swift)  // already there: nothing changes
            #expect(try await actors.all().map(\.name) == ["server", "swift"])
            try await articles[1].related(\.labels, using: db).add(server, django)
            try await actors.remove(server)
            #expect(try await actors.all().map(\.name) == ["swift"])
            try await actors.set([django, swift])
            #expect(try await actors.query.orderBy("-name").all().map(\.name) == ["swift", "django"])
            // Lookups both ways, through the join table.
            let titles = try await Article.objects.using(db).filter("labels__name", "django").all().map(\.title)
            #expect(titles == ["Actors", "Routing"])
            #expect(try await Article.objects.using(db).filter("labels__isnull", true).all().map(\.title) == ["Unlabelled"])
            #expect(try await Label.objects.using(db).filter("article__title", "Routing").all().map(\.name) == ["django", "server"])
            let counts = try await Article.objects.using(db).annotate(["n": .count("labels")]).orderBy("title").annotated()
            #expect(counts.map { $0["n"]?.int64Value } == [2, 2, 0])
            try await actors.clear()
            #expect(try await actors.all().isEmpty)
            #expect(try await Label.objects.using(db).count() == 3)
            // Deleting an article removes its memberships (the join rows cascade).
            #expect(try await Article.objects.using(db).filter("title", "Routing").delete() == 1)
            #expect(try await db.query("SELECT * FROM m2m_article_labels").isEmpty)
        }
    }

    @Test(arguments: TestBackend.allCases)
    func prefetchLoadsEveryMemberListInOneQuery(_ backend: TestBackend) async throws {
        try await withArticles(backend) { (db: Database, articles: [Article], labels: [Label]) async throws in
            try await articles[0].related(\.labels, using: db).add(labels[0], labels[1])
            try await articles[1].related(\.labels, using: db).add(labels[2])
            let (loaded, queries) = try await QueryLog.recording {
                try await Article.objects.using(db).prefetchRelated("labels").all()
            }
            #expect(queries.count == 2)
            #expect(loaded.map { $0.labels.objects?.map(\.name) ?? [] } == [["server", "swift"], ["django"], []])
            #expect(try await Article.objects.using(db).all().allSatisfy { $0.labels.objects == nil })
        }
    }

    @Test func migrationsCreateTheJoinTableAfterBothModels() throws {
        let operations = try Autodetector(from: ProjectState(), to: ProjectState([Article.schema, Label.schema])).changes()["m2m"] ?? []
        #expect(operations.map(\.summary) == ["Create model Article", "Create model Label", "Create model Article_labels"])
        #expect(MigrationWriter.source(Migration(app: "m2m", name: "0001_initial", operations: operations))
            .contains(#"manyToMany: [ManyToManySchema("labels", to: "m2m.Label")]"#))
    }
}
