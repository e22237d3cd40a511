public import Foundation

extension DateTimeValue {
    /// The aware datetime of `date` in `zone` (Python's `datetime.fromtimestamp(ts, tz)`,
    /// microseconds rounded half to even).
    public init(_ date: Date, in zone: DateTimeZone) {
        let micro = Int((date.timeIntervalSince1970 * 1_000_000).rounded(.toNearestOrEven))
        let offset = zone.offset(atEpochSeconds: ProlepticCalendar.floorDivide(micro, 1_000_000))
        self.init(wallMicroseconds: micro + offset.seconds * 1_000_000, utcOffset: offset.seconds, timeZoneName: offset.name)
        isDaylightSavingTime = offset.isDaylightSavingTime
        isAmbiguousWallTime = zone.wallTime(self).isAmbiguousOrImaginary
    }

    /// The aware datetime of `date` in a Foundation time zone. Reads the zone database each call:
    /// keep a ``DateTimeZone`` around when converting many dates.
    public init(_ date: Date, in timeZone: TimeZone) {
        self.init(date, in: DateTimeZone(timeZone))
    }

    /// The current time as an aware datetime in `zone` (Python's `datetime.now(tz)`; UTC by default).
    public static func now(in zone: DateTimeZone = .utc) -> DateTimeValue {
        DateTimeValue(Date(), in: zone)
    }

    /// The instant of an aware datetime; nil for naive values, dates and times.
    public var date: Date? {
        guard kind == .dateTime, let epoch = epochMicroseconds else { return nil }
        return Date(timeIntervalSince1970: Double(epoch) / 1_000_000)
    }
}

extension DateTimeZone {
    /// A Foundation time zone. Offsets come from Foundation; abbreviations and DST flags are
    /// read from the system zone database (`TZif` files) as Python's `zoneinfo` reads them
    /// ("CET", "EDT"), falling back to Foundation's ("GMT+1") when the database is missing.
    public init(_ timeZone: TimeZone) {
        self.init(timeZone, databaseName: timeZone.identifier)
    }

    /// The zone named `identifier` in the IANA database (e.g. Django's `TIME_ZONE` setting);
    /// nil when Foundation does not know it. Unlike `TimeZone(identifier:)`, "UTC" stays "UTC"
    /// (Foundation renames it "GMT").
    public init?(identifier: String) {
        guard let timeZone = TimeZone(identifier: identifier) else { return nil }
        self.init(timeZone, databaseName: identifier)
    }

    private init(_ timeZone: TimeZone, databaseName: String) {
        let table = ZoneAbbreviations(identifier: databaseName)
        self.init { epochSeconds in
            let date = Date(timeIntervalSince1970: Double(epochSeconds))
            let seconds = timeZone.secondsFromGMT(for: date)
            if let type = table?.localType(at: epochSeconds, offset: seconds) {
                return Offset(seconds: seconds, name: type.name, isDaylightSavingTime: type.isDST)
            }
            let isDST = timeZone.daylightSavingTimeOffset(for: date) != 0
            return Offset(seconds: seconds, name: timeZone.abbreviation(for: date) ?? "", isDaylightSavingTime: isDST)
        }
    }
}

/// The local-time types of a `TZif` zone file: which abbreviation goes with which offset.
private struct ZoneAbbreviations: Sendable {
    struct LocalType: Sendable {
        var offset: Int
        var isDST: Bool
        var name: String
    }

    var transitions: [Int] = []
    var typeIndices: [Int] = []
    var types: [LocalType] = []

    init?(identifier: String) {
        guard !identifier.contains(".."), !identifier.hasPrefix("/") else { return nil }
        let directory = ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"
        guard let data = FileManager.default.contents(atPath: directory + "/" + identifier) else { return nil }
        guard let parsed = Self.parse([UInt8](data)) else { return nil }
        self = parsed
    }

    /// The local type in force at an instant when it has Foundation's `offset`; otherwise (past
    /// the table, where the file's POSIX rule applies) the latest type used with that offset.
    func localType(at epochSeconds: Int, offset: Int) -> LocalType? {
        var low = 0
        var high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= epochSeconds { low = middle + 1 } else { high = middle }
        }
        if low == 0 {
            return types[0].offset == offset ? types[0] : nil
        }
        for index in typeIndices[..<low].reversed() where types[index].offset == offset {
            return types[index]
        }
        return nil
    }

    /// Reads the version 2+ (64-bit) body when present, else the version 1 body.
    private static func parse(_ bytes: [UInt8]) -> ZoneAbbreviations? {
        guard bytes.count >= 44, bytes[0..<4].elementsEqual("TZif".utf8) else { return nil }
        guard let (v1, v1Length) = parseBody(bytes, at: 0, timeSize: 4) else { return nil }
        if bytes[4] >= UInt8(ascii: "2"), let (v2, _) = parseBody(bytes, at: v1Length, timeSize: 8) { return v2 }
        return v1
    }

    /// One header and data block starting at `start`; returns it and the offset just past it.
    private static func parseBody(_ bytes: [UInt8], at start: Int, timeSize: Int) -> (ZoneAbbreviations, Int)? {
        func integer(_ at: Int, _ size: Int) -> Int? {
            guard at >= 0, at + size <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[at..<at + size] { value = value << 8 | Int(byte) }
            let bits = size * 8
            return value >= 1 << (bits - 1) && bits < 64 ? value - (1 << bits) : value
        }
        guard start + 44 <= bytes.count, bytes[start..<start + 4].elementsEqual("TZif".utf8),
            let utCount = integer(start + 20, 4), let stdCount = integer(start + 24, 4),
            let leapCount = integer(start + 28, 4), let timeCount = integer(start + 32, 4),
            let typeCount = integer(start + 36, 4), let charCount = integer(start + 40, 4), typeCount > 0
        else { return nil }
        var zone = ZoneAbbreviations(empty: ())
        var cursor = start + 44
        for index in 0..<timeCount {
            guard let time = integer(cursor + index * timeSize, timeSize) else { return nil }
            zone.transitions.append(time)
        }
        cursor += timeCount * timeSize
        for index in 0..<timeCount {
            guard let type = integer(cursor + index, 1), type < typeCount else { return nil }
            zone.typeIndices.append(type)
        }
        cursor += timeCount
        let charsStart = cursor + typeCount * 6
        guard charsStart + charCount <= bytes.count else { return nil }
        for index in 0..<typeCount {
            let base = cursor + index * 6
            guard let offset = integer(base, 4), let isDST = integer(base + 4, 1), let nameIndex = integer(base + 5, 1),
                nameIndex < charCount
            else { return nil }
            let nameBytes = bytes[(charsStart + nameIndex)..<(charsStart + charCount)].prefix { $0 != 0 }
            zone.types.append(LocalType(offset: offset, isDST: isDST != 0, name: String(decoding: nameBytes, as: UTF8.self)))
        }
        let end = charsStart + charCount + leapCount * (timeSize + 4) + stdCount + utCount
        return (zone, end)
    }

    private init(empty: Void) {}
}
