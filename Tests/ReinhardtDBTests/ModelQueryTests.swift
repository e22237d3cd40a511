import Foundation
import ReinhardtDB
import ReinhardtUtils
import Testing

/// A model written by hand, as the `@Model` macro will write it.
struct Gadget: Model, Equatable {
    var id: Int64?
    var name: String
    var price: PythonDecimal
    var stock: Int
    var released: DateTimeValue?
    var active: Bool

    static let schema = ModelSchema(
        appLabel: "orm", name: "Gadget",
        fields: [
            FieldSchema("id", .bigAutoField, primaryKey: true),
            FieldSchema("name", .char(maxLength: 40), unique: true),
            FieldSchema("price", .decimal(maxDigits: 6, decimalPlaces: 2)),
            FieldSchema("stock", .integer, default: 0),
            FieldSchema("released", .date, null: true),
            FieldSchema("active", .boolean, default: true),
        ],
        ordering: ["name"])

    init(id: Int64? = nil, name: String, price: String, stock: Int = 0, released: String? = nil, active: Bool = true) {
        self.id = id
        self.name = name
        self.price = PythonDecimal(price)!
        self.stock = stock
        self.released = released.flatMap(DateTimeValue.init(iso:))
        self.active = active
    }

    init(reading row: RowReader) throws {
        id = try row.decode("id")
        name = try row.decode("name")
        price = try row.decode("price")
        stock = try row.decode("stock")
        released = try row.decode("released")
        active = try row.decode("active")
    }

    var databaseValues: [DatabaseValue] {
        [id.databaseValue, name.databaseValue, price.databaseValue, stock.databaseValue, released.databaseValue, active.databaseValue]
    }

    mutating func setPrimaryKey(_ value: DatabaseValue) { id = value.int64Value }
}

/// QuerySets, saving and validation on both backends.
@Suite(.serialized) struct ModelQueryTests {
    static let injections = ["'; DROP TABLE orm_gadget; --", "\" OR 1=1 --", "%", "_", "\\", "a'b", "💥"]

    func withGadgets(_ backend: TestBackend, _ body: (Database) async throws -> Void) async throws {
        try await backend.withDatabase { db in
            _ = try? await db.execute("DROP TABLE IF EXISTS orm_gadget")
            try await SchemaEditor(db).createTable(Gadget.schema)
            for gadget in [
                Gadget(name: "Kettle", price: "25.50", stock: 3, released: "2024-02-29"),
                Gadget(name: "Toaster", price: "19.99", stock: 0, released: "2023-11-05"),
                Gadget(name: "toast rack", price: "4.00", stock: 12, released: nil, active: false),
                Gadget(name: "Blender", price: "99.00", stock: 1, released: "2024-07-01"),
            ] {
                _ = try await Gadget.objects.using(db).create(gadget)
            }
            do {
                try await body(db)
            } catch {
                _ = try? await db.execute("DROP TABLE orm_gadget")
                throw error
            }
            _ = try await db.execute("DROP TABLE orm_gadget")
        }
    }

    @Test(arguments: TestBackend.allCases)
    func filteringOrderingAndSlicing(_ backend: TestBackend) async throws {
        try await withGadgets(backend) { (db: Database) async throws in
            let gadgets = Gadget.objects.using(db)
            #expect(try await gadgets.all().map(\.name) == ["Blender", "Kettle", "Toaster", "toast rack"])
            #expect(try await gadgets.filter("price__lt", PythonDecimal("20")!).orderBy("-price").all().map(\.name) == ["Toaster", "toast rack"])
            #expect(try await gadgets.filter("name__icontains", "TOAST").count() == 2)
            #expect(try await gadgets.filter("name__startswith", "Toast").all().map(\.name) == ["Toaster"])
            #expect(try await gadgets.filter("name__contains", "oast").count() == 2)
            #expect(try await gadgets.filter("name__contains", "OAST").count() == 0)
            #expect(try await gadgets.filter("stock__in", [0, 1]).count() == 2)
            #expect(try await gadgets.filter("stock__range", [1, 3]).count() == 2)
            #expect(try await gadgets.filter("released__isnull", true).all().map(\.name) == ["toast rack"])
            #expect(try await gadgets.filter("released__year", 2024).count() == 2)
            #expect(try await gadgets.filter(Q("stock", 0) | Q("active", false)).count() == 2)
            #expect(try await gadgets.exclude("active", true).all().map(\.name) == ["toast rack"])
            #expect(try await gadgets.orderBy("price")[1..<3].all().map(\.name) == ["Toaster", "Kettle"])
            #expect(try await gadgets.filter("stock__gt", 100).exists() == false)
            #expect(try await gadgets.first()?.name == "Blender")
            #expect(try await gadgets.last()?.name == "toast rack")
            #expect(try await gadgets.values("name", "stock").first?["stock"]?.int64Value == 1)
        }
    }

