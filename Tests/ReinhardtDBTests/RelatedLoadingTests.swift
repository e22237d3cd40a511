import ReinhardtDB
import Testing

@Model(app: "rel")
struct Country: Equatable {
    var id: Int64?
    @Field(.char(maxLength: 30)) var name: String
}

@Model(app: "rel")
struct Publisher: Equatable {
    var id: Int64?
    @Field(.char(maxLength: 30)) var name: String
    @Field(.foreignKey(to: "rel.Country", onDelete: .setNull), null: true) var country: ForeignKey<Country>?
}

@Model(app: "rel", ordering: ["title"])
struct Novel: Equatable {
    var id: Int64?
    @Field(.char(maxLength: 50)) var title: String
    @Field(.foreignKey(to: "rel.Publisher", onDelete: .cascade)) var publisher: ForeignKey<Publisher>
}

/// `ForeignKey<T>` properties, `selectRelated` and `prefetchRelated` on both backends.
@Suite(.serialized) struct RelatedLoadingTests {
    static let models: [any Model.Type] = [Country.self, Publisher.self, Novel.self]
    static let tables = ["rel_novel", "rel_publisher", "rel_country"]

    /// Two publishers (one in France, one with no country) and three novels.
    func withNovels(_ backend: TestBackend, _ body: (Database) async throws -> Void) async throws {
        ModelRegistry.shared.register(Self.models)
        try await backend.withDatabase { (db: Database) async throws in
            for table in Self.tables { _ = try? await db.execute("DROP TABLE IF EXISTS \"\(table)\"") }
            for model in Self.models { try await SchemaEditor(db).createTable(model.schema) }
            let france = try await Country.objects.using(db).create(Country(name: "France"))
            let gallimard = try await Publisher.objects.using(db).create(Publisher(name: "Gallimard", country: ForeignKey(france)))
            let indie = try await Publisher.objects.using(db).create(Publisher(name: "Indie", country: nil))
            _ = try await Novel.objects.using(db).bulkCreate([
                Novel(title: "La Peste", publisher: ForeignKey(gallimard)),
                Novel(title: "L'Étranger", publisher: ForeignKey(gallimard)),
                Novel(title: "Zine", publisher: ForeignKey(id: indie.id)),
            ])
            try await body(db)
            for table in Self.tables { _ = try? await db.execute("DROP TABLE \"\(table)\"") }
        }
    }

    @Test(arguments: TestBackend.allCases)
    func plainQueriesLoadKeysOnly(_ backend: TestBackend) async throws {
        try await withNovels(backend) { (db: Database) async throws in
            let novels = try await Novel.objects.using(db).all()
            #expect(novels.allSatisfy { $0.publisher.object == nil })
            let publisher = try await novels[0].publisher.fetch(using: db)
            #expect(publisher.name == "Gallimard")
            #expect(try await Novel.objects.using(db).filter("publisher", novels[0].publisher).count() == 2)
            #expect(try await Novel.objects.using(db).filter("publisher__country__name", "France").count() == 2)
            // The reverse accessors: publisher.novel_set and country.publisher_set.
            #expect(try await publisher.related(\Novel.publisher, using: db).all().map(\.title) == ["L'Étranger", "La Peste"])
            let france = try await Country.objects.using(db).get("name", "France")
            #expect(try await france.related(\Publisher.country, using: db).all().map(\.name) == ["Gallimard"])
        }
    }

