// A data migration, written by hand: the demo library's first books.
public import ReinhardtDB

/// library 0002_seed_books: the books the demo starts with; unapplying removes them.
public let library_0002_seed_books = Migration(
    app: "library", name: "0002_seed_books",
    operations: [
        .runSwift(
            description: "add the demo's books",
            forward: { db in
                let books: [(String, String, Int64)] = [
                    ("The Hitchhiker's Guide to the Galaxy", "Douglas Adams", 1979),
                    ("Two Scoops of Django", "Daniel & Audrey Feldroy", 2013),
                    ("The Swift Programming Language", "Apple", 2014),
                ]
                let (p1, p2, p3) = (db.dialect.placeholder(1), db.dialect.placeholder(2), db.dialect.placeholder(3))
                for (title, author, year) in books {
                    _ = try await db.execute(
                        "INSERT INTO \"library_book\" (\"title\", \"author\", \"year\") VALUES (\(p1), \(p2), \(p3))",
                        [.text(title), .text(author), .integer(year)])
                }
            },
            backward: { db in _ = try await db.execute("DELETE FROM \"library_book\"") }),
    ])