    @Test(arguments: TestBackend.allCases)
    func getSaveUpdateDelete(_ backend: TestBackend) async throws {
        try await withGadgets(backend) { (db: Database) async throws in
            let gadgets = Gadget.objects.using(db)
            var kettle = try await gadgets.get("name", "Kettle")
            #expect(kettle.price.description == "25.50")
            #expect(kettle.released == DateTimeValue(iso: "2024-02-29"))
            kettle.stock = 7
            try await kettle.save(in: db)
            #expect(try await kettle.refreshed(from: db).stock == 7)
            #expect(try await gadgets.filter("stock", 0).update(["active": .boolean(false)]) == 1)
            #expect(try await gadgets.filter("active", false).count() == 2)
            await #expect { try await gadgets.get("name", "Nothing") } throws: { ($0 as? ModelError)?.kind == .doesNotExist }
            await #expect { try await gadgets.get("active", false) } throws: { ($0 as? ModelError)?.kind == .multipleObjectsReturned }
            try await kettle.delete(in: db)
            #expect(try await gadgets.count() == 3)
            #expect(try await gadgets.filter("name__istartswith", "t").delete() == 2)
            #expect(try await gadgets.all().map(\.name) == ["Blender"])
        }
    }

    @Test(arguments: TestBackend.allCases)
    func badInputIsRefusedBeforeSQLWithTheFieldNamed(_ backend: TestBackend) async throws {
        try await withGadgets(backend) { (db: Database) async throws in
            let gadgets = Gadget.objects.using(db)
            await #expect { try await gadgets.filter("colour", "red").all() } throws: {
                ($0 as? ModelError)?.message == "Cannot resolve keyword 'colour' into field. Choices are: active, id, name, pk, price, released, stock."
            }
            await #expect { try await gadgets.filter("name__near", "x").all() } throws: {
                ($0 as? ModelError)?.message.hasPrefix("Unsupported lookup 'near' for name on Gadget.") == true
            }
            // Empty names between separators are names too, and name no field or lookup.
            await #expect { try await gadgets.filter("name____exact", "x").all() } throws: {
                ($0 as? ModelError)?.message == "Cannot resolve 'name____exact': '' is not a lookup or a field of Gadget."
            }
            await #expect { try await gadgets.filter("__name", "x").all() } throws: {
                ($0 as? ModelError)?.message.hasPrefix("Cannot resolve keyword '' into field.") == true
            }
            await #expect { try await gadgets.filter("name___", "x").all() } throws: {
                ($0 as? ModelError)?.message.hasPrefix("Unsupported lookup '_' for name on Gadget.") == true
            }
            await #expect { try await gadgets.filter("stock", "many").all() } throws: {
                ($0 as? ModelError)?.message == "Field 'stock' expected an integer but got text(\"many\")."
            }
            await #expect { try await gadgets.create(Gadget(name: String(repeating: "x", count: 41), price: "1")) } throws: {
                ($0 as? ModelError)?.message == "Field 'name' holds at most 40 characters; the value has 41."
            }
            await #expect { try await gadgets.create(Gadget(name: "Huge", price: "123456.7")) } throws: {
                ($0 as? ModelError)?.kind == .invalidValue
            }
            await #expect { try await gadgets.create(Gadget(name: "Kettle", price: "1")) } throws: {
                ($0 as? DatabaseError)?.kind == .uniqueViolation
            }
            #expect(try await gadgets.count() == 4)
        }
    }

    @Test(arguments: TestBackend.allCases)
    func injectionStringsAreOnlyEverValues(_ backend: TestBackend) async throws {
        try await withGadgets(backend) { (db: Database) async throws in
            let gadgets = Gadget.objects.using(db)
            for (index, text) in Self.injections.enumerated() {
                _ = try await gadgets.create(Gadget(name: text, price: "\(index)"))
            }
            for text in Self.injections {
                for lookup in ["exact", "iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith"] {
                    let matches = try await gadgets.filter("name__\(lookup)", text).all().map(\.name)
                    #expect(matches.contains(text), "\(lookup) \(text)")
                }
                #expect(try await gadgets.filter("name__in", [text, "none"]).count() == 1)
            }
            #expect(try await gadgets.filter("name__contains", "%").all().map(\.name) == ["%"])
            #expect(try await gadgets.filter("name__startswith", "_").all().map(\.name) == ["_"])
            #expect(try await gadgets.count() == 4 + Self.injections.count)
        }
    }

    /// `fullClean()`: per-field errors in Django's words.
    @Test(arguments: TestBackend.allCases)
    func everyProblemIsReportedByField(_ backend: TestBackend) async throws {
        try await backend.withDatabase { (db: Database) async throws in
            _ = try? await db.execute("DROP TABLE IF EXISTS orm_gadget")
            try await SchemaEditor(db).createTable(Gadget.schema)
            _ = try await Gadget.objects.using(db).create(Gadget(name: "Kettle", price: "1.00"))
            let bad = Gadget(name: "", price: "12345.678")
            await #expect {
                try await bad.fullClean(in: db)
            } throws: { error in
                (error as? ValidationError)?.fieldErrors == [
                    "name": ["This field cannot be blank."],
                    "price": ["Ensure that there are no more than 6 digits in total."],
                ]
            }
            await #expect {
                try await Gadget(name: "Kettle", price: "2.50").fullClean(in: db)
            } throws: { ($0 as? ValidationError)?.fieldErrors == ["name": ["Gadget with this name already exists."]] }
            let kettle = try await Gadget.objects.using(db).get("name", "Kettle")
            try await kettle.fullClean(in: db)
            await #expect {
                try await Gadget(name: String(repeating: "x", count: 41), price: "1.234").fullClean()
            } throws: {
                ($0 as? ValidationError)?.fieldErrors == [
                    "name": ["Ensure this value has at most 40 characters (it has 41)."],
                    "price": ["Ensure that there are no more than 2 decimal places."],
                ]
            }
            _ = try await db.execute("DROP TABLE orm_gadget")
        }
    }
}
