/// The `Encoder` a value of ``StreamingJSONEncoder`` encodes itself through: it owns one slot of
/// the writer and opens the container that slot's value is written as.
struct JSONValueEncoder: Encoder {
    let writer: JSONByteWriter
    let slot: Int
    let id: Int

    var codingPath: [any CodingKey] { writer.codingPath(ofSlot: slot) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONKeyedContainer<Key>(writer: writer, containerID: container(.object), index: slot))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(writer: writer, containerID: container(.array), index: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(writer: writer, slot: slot, id: id)
    }

    /// The container of this slot: opened now, or the one opened by an earlier call (asking twice
    /// gives the same container, as with `JSONEncoder`). Returns 0, an id no container has,
    /// when this encoder may no longer write, or when the slot already holds another kind of value.
    private func container(_ kind: JSONByteWriter.Kind) -> Int {
        guard writer.owns(id, slot: slot) else { return 0 }
        guard let existing = writer.kind(ofSlot: slot) else { return writer.open(kind, slot: slot) }
        guard existing == kind else {
            writer.fail(EncodingError.invalidValue(kind, .init(
                codingPath: codingPath,
                debugDescription: "Requested a \(kind == .object ? "keyed" : "unkeyed") container where a value of another kind was already encoded."
            )))
            return 0
        }
        return writer.containerID(ofSlot: slot)
    }
}

