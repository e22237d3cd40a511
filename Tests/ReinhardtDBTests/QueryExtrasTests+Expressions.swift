import ReinhardtDB
import ReinhardtUtils
import Testing

/// F expressions in filters and updates, bulk_update and raw SQL, on both backends — in
/// ``QueryExtrasTests``, whose serialized suite owns the product tables.
extension QueryExtrasTests {
    @Test(arguments: TestBackend.allCases)
    func fieldReferencesInFiltersAndUpdates(_ backend: TestBackend) async throws {
        ModelRegistry.shared.register([MacroCategory.self, MacroProduct.self])
        try await withProducts(backend) { (_: Database, products: QuerySet<MacroProduct>) async throws in
            // Kettle 25.50 ×3, Toaster 19.99 ×3, Blender 99.00 ×1.
            #expect(try await products.filter("price__gt", F("stock") * 10).orderBy("name").all().map(\.name) == ["Blender"])
            #expect(try await products.filter("stock", F("stock")).count() == 3)
            #expect(try await products.filter(Q("stock__lt", F("price") - 20)).orderBy("name").all().map(\.name) == ["Blender", "Kettle"])
            #expect(try await products.filter("stock", 3).update(["stock": F("stock") - 1]) == 2)
            #expect(try await products.orderBy("name").all().map(\.stock) == [1, 2, 2])
            #expect(try await products.filter("name", "Blender").update(["stock": F("stock") + F("stock") * 4, "description": "five"]) == 1)
            let blender = try await products.get("name", "Blender")
            #expect(blender.stock == 5 && blender.description == "five")
            // Across the category relation: filters may follow it, updates may not.
            #expect(try await products.filter("name", F("category__name")).count() == 0)
            await #expect { try await products.update(["stock": F("category__id")]) } throws: {
                ($0 as? ModelError)?.kind == .invalidValue
            }
            await #expect { try await products.filter("stock__contains", F("price")).all() } throws: {
                ($0 as? ModelError)?.message == "The 'contains' lookup on stock does not take an expression; use exact, gt, gte, lt or lte."
            }
            await #expect { try await products.filter("stock__gt", F("weight")).all() } throws: {
                ($0 as? ModelError)?.kind == .unknownField
            }
        }
    }

    @Test(arguments: TestBackend.allCases)
    func bulkUpdateWritesTheChosenFieldsOfEveryModel(_ backend: TestBackend) async throws {
        try await withProducts(backend) { (_: Database, products: QuerySet<MacroProduct>) async throws in
            var all = try await products.orderBy("name").all()
            for index in all.indices {
                all[index].stock += 10 * (index + 1)
                all[index].price = PythonDecimal("1.5")!
                all[index].description = "changed"
            }
            #expect(try await products.bulkUpdate(all, fields: ["stock", "price"]) == 3)
            let reread = try await products.orderBy("name").all()
            #expect(reread.map(\.stock) == [11, 23, 33])
            #expect(reread.map(\.price.description) == ["1.50", "1.50", "1.50"])
            #expect(reread.map(\.description) == ["", "", ""])
            #expect(try await products.bulkUpdate([], fields: ["stock"]) == 0)
            await #expect { try await products.bulkUpdate(all, fields: ["weight"]) } throws: {
                ($0 as? ModelError)?.kind == .unknownField
            }
            await #expect { try await products.bulkUpdate(all, fields: ["id"]) } throws: {
                ($0 as? ModelError)?.kind == .unknownField
            }
            var unsaved = all[0]
            unsaved.id = nil
            await #expect { try await products.bulkUpdate([all[1], unsaved], fields: ["stock"]) } throws: {
                ($0 as? ModelError)?.kind == .invalidValue
            }
            // A value that does not fit is refused before any row changes.
            var tooLong = all
            tooLong[2].name = String(repeating: "x", count: 101)
            await #expect { try await products.bulkUpdate(tooLong, fields: ["stock", "name"]) } throws: {
                ($0 as? ModelError)?.kind == .invalidValue
            }
            #expect(try await products.orderBy("name").all().map(\.stock) == [11, 23, 33])
        }
    }

    @Test(arguments: TestBackend.allCases)
    func rawQueriesBindEveryParameter(_ backend: TestBackend) async throws {
        try await withProducts(backend) { (db: Database, products: QuerySet<MacroProduct>) async throws in
            let placeholder = db.dialect.placeholder(1)
            let sql = "SELECT * FROM macro_product WHERE name = \(placeholder)"
            let kettle = try await products.raw(sql, [.text("Kettle")])
            #expect(kettle.map(\.name) == ["Kettle"])
            #expect(kettle.first?.price.description == "25.50")
            let injection = "Kettle' OR '1'='1"
            #expect(try await products.raw(sql, [.text(injection)]).isEmpty)
            #expect(try await products.count() == 3)
        }
    }

    @Test(arguments: TestBackend.allCases)
    func regexLookupsOnBothBackends(_ backend: TestBackend) async throws {
        try await withProducts(backend) { (_: Database, products: QuerySet<MacroProduct>) async throws in
            #expect(try await products.filter("name__regex", "^[KT].*e").orderBy("name").all().map(\.name) == ["Kettle", "Toaster"])
            #expect(try await products.filter("name__regex", "^k").count() == 0)
            #expect(try await products.filter("name__iregex", "^k").all().map(\.name) == ["Kettle"])
            #expect(try await products.filter("stock__regex", "^3$").count() == 2)
            #expect(try await products.filter("tags__regex", ".*").count() == 0)
            await #expect(throws: DatabaseError.self) { try await products.filter("name__regex", "(unclosed").all() }
        }
    }
}
