import Foundation
import ReinhardtDB
import ReinhardtUtils
import Testing

/// Type-checked lookups, distinct, values_list, bulk_create, get_or_create, update_or_create.
@Suite(.serialized) struct QueryExtrasTests {
    func withProducts(_ backend: TestBackend, _ body: (Database, QuerySet<MacroProduct>) async throws -> Void) async throws {
        try await backend.withDatabase { (db: Database) async throws in
            for table in ["macro_product", "macro_macrocategory"] { _ = try? await db.execute("DROP TABLE IF EXISTS \"\(table)\"") }
            let editor = SchemaEditor(db)
            try await editor.createTable(MacroCategory.schema)
            try await editor.createTable(MacroProduct.schema)
            let category = try #require(try await MacroCategory.objects.using(db).create(MacroCategory(name: "Kitchen")).id)
            let products = MacroProduct.objects.using(db)
            _ = try await products.bulkCreate([
                MacroProduct(name: "Kettle", price: PythonDecimal("25.50")!, stock: 3, category: category),
                MacroProduct(name: "Toaster", price: PythonDecimal("19.99")!, stock: 3, category: category),
                MacroProduct(name: "Blender", price: PythonDecimal("99.00")!, stock: 1, category: category),
            ])
            try await body(db, products)
            for table in ["macro_product", "macro_macrocategory"] { _ = try? await db.execute("DROP TABLE \"\(table)\"") }
        }
    }

    @Test(arguments: TestBackend.allCases)
    func typedLookupsDistinctAndValuesList(_ backend: TestBackend) async throws {
        try await withProducts(backend) { (_: Database, products: QuerySet<MacroProduct>) async throws in
            #expect(try await products.filter(\.price, .lt, PythonDecimal("30")!).orderBy("name").all().map(\.name) == ["Kettle", "Toaster"])
            #expect(try await products.filter(\.name, .istartswith, "kE").count() == 1)
            #expect(try await products.filter(\.stock, in: [1, 2]).all().map(\.name) == ["Blender"])
            #expect(try await products.distinct().orderBy("stock").valuesList("stock").map { $0[0].int64Value } == [1, 3])
            #expect(try await products.orderBy("name").valuesList("name", "stock").first == [.text("Blender"), .integer(1)])
        }
    }

    @Test(arguments: TestBackend.allCases)
    func lookupsAndOrderingAcrossForeignKeys(_ backend: TestBackend) async throws {
        ModelRegistry.shared.register([MacroCategory.self, MacroProduct.self])
        try await withProducts(backend) { (db: Database, products: QuerySet<MacroProduct>) async throws in
            let garden = try #require(try await MacroCategory.objects.using(db).create(MacroCategory(name: "Garden")).id)
            _ = try await products.create(MacroProduct(name: "Hose", price: PythonDecimal("12.00")!, stock: 5, category: garden))
            #expect(try await products.filter("category__name", "Garden").all().map(\.name) == ["Hose"])
            #expect(try await products.filter("category__name__icontains", "KIT").count() == 3)
            #expect(try await products.filter(Q("category__name", "Garden") | Q("stock", 1)).orderBy("name").all().map(\.name) == ["Blender", "Hose"])
            #expect(try await products.orderBy("-category__name", "name").all().map(\.name) == ["Blender", "Kettle", "Toaster", "Hose"])
            #expect(try await products.filter("category__name", "Garden").update(["stock": .integer(0)]) == 1)
            #expect(try await products.filter("category__name", "Kitchen").delete() == 3)
            #expect(try await products.all().map(\.stock) == [0])
            #expect(try await products.values("name", "category__name").first == ["name": .text("Hose"), "category__name": .text("Garden")])
            await #expect { try await products.filter("category__colour", "red").all() } throws: {
                ($0 as? ModelError)?.message == "Cannot resolve keyword 'colour' into field. Choices are: id, macroproduct, name, pk."
            }
        }
    }

    @Test(arguments: TestBackend.allCases)
    func aggregatesWithAndWithoutFilters(_ backend: TestBackend) async throws {
        try await withProducts(backend) { (_: Database, products: QuerySet<MacroProduct>) async throws in
            let stats = try await products.aggregate([
                "rows": .count(),
                "cheap": .count(filter: Q("price__lt", PythonDecimal("30")!)),
                "stock": .sum("stock"),
                "kinds": .count("stock", distinct: true),
                "lowest": .minimum("price"),
                "highest": .maximum("name"),
            ])
            #expect(stats["rows"]?.int64Value == 3)
            #expect(stats["cheap"]?.int64Value == 2)
            #expect(stats["stock"]?.int64Value == 7)
            #expect(stats["kinds"]?.int64Value == 2)
            #expect(stats["lowest"]?.doubleValue == 19.99)
            #expect(stats["highest"]?.stringValue == "Toaster")
            let filtered = try await products.filter("stock", 3).aggregate(["average": .average("stock")])
            #expect(filtered["average"]?.doubleValue == 3)
        }
    }

    @Test(arguments: TestBackend.allCases)
    func getOrCreateAndUpdateOrCreate(_ backend: TestBackend) async throws {
        try await withProducts(backend) { (_: Database, products: QuerySet<MacroProduct>) async throws in
            let existing = try await products.getOrCreate(Q("name", "Kettle")) {
                MacroProduct(name: "Kettle", price: PythonDecimal("1")!, stock: 0, category: 1)
            }
            #expect(existing.created == false && existing.model.price.description == "25.50")
            let made = try await products.getOrCreate(Q("name", "Mixer")) {
                MacroProduct(name: "Mixer", price: PythonDecimal("45.00")!, stock: 0, category: 1)
            }
            #expect(made.created && made.model.id != nil)
            let updated = try await products.updateOrCreate(Q("name", "Mixer"), update: { $0.stock = 9 }) {
                MacroProduct(name: "Mixer", price: PythonDecimal("1")!, stock: 0, category: 1)
            }
            #expect(updated.created == false && updated.model.stock == 9)
            #expect(try await products.get("name", "Mixer").stock == 9)
            #expect(try await products.count() == 4)
        }
    }
}
