import Foundation
import Reinhardt

/// A product of the demo shop (Django tutorial seed 001). Kept in memory until the ORM lands.
public struct Product: Codable, Sendable, Equatable {
    /// The primary key.
    public var id: Int
    /// The product name.
    public var name: String
    /// The price, in euros.
    public var price: Decimal
}

/// The demo's product catalog.
public enum Catalog {
    /// Every product, by id.
    public static let products: [Product] = [
        Product(id: 1, name: "Espresso machine", price: 249.00),
        Product(id: 2, name: "Coffee grinder", price: 89.50),
        Product(id: 3, name: "Milk frother", price: 39.99),
        Product(id: 42, name: "Towel <for hitchhikers>", price: 42.00),
    ]

    /// The product with `id`, if any.
    public static func product(id: Int) -> Product? { products.first { $0.id == id } }

    /// Products whose name contains `term`, case-insensitively.
    public static func search(_ term: String) -> [Product] {
        products.filter { $0.name.localizedCaseInsensitiveContains(term) }
    }
}

extension Product: TemplateObject {
    /// `{{ product.id }}`, `{{ product.name }}`, `{{ product.price }}` in templates.
    public func templateAttribute(_ name: String) -> TemplateValue? {
        switch name {
        case "id": .int(id)
        case "name": .string(self.name)
        case "price": price.templateValue
        default: nil
        }
    }
}
