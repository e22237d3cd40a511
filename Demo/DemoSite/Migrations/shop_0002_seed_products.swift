// A data migration, written by hand: the demo shop's first products.
public import ReinhardtDB
import ReinhardtUtils

/// shop 0002_seed_products: the products the demo starts with; unapplying removes them.
public let shop_0002_seed_products = Migration(
    app: "shop", name: "0002_seed_products",
    operations: [
        .runSwift(
            description: "add the demo's products",
            forward: { db in
                let products: [(Int64, String, String)] = [
                    (1, "Espresso machine", "249.00"), (2, "Coffee grinder", "89.50"),
                    (3, "Milk frother", "39.99"), (42, "Towel <for hitchhikers>", "42.00"),
                ]
                let (p1, p2, p3) = (db.dialect.placeholder(1), db.dialect.placeholder(2), db.dialect.placeholder(3))
                for (id, name, price) in products {
                    _ = try await db.execute(
                        "INSERT INTO \"shop_product\" (\"id\", \"name\", \"price\") VALUES (\(p1), \(p2), \(p3))",
                        [.integer(id), .text(name), .decimal(PythonDecimal(price)!)])
                }
                if db.dialect == .postgresql {  // explicit ids do not move PostgreSQL's identity sequence
                    _ = try await db.execute("SELECT setval(pg_get_serial_sequence('\"shop_product\"', 'id'), (SELECT MAX(\"id\") FROM \"shop_product\"))")
                }
            },
            backward: { db in _ = try await db.execute("DELETE FROM \"shop_product\"") }),
    ])