/// A JSON object being written.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONByteWriter
    /// The id the writer gave this object.
    let containerID: Int
    /// The slot the object is open in (its members go in slot `index + 1`).
    let index: Int

    var codingPath: [any CodingKey] { writer.codingPath(ofSlot: index) }

    private func begin(_ key: Key) throws {
        try writer.beginMember(key, ofContainer: containerID, at: index)
    }

    mutating func encodeNil(forKey key: Key) throws {
        try begin(key)
        writer.appendNull()
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try begin(key)
        writer.appendBool(value)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        try begin(key)
        writer.appendString(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws { try float(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try float(value, key) }

    private func float<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F, _ key: Key) throws {
        try writer.checkFinite(value, path: codingPath + [key])
        try begin(key)
        writer.appendFloat(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int128, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt128, forKey key: Key) throws { try integer(value, key) }

    private func integer<I: FixedWidthInteger>(_ value: I, _ key: Key) throws {
        try begin(key)
        writer.appendInteger(value)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try begin(key)
        try writer.encodeValue(value, slot: index + 1, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(writer: writer, containerID: nested(.object, key), index: index + 1))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(writer: writer, containerID: nested(.array, key), index: index + 1)
    }

    /// Opens a nested container under `key`; 0 (no container) when this object may no longer write.
    private func nested(_ kind: JSONByteWriter.Kind, _ key: Key) -> Int {
        do {
            try begin(key)
            return writer.openNested(kind, slot: index + 1, key: key)
        } catch {
            writer.fail(error)
            return 0
        }
    }

    /// A super encoder writes its value out of order: the whole value goes to `JSONEncoder`.
    mutating func superEncoder() -> any Encoder { writer.abandonForSuperEncoder(slot: index + 1) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { writer.abandonForSuperEncoder(slot: index + 1) }
}

/// A JSON array being written.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer, JSONIntegerEncoding {
    let writer: JSONByteWriter
    /// The id the writer gave this array.
    let containerID: Int
    /// The slot the array is open in (its elements go in slot `index + 1`).
    let index: Int

    var codingPath: [any CodingKey] { writer.codingPath(ofSlot: index) }
    var count: Int { writer.count(ofContainer: containerID, at: index) }

    @discardableResult
    private func begin() throws -> Int {
        try writer.beginElement(ofContainer: containerID, at: index)
    }

    mutating func encodeNil() throws {
        try begin()
        writer.appendNull()
    }

    mutating func encode(_ value: Bool) throws {
        try begin()
        writer.appendBool(value)
    }

    mutating func encode(_ value: String) throws {
        try begin()
        writer.appendString(value)
    }

    mutating func encode(_ value: Double) throws { try float(value) }
    mutating func encode(_ value: Float) throws { try float(value) }

    private func float<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) throws {
        try writer.checkFinite(value, path: codingPath + [JSONIndexKey(count)])
        try begin()
        writer.appendFloat(value)
    }

    mutating func encode(_ value: Int128) throws { try integer(value) }
    mutating func encode(_ value: UInt128) throws { try integer(value) }

    func integer<I: FixedWidthInteger>(_ value: I) throws {
        try begin()
        writer.appendInteger(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let position = try begin()
        try writer.encodeValue(value, slot: index + 1, key: JSONIndexKey(position))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(writer: writer, containerID: nested(.object), index: index + 1))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(writer: writer, containerID: nested(.array), index: index + 1)
    }

    /// Opens a nested container as the next element; 0 (no container) when this array may no longer write.
    private func nested(_ kind: JSONByteWriter.Kind) -> Int {
        do {
            let position = try begin()
            return writer.openNested(kind, slot: index + 1, key: JSONIndexKey(position))
        } catch {
            writer.fail(error)
            return 0
        }
    }

    /// A super encoder writes its value out of order: the whole value goes to `JSONEncoder`.
    mutating func superEncoder() -> any Encoder { writer.abandonForSuperEncoder(slot: index + 1) }
}

extension JSONByteWriter {
    /// A super encoder writes its value out of order, so the whole value goes to `JSONEncoder`:
    /// records that, and returns an encoder that may not write (owner id 0).
    func abandonForSuperEncoder(slot: Int) -> any Encoder {
        fail(NeedsFoundationEncoder())
        return JSONValueEncoder(writer: self, slot: slot, id: 0)
    }
}

/// The one value of a slot.
struct JSONSingleValueContainer: SingleValueEncodingContainer, JSONIntegerEncoding {
    let writer: JSONByteWriter
    let slot: Int
    /// The encoder that made this container.
    let id: Int

    var codingPath: [any CodingKey] { writer.codingPath(ofSlot: slot) }

    /// Checks that the slot is still this container's and still empty; afterwards it holds a value.
    private func begin() throws {
        guard writer.owns(id, slot: slot) else { throw writer.fail(NeedsFoundationEncoder()) }
        guard !writer.isWritten(slot: slot) else {
            throw writer.fail(EncodingError.invalidValue(slot, .init(codingPath: codingPath, debugDescription: "A single value container can hold only one value.")))
        }
    }

    private func end() { writer.markSingleValue(slot: slot) }

    mutating func encodeNil() throws {
        try begin()
        writer.appendNull()
        end()
    }

    mutating func encode(_ value: Bool) throws {
        try begin()
        writer.appendBool(value)
        end()
    }

    mutating func encode(_ value: String) throws {
        try begin()
        writer.appendString(value)
        end()
    }

    mutating func encode(_ value: Double) throws { try float(value) }
    mutating func encode(_ value: Float) throws { try float(value) }

    private func float<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) throws {
        try writer.checkFinite(value, path: codingPath)
        try begin()
        writer.appendFloat(value)
        end()
    }

    mutating func encode(_ value: Int128) throws { try integer(value) }
    mutating func encode(_ value: UInt128) throws { try integer(value) }

    func integer<I: FixedWidthInteger>(_ value: I) throws {
        try begin()
        writer.appendInteger(value)
        end()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try begin()
        try writer.encodeSingle(value, slot: slot)
        end()
    }
}

/// The ten integer `encode` requirements that unkeyed and single-value containers share, written
/// once: each writes its integer through ``integer(_:)``. (`Int128` and `UInt128` have default
/// implementations in the standard library, which these would clash with; each container
/// implements those two itself.)
protocol JSONIntegerEncoding {
    /// Writes `value` as the next element, or as the single value.
    func integer<I: FixedWidthInteger>(_ value: I) throws
}

extension JSONIntegerEncoding {
    mutating func encode(_ value: Int) throws { try integer(value) }
    mutating func encode(_ value: Int8) throws { try integer(value) }
    mutating func encode(_ value: Int16) throws { try integer(value) }
    mutating func encode(_ value: Int32) throws { try integer(value) }
    mutating func encode(_ value: Int64) throws { try integer(value) }
    mutating func encode(_ value: UInt) throws { try integer(value) }
    mutating func encode(_ value: UInt8) throws { try integer(value) }
    mutating func encode(_ value: UInt16) throws { try integer(value) }
    mutating func encode(_ value: UInt32) throws { try integer(value) }
    mutating func encode(_ value: UInt64) throws { try integer(value) }
}
