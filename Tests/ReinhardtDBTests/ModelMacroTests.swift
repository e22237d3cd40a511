import Foundation
public import ReinhardtDB
import ReinhardtUtils
import Testing

/// A category, declared with `@Model`: the target of ``MacroProduct/category``.
@Model(app: "macro", ordering: ["name"])
struct MacroCategory: Equatable {
    var id: Int64?
    @Field(.char(maxLength: 40), unique: true) var name: String
}

/// A product declared with `@Model` only: the schema and row code are generated.
@Model(app: "macro", table: "macro_product", ordering: ["-price", "name"])
struct MacroProduct: Equatable {
    var id: Int64?
    @Field(.char(maxLength: 100), unique: true) var name: String
    @Field(.decimal(maxDigits: 8, decimalPlaces: 2)) var price: PythonDecimal
    @Field(default: 0) var stock: Int
    var description: String = ""
    var released: DateTimeValue?
    @Field(.foreignKey(to: "macro.MacroCategory", onDelete: .cascade)) var category: Int64
    @Field(column: "is_active", helpText: "Shown in the shop") var active: Bool = true
    var tags: String? = nil
    var cachedTotal: Int { stock * 2 }
    @Transient var scratch: Int = 42
}

/// `@Model` structs used end-to-end with the ORM on SQLite.
@Suite(.serialized) struct ModelMacroTests {
    @Test func generatedSchemaMatchesTheDeclaration() {
        let schema = MacroProduct.schema
        #expect(schema.qualifiedName == "macro.MacroProduct")
        #expect(schema.tableName == "macro_product")
        #expect(schema.ordering == ["-price", "name"])
        #expect(schema.fields.map(\.name) == ["id", "name", "price", "stock", "description", "released", "category", "active", "tags"])
        #expect(schema.fields.map(\.column) == ["id", "name", "price", "stock", "description", "released", "category_id", "is_active", "tags"])
        #expect(schema.primaryKey.kind == .bigAutoField)
        #expect(schema.field(named: "name")?.kind == .char(maxLength: 100))
        #expect(schema.field(named: "name")?.isUnique == true)
        #expect(schema.field(named: "stock")?.kind == .integer)
        #expect(schema.field(named: "stock")?.defaultValue == .integer(0))
        #expect(schema.field(named: "description")?.kind == .text)
        #expect(schema.field(named: "description")?.defaultValue == .text(""))
        #expect(schema.field(named: "released")?.kind == .dateTime)
        #expect(schema.field(named: "released")?.isNullable == true)
        #expect(schema.field(named: "category")?.kind == .foreignKey(to: "macro.MacroCategory", onDelete: .cascade))
        #expect(schema.field(named: "active")?.defaultValue == .boolean(true))
        #expect(schema.field(named: "active")?.helpText == "Shown in the shop")
        #expect(MacroCategory.schema.tableName == "macro_macrocategory")
    }

    @Test func keyPathsMapToFieldNames() {
        #expect(MacroProduct.fieldName(for: \MacroProduct.category) == "category")
        #expect(MacroProduct.fieldName(for: \MacroProduct.active) == "active")
        #expect(MacroProduct.fieldName(for: \MacroProduct.scratch) == nil)
    }

    @Test func memberwiseInitializerIsKept() {
        let product = MacroProduct(name: "Kettle", price: PythonDecimal("1.50")!, stock: 1, category: 1)
        #expect(product.id == nil)
        #expect(product.active)
        #expect(product.scratch == 42)
        #expect(product.databaseValues.count == MacroProduct.schema.fields.count)
    }

