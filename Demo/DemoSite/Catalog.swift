import Foundation
import Reinhardt

/// A product of the demo shop (Django tutorial seed 001), stored in SQLite.
@Model(app: "shop", ordering: ["name"])
public struct Product: Codable, Sendable, Equatable {
    /// The primary key (nil before the first save).
    public var id: Int64?
    /// The product name.
    @Field(.char(maxLength: 100)) public var name: String
    /// The price, in euros.
    @Field(.decimal(maxDigits: 8, decimalPlaces: 2)) public var price: Decimal

    /// A product not yet saved.
    public init(id: Int64? = nil, name: String, price: Decimal) {
        self.id = id
        self.name = name
        self.price = price
    }
}

/// A book of the demo library (seed 004's `Book.objects.all()`).
@Model(app: "library", ordering: ["title"])
public struct Book: Sendable, Equatable {
    /// The primary key.
    public var id: Int64?
    /// The title.
    @Field(.char(maxLength: 200)) public var title: String
    /// The author's name.
    @Field(.char(maxLength: 100)) public var author: String
    /// The year of publication.
    public var year: Int

    /// A book not yet saved.
    public init(title: String, author: String, year: Int) {
        self.title = title
        self.author = author
        self.year = year
    }
}

extension Book: TemplateObject {
    /// `{{ book.title }}`, `{{ book.author }}`, `{{ book.year }}` in templates.
    public func templateAttribute(_ name: String) -> TemplateValue? {
        switch name {
        case "id": id.map { .int(Int($0)) } ?? TemplateValue.none
        case "title": .string(title)
        case "author": .string(author)
        case "year": .int(year)
        default: nil
        }
    }
}

extension Product: TemplateObject {
    /// `{{ product.id }}`, `{{ product.name }}`, `{{ product.price }}` in templates.
    public func templateAttribute(_ name: String) -> TemplateValue? {
        switch name {
        case "id": id.map { .int(Int($0)) } ?? TemplateValue.none
        case "name": .string(self.name)
        case "price": price.templateValue
        default: nil
        }
    }
}
