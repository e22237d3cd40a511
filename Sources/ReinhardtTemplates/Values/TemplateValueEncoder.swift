import Foundation
import ReinhardtUtils

extension TemplateValue {
    /// Any `Encodable` value as templates see it: keyed containers become dictionaries (in encoding
    /// order), unkeyed ones lists, `Date` an aware datetime, `Decimal` a decimal, `URL` its string.
    ///
    /// ```swift
    /// struct Row: Encodable { let id: Int; let message: String }
    /// let rows = try TemplateValue(encoding: [Row(id: 1, message: "hi")])
    /// ```
    /// Encoding builds the whole value up front; for hot paths conform to ``TemplateObject`` instead.
    public init(encoding value: some Encodable) throws {
        self = try TemplateValueEncoder.encode(value)
    }
}

/// Builds ``TemplateValue``s through `Encodable`.
enum TemplateValueEncoder {
    static func encode(_ value: any Encodable) throws -> TemplateValue {
        switch value {
        case let date as Date: return date.templateValue
        case let decimal as Decimal: return decimal.templateValue
        case let url as URL: return .string(url.absoluteString)
        case let representable as TemplateValue: return representable
        default:
            let encoder = Box()
            try value.encode(to: encoder)
            return encoder.result ?? .none
        }
    }

    /// One node of the value being built: a finished value, or a container whose children are
    /// themselves boxes (so nested containers write into their parent).
    final class Box: Encoder {
        enum Node {
            case value(TemplateValue)
            case keyed([(String, Box)])
            case unkeyed([Box])
        }

        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] = [:]
        var node: Node?

        /// The finished value.
        var result: TemplateValue? {
            switch node {
            case nil: return nil
            case .value(let value): return value
            case .keyed(let children): return .dictionary(TemplateDictionary(children.map { ($0.0, $0.1.result ?? .none) }))
            case .unkeyed(let children): return .list(children.map { $0.result ?? .none })
            }
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if node == nil { node = .keyed([]) }
            return KeyedEncodingContainer(Keyed<Key>(box: self))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if node == nil { node = .unkeyed([]) }
            return Unkeyed(box: self)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(box: self) }

        /// A new child under `key` (keyed) or at the end (unkeyed).
        func child(_ key: String?) -> Box {
            let child = Box()
            switch node {
            case .keyed(var children):
                children.removeAll { $0.0 == key }
                children.append((key ?? "", child))
                node = .keyed(children)
            case .unkeyed(var children):
                children.append(child)
                node = .unkeyed(children)
            default:
                break
            }
            return child
        }

        func child(_ key: String?, _ value: TemplateValue) {
            child(key).node = .value(value)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: Box
        var codingPath: [any CodingKey] { box.codingPath }

        mutating func encodeNil(forKey key: Key) throws { box.child(key.stringValue, .none) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            box.child(key.stringValue, try TemplateValueEncoder.encode(value))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            box.child(key.stringValue).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            box.child(key.stringValue).unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { box.child("super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { box.child(key.stringValue) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: Box
        var codingPath: [any CodingKey] { box.codingPath }
        var count: Int {
            if case .unkeyed(let children) = box.node { return children.count }
            return 0
        }

        mutating func encodeNil() throws { box.child(nil, .none) }
        mutating func encode<T: Encodable>(_ value: T) throws { box.child(nil, try TemplateValueEncoder.encode(value)) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            box.child(nil).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { box.child(nil).unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { box.child(nil) }
    }

    struct Single: SingleValueEncodingContainer {
        let box: Box
        var codingPath: [any CodingKey] { box.codingPath }

        private func set(_ value: TemplateValue) { box.node = .value(value) }
        mutating func encodeNil() throws { set(.none) }
        mutating func encode(_ value: Bool) throws { set(.bool(value)) }
        mutating func encode(_ value: String) throws { set(.string(value)) }
        mutating func encode(_ value: Double) throws { set(.double(value)) }
        mutating func encode(_ value: Float) throws { set(.double(Double(value))) }
        mutating func encode(_ value: Int) throws { set(.int(value)) }
        mutating func encode(_ value: Int8) throws { set(.int(Int(value))) }
        mutating func encode(_ value: Int16) throws { set(.int(Int(value))) }
        mutating func encode(_ value: Int32) throws { set(.int(Int(value))) }
        mutating func encode(_ value: Int64) throws { set(.int(Int(value))) }
        mutating func encode(_ value: UInt) throws { set(.int(Int(clamping: value))) }
        mutating func encode(_ value: UInt8) throws { set(.int(Int(value))) }
        mutating func encode(_ value: UInt16) throws { set(.int(Int(value))) }
        mutating func encode(_ value: UInt32) throws { set(.int(Int(value))) }
        mutating func encode(_ value: UInt64) throws { set(.int(Int(clamping: value))) }
        mutating func encode<T: Encodable>(_ value: T) throws { set(try TemplateValueEncoder.encode(value)) }
    }
}