    @Test func createFilterGetAndSaveOnSQLite() async throws {
        try await TestBackend.sqlite.withDatabase { db in
            let editor = SchemaEditor(db)
            try await editor.createTable(MacroCategory.schema)
            try await editor.createTable(MacroProduct.schema)
            let kitchen = try await MacroCategory.objects.using(db).create(MacroCategory(name: "Kitchen"))
            let categoryID = try #require(kitchen.id)
            let products = MacroProduct.objects.using(db)
            for (name, price, stock) in [("Kettle", "25.50", 3), ("Toaster", "19.99", 0), ("Blender", "99.00", 1)] {
                _ = try await products.create(
                    MacroProduct(name: name, price: PythonDecimal(price)!, stock: stock, category: categoryID))
            }
            _ = try await products.create(
                MacroProduct(
                    name: "Rack", price: PythonDecimal("4.00")!, stock: 12, released: DateTimeValue(iso: "2024-02-29"),
                    category: categoryID, active: false, tags: "metal"))

            #expect(try await products.all().map(\.name) == ["Blender", "Kettle", "Toaster", "Rack"])
            #expect(try await products.filter("price__lt", PythonDecimal("20")!).count() == 2)
            #expect(try await products.filter("active", false).all().map(\.name) == ["Rack"])
            #expect(try await products.filter("category", categoryID).count() == 4)
            #expect(try await products.filter("released__isnull", false).all().map(\.tags) == ["metal"])

            var kettle = try await products.get("name", "Kettle")
            #expect(kettle.price.description == "25.50")
            #expect(kettle.category == categoryID)
            #expect(kettle.scratch == 42)
            #expect(kettle.released == nil)
            kettle.stock = 7
            kettle.active = false
            kettle.scratch = 0
            try await kettle.save(in: db)
            let reloaded = try await kettle.refreshed(from: db)
            #expect(reloaded.stock == 7)
            #expect(reloaded.active == false)
            #expect(reloaded.scratch == 42)
            #expect(reloaded == MacroProduct(
                id: kettle.id, name: "Kettle", price: PythonDecimal("25.50")!, stock: 7, category: categoryID, active: false))
            #expect(try await db.query("SELECT is_active, category_id FROM macro_product WHERE name = 'Kettle'").first?["is_active"]?.boolValue == false)
            await #expect { try await products.get("name", "Nothing") } throws: { ($0 as? ModelError)?.kind == .doesNotExist }
        }
    }
}

/// A public model keyed by a code, with every other inferred kind: exercises the non-optional
/// primary key path and the narrower number types.
@Model(app: "macro", table: "macro_part")
public struct MacroPart: Equatable {
    @Field(.char(maxLength: 8), primaryKey: true) public var code: String
    var count: Int32
    var small: Int16?
    var weight: Float = 1.5
    var token: UUID?
    var blob: [UInt8]
    @Field(.date) var made: DateTimeValue
}

extension ModelMacroTests {
    @Test func explicitKeyAndInferredKindsRoundTripOnSQLite() async throws {
        try await TestBackend.sqlite.withDatabase { db in
            try await SchemaEditor(db).createTable(MacroPart.schema)
            #expect(MacroPart.schema.fields.map(\.kind) == [.char(maxLength: 8), .integer, .smallInteger, .float, .uuid, .binary, .date])
            let token = UUID()
            let made = try #require(DateTimeValue(iso: "2025-01-31"))
            let parts = MacroPart.objects.using(db)
            var bolt = try await parts.create(
                MacroPart(code: "B-1", count: 3, small: nil, token: token, blob: [0, 255, 7], made: made))
            #expect(bolt.code == "B-1")
            bolt.count = 4
            bolt.small = -2
            try await bolt.save(in: db)
            #expect(try await parts.count() == 1)
            let loaded = try await parts.get("pk", "B-1")
            #expect(loaded == MacroPart(code: "B-1", count: 4, small: -2, token: token, blob: [0, 255, 7], made: made))
            #expect(try await parts.filter("small__lt", 0).count() == 1)
            var copy = loaded
            copy.setPrimaryKey(.text("B-2"))
            #expect(copy.code == "B-2")
            copy.setPrimaryKey(.integer(9))
            #expect(copy.code == "B-2")
        }
    }
}

/// A namespace, to check `@Model` on a nested type that already states its conformance.
enum MacroShop {
    /// A nested model that writes `: Model` itself; the macro adds only the members.
    @Model(app: "macro")
    struct Note: Model {
        var id: Int64?
        var body: String
    }
}

extension ModelMacroTests {
    @Test func nestedModelThatStatesItsConformance() {
        #expect(MacroShop.Note.schema.tableName == "macro_note")
        #expect(MacroShop.Note.fieldName(for: \MacroShop.Note.body) == "body")
        var note = MacroShop.Note(body: "hi")
        note.setPrimaryKey(.integer(3))
        #expect(note.id == 3)
    }
}