    @Test(arguments: TestBackend.allCases)
    func selectRelatedJoinsInOneQuery(_ backend: TestBackend) async throws {
        try await withNovels(backend) { (db: Database) async throws in
            let (novels, queries) = try await QueryLog.recording {
                try await Novel.objects.using(db).selectRelated("publisher__country").all()
            }
            #expect(queries.count == 1)
            #expect(novels.map(\.title) == ["L'Étranger", "La Peste", "Zine"])
            #expect(novels.map { $0.publisher.object?.name } == ["Gallimard", "Gallimard", "Indie"])
            #expect(novels.map { $0.publisher.object?.country?.object?.name } == ["France", "France", nil])
            // The nullable key joins LEFT OUTER: the novel without a country is still there.
            #expect(queries[0].sql.contains("LEFT OUTER JOIN"))
            let filtered = try await Novel.objects.using(db).selectRelated("publisher").filter("publisher__name", "Indie").all()
            #expect(filtered.map { $0.publisher.object?.name } == ["Indie"])
            await #expect { try await Novel.objects.using(db).selectRelated("title").all() } throws: {
                ($0 as? ModelError)?.message == "Invalid field name 'title' in select_related: it is not a foreign key of Novel."
            }
        }
    }

    @Test(arguments: TestBackend.allCases)
    func prefetchRelatedRunsOneQueryPerRelation(_ backend: TestBackend) async throws {
        try await withNovels(backend) { (db: Database) async throws in
            let (novels, queries) = try await QueryLog.recording {
                try await Novel.objects.using(db).prefetchRelated("publisher__country").all()
            }
            #expect(queries.count == 3)
            #expect(novels.map { $0.publisher.object?.name } == ["Gallimard", "Gallimard", "Indie"])
            #expect(novels.map { $0.publisher.object?.country?.object?.name } == ["France", "France", nil])
            let (none, noQueries) = try await QueryLog.recording {
                try await Novel.objects.using(db).filter("title", "Missing").prefetchRelated("publisher").all()
            }
            #expect(none.isEmpty && noQueries.count == 1)
            await #expect { try await Novel.objects.using(db).prefetchRelated("author").all() } throws: {
                ($0 as? ModelError)?.message == "Cannot prefetch 'author': it is not a foreign key or many-to-many relation of Novel."
            }
        }
    }

    @Test(arguments: TestBackend.allCases)
    func orderingAcrossANullableKeyKeepsRowsWithoutAMatch(_ backend: TestBackend) async throws {
        try await withNovels(backend) { (db: Database) async throws in
            let names = try await Publisher.objects.using(db).orderBy("country__name", "name").valuesList("name")
            #expect(names.count == 2)
        }
    }

    @Test(arguments: TestBackend.allCases)
    func reverseRelationsInLookups(_ backend: TestBackend) async throws {
        try await withNovels(backend) { (db: Database) async throws in
            let publishers = Publisher.objects.using(db)
            #expect(try await publishers.filter("novel__title", "Zine").all().map(\.name) == ["Indie"])
            #expect(try await publishers.filter("novel__title__startswith", "L").distinct().all().map(\.name) == ["Gallimard"])
            #expect(try await Country.objects.using(db).filter("publisher__novel__title", "La Peste").all().map(\.name) == ["France"])
            #expect(try await Country.objects.using(db).filter("publisher__isnull", true).count() == 0)
            await #expect { try await publishers.filter("novels__title", "Zine").all() } throws: {
                ($0 as? ModelError)?.message == "Cannot resolve keyword 'novels' into field. Choices are: country, id, name, novel, pk."
            }
        }
    }

    @Test(arguments: TestBackend.allCases)
    func annotateCountsPerRowAndFiltersInHaving(_ backend: TestBackend) async throws {
        try await withNovels(backend) { (db: Database) async throws in
            let publishers = Publisher.objects.using(db).annotate(["novels": .count("novel")])
            let counted = try await publishers.orderBy("-novels", "name").annotated()
            #expect(counted.map(\.name) == ["Gallimard", "Indie"])
            #expect(counted.map { $0["novels"]?.int64Value } == [2, 1])
            #expect(try await publishers.filter("novels__gt", 1).all().map(\.name) == ["Gallimard"])
            #expect(try await publishers.filter("novels__gt", 1).count() == 1)
            #expect(try await publishers.filter("novels", 5).exists() == false)
            #expect(try await publishers.filter("name", "Indie").valuesList("name", "novels") == [[.text("Indie"), .integer(1)]])
            // A row with no related rows counts zero (LEFT OUTER JOIN).
            _ = try await Publisher.objects.using(db).create(Publisher(name: "Empty", country: nil))
            #expect(try await publishers.filter("novels", 0).all().map(\.name) == ["Empty"])
            // values() groups by the fields it names.
            let byCountry = try await publishers.orderBy("country__name").values("country__name")
            #expect(byCountry.count == 2)
            #expect(byCountry.contains { $0["country__name"] == .text("France") && $0["novels"] == .integer(2) })
            #expect(byCountry.contains { $0["country__name"] == .null && $0["novels"] == .integer(1) })
            let titles = try await Country.objects.using(db).annotate(["longest": .maximum("publisher__novel__title")]).annotated()
            #expect(titles.map { $0["longest"]?.stringValue } == ["La Peste"])
            await #expect { try await Publisher.objects.using(db).annotate(["name": .count("novel")]).all() } throws: {
                ($0 as? ModelError)?.message == "The annotation 'name' conflicts with a field on the model."
            }
            await #expect { try await Publisher.objects.using(db).annotate(["a b": .count()]).all() } throws: {
                ($0 as? ModelError)?.kind == .invalidValue
            }
        }
    }

    @Test(arguments: TestBackend.allCases)
    func existsSubqueriesWithOuterReferences(_ backend: TestBackend) async throws {
        try await withNovels(backend) { (db: Database) async throws in
            let publishers = Publisher.objects.using(db)
            _ = try await publishers.create(Publisher(name: "Empty", country: nil))
            let publishes = Q.exists(Novel.objects.filter("publisher", OuterRef("pk")))
            #expect(try await publishers.filter(publishes).orderBy("name").all().map(\.name) == ["Gallimard", "Indie"])
            #expect(try await publishers.exclude(publishes).all().map(\.name) == ["Empty"])
            // Binds before, inside and after the subquery keep their order.
            let plague = Q.exists(Novel.objects.filter("publisher", OuterRef("pk")).filter("title__startswith", "La P"))
            #expect(try await publishers.filter("name__startswith", "G").filter(plague).filter("name__endswith", "d").count() == 1)
            // An outer reference across a relation joins in the outer query.
            let sameCountry = Q.exists(Publisher.objects.filter("country__name", OuterRef("publisher__country__name")).filter("name", "Gallimard"))
            #expect(try await Novel.objects.using(db).filter(sameCountry).count() == 2)
            // A subquery on the same table uses its own alias.
            let hasSibling = Q.exists(Novel.objects.filter("publisher", OuterRef("publisher")).exclude(Q("pk", OuterRef("pk"))))
            #expect(try await Novel.objects.using(db).filter(hasSibling).all().map(\.title) == ["L'Étranger", "La Peste"])
            await #expect { try await publishers.filter("id", OuterRef("pk")).all() } throws: {
                ($0 as? ModelError)?.kind == .invalidValue
            }
        }
    }
}
