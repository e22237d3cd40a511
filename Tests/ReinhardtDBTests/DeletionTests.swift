import Foundation
import ReinhardtDB
import Testing

@Model(app: "del")
struct Owner: Equatable {
    var id: Int64?
    @Field(.char(maxLength: 20)) var name: String
}

@Model(app: "del")
struct Pet: Equatable {
    var id: Int64?
    @Field(.char(maxLength: 20)) var name: String
    @Field(.foreignKey(to: "del.Owner", onDelete: .cascade)) var owner: Int64
}

@Model(app: "del")
struct Toy: Equatable {
    var id: Int64?
    @Field(.foreignKey(to: "del.Pet", onDelete: .cascade)) var pet: Int64
}

@Model(app: "del")
struct Loan: Equatable {
    var id: Int64?
    @Field(.foreignKey(to: "del.Owner", onDelete: .protect)) var owner: Int64
}

@Model(app: "del")
struct Memo: Equatable {
    var id: Int64?
    @Field(.foreignKey(to: "del.Owner", onDelete: .setNull), null: true) var owner: Int64?
}

/// `on_delete` applied by deletes, on both backends.
@Suite(.serialized) struct DeletionTests {
    static let models: [any Model.Type] = [Owner.self, Pet.self, Toy.self, Loan.self, Memo.self]

    @Test(arguments: TestBackend.allCases)
    func cascadeProtectAndSetNull(_ backend: TestBackend) async throws {
        ModelRegistry.shared.register(Self.models)
        try await backend.withDatabase { (db: Database) async throws in
            for table in ["del_memo", "del_loan", "del_toy", "del_pet", "del_owner"] { _ = try? await db.execute("DROP TABLE IF EXISTS \"\(table)\"") }
            for model in Self.models { try await SchemaEditor(db).createTable(model.schema) }
            let ann = try #require(try await Owner.objects.using(db).create(Owner(name: "Ann")).id)
            let bob = try #require(try await Owner.objects.using(db).create(Owner(name: "Bob")).id)
            let rex = try #require(try await Pet.objects.using(db).create(Pet(name: "Rex", owner: ann)).id)
            _ = try await Toy.objects.using(db).create(Toy(pet: rex))
            _ = try await Memo.objects.using(db).create(Memo(owner: ann))
            _ = try await Loan.objects.using(db).create(Loan(owner: bob))

            #expect(try await Owner.objects.using(db).filter("name", "Ann").delete() == 1)
            #expect(try await Pet.objects.using(db).count() == 0)
            #expect(try await Toy.objects.using(db).count() == 0)
            #expect(try await Memo.objects.using(db).all().map(\.owner) == [nil])

            await #expect { try await Owner.objects.using(db).filter("name", "Bob").delete() } throws: {
                ($0 as? ModelError)?.kind == .protected
            }
            #expect(try await Owner.objects.using(db).count() == 1)
            for table in ["del_memo", "del_loan", "del_toy", "del_pet", "del_owner"] { _ = try? await db.execute("DROP TABLE \"\(table)\"") }
        }
    }
}
