import ReinhardtDB
import Testing

@Model(app: "con", indexes: [IndexSchema(name: "con_seat_row_idx", fields: ["row", "-number"])], constraints: [
    .unique("con_seat_unique_place", fields: ["row", "number"]),
    .unique("con_seat_one_vip_per_row", fields: ["row"], condition: Q("vip", true)),
    .check("con_seat_number_positive", Q("number__gte", 1) & Q("number__lte", 40)),
    .check("con_seat_price_covers_fee", Q("price__gte", F("fee") * 2)),
])
struct Seat {
    var id: Int64?
    @Field(.char(maxLength: 2)) var row: String
    var number: Int
    var vip: Bool = false
    var price: Int = 10
    var fee: Int = 1
}

/// `Meta.indexes` and `Meta.constraints` from `@Model`: created with the table, enforced by the
/// database with typed errors, on both backends.
@Suite(.serialized) struct ConstraintTests {
    @Test func theMacroPassesIndexesAndConstraintsToTheSchema() {
        #expect(Seat.schema.indexes == [IndexSchema(name: "con_seat_row_idx", fields: ["row", "-number"])])
        #expect(Seat.schema.constraints.map(\.name) == [
            "con_seat_unique_place", "con_seat_one_vip_per_row", "con_seat_number_positive", "con_seat_price_covers_fee",
        ])
    }

    @Test(arguments: TestBackend.allCases)
    func constraintsAreEnforced(_ backend: TestBackend) async throws {
        try await backend.withDatabase { (db: Database) async throws in
            _ = try? await db.execute("DROP TABLE IF EXISTS \"con_seat\"")
            try await SchemaEditor(db).createTable(Seat.schema)
            let seats = Seat.objects.using(db)
            _ = try await seats.create(Seat(row: "A", number: 1, vip: true))
            _ = try await seats.create(Seat(row: "A", number: 2))
            _ = try await seats.create(Seat(row: "B", number: 1, vip: true))
            func refused(_ seat: Seat, _ kind: DatabaseError.Kind) async {
                await #expect { _ = try await seats.create(seat) } throws: { ($0 as? DatabaseError)?.kind == kind }
            }
            await refused(Seat(row: "A", number: 2), .uniqueViolation)
            await refused(Seat(row: "A", number: 3, vip: true), .uniqueViolation)
            await refused(Seat(row: "C", number: 0), .checkViolation)
            await refused(Seat(row: "C", number: 41), .checkViolation)
            await refused(Seat(row: "C", number: 5, price: 3, fee: 2), .checkViolation)
            #expect(try await seats.count() == 3)
            _ = try await db.execute("DROP TABLE \"con_seat\"")
        }
    }

    @Test(arguments: TestBackend.allCases)
    func constraintsThatCannotBeWrittenAreRefusedWithTheirName(_ backend: TestBackend) async throws {
        try await backend.withDatabase { (db: Database) async throws in
            var schema = Seat.schema
            schema.constraints = [.unique("bad", fields: ["seat_row"])]
            #expect { try SchemaEditor(db).createTableStatements(schema) } throws: {
                ($0 as? ModelError)?.message == "Constraint 'bad' names 'seat_row', which is not a field of Seat."
            }
            schema.constraints = [.check("bad", Q("colour", "red"))]
            #expect { try SchemaEditor(db).createTableStatements(schema) } throws: { ($0 as? ModelError)?.kind == .unknownField }
        }
    }

    @Test func theWriterSpellsConstraintsAsSwift() {
        let written = Seat.schema.constraints.map(MigrationWriter.constraint)
        #expect(written[0] == #".unique("con_seat_unique_place", fields: ["row", "number"])"#)
        #expect(written[1] == #".unique("con_seat_one_vip_per_row", fields: ["row"], condition: .lookup("vip", .boolean(true)))"#)
        #expect(written[2] == #".check("con_seat_number_positive", .and([.lookup("number__gte", .integer(1)), .lookup("number__lte", .integer(40))]))"#)
        #expect(written[3] == #".check("con_seat_price_covers_fee", .compare("price__gte", .arithmetic(.field("fee"), .multiply, .value(.integer(2)))))"#)
    }
}
