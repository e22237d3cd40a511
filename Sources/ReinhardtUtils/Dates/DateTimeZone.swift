/// A time zone's rules as Django's date handling needs them (its `TIME_ZONE` / current time
/// zone): the offset, abbreviation and DST flag in force at an instant, and how a naive
/// wall-clock time reads in the zone.
///
/// Build one with ``fixed(seconds:name:)`` or, from a Foundation `TimeZone`, with
/// `DateTimeZone(_:)` (see `DateTimeValue+Foundation.swift`).
public struct DateTimeZone: Sendable {
    /// The offset in force at one moment.
    public struct Offset: Sendable, Hashable {
        /// Seconds east of UTC.
        public var seconds: Int
        /// The abbreviation (`tzname()`), e.g. "CET".
        public var name: String
        /// Whether `dst()` is non-zero.
        public var isDaylightSavingTime: Bool

        /// An offset record.
        public init(seconds: Int, name: String, isDaylightSavingTime: Bool = false) {
            self.seconds = seconds
            self.name = name
            self.isDaylightSavingTime = isDaylightSavingTime
        }
    }

    /// How a naive wall-clock time reads in the zone.
    public struct WallTime: Sendable, Hashable {
        /// The offset Python picks with `fold=0` (before the transition for gaps and overlaps).
        public var offset: Offset
        /// Whether the time falls in a DST gap or overlap (`_datetime_ambiguous_or_imaginary`).
        public var isAmbiguousOrImaginary: Bool
    }

    private let lookup: @Sendable (_ epochSeconds: Int) -> Offset

    /// A zone whose offset at each instant (seconds since the Unix epoch) `offsetAt` gives.
    public init(offsetAt: @escaping @Sendable (_ epochSeconds: Int) -> Offset) {
        lookup = offsetAt
    }

    /// A zone with one fixed offset (Python's `datetime.timezone`); its name defaults to Python's.
    public static func fixed(seconds: Int, name: String? = nil) -> DateTimeZone {
        let offset = Offset(seconds: seconds, name: name ?? DateTimeValue.fixedOffsetName(seconds))
        return DateTimeZone { _ in offset }
    }

    /// UTC (Django's default `TIME_ZONE`).
    public static let utc = DateTimeZone.fixed(seconds: 0, name: "UTC")

    /// The offset in force at an instant.
    public func offset(atEpochSeconds seconds: Int) -> Offset {
        lookup(seconds)
    }

    /// How the wall-clock fields of `value` (its offset ignored) read in this zone.
    public func wallTime(_ value: DateTimeValue) -> WallTime {
        let wall = ProlepticCalendar.floorDivide(value.wallMicroseconds, 1_000_000)
        let before = lookup(wall - 86_400)
        let after = lookup(wall + 86_400)
        let asBefore = lookup(wall - before.seconds)
        let asAfter = lookup(wall - after.seconds)
        let beforeFits = asBefore.seconds == before.seconds
        let afterFits = asAfter.seconds == after.seconds
        if beforeFits {
            return WallTime(offset: asBefore, isAmbiguousOrImaginary: afterFits && after.seconds != before.seconds)
        }
        if afterFits { return WallTime(offset: asAfter, isAmbiguousOrImaginary: false) }
        return WallTime(offset: before, isAmbiguousOrImaginary: true)
    }

    /// Django's `localtime()`: an aware datetime as a wall-clock time in this zone (aware, named).
    /// Naive values and non-datetimes come back unchanged.
    public func localTime(_ value: DateTimeValue) -> DateTimeValue {
        guard value.kind == .dateTime, let epoch = value.epochMicroseconds else { return value }
        let offset = lookup(ProlepticCalendar.floorDivide(epoch, 1_000_000))
        var local = value.converted(toUTCOffset: offset.seconds, name: offset.name)
        local.isDaylightSavingTime = offset.isDaylightSavingTime
        local.isAmbiguousWallTime = wallTime(local).isAmbiguousOrImaginary
        return local
    }

    /// Django's `make_aware()` (with `fold=0`): a naive datetime as a wall-clock time in this zone.
    /// Aware values and non-datetimes come back unchanged.
    public func makeAware(_ value: DateTimeValue) -> DateTimeValue {
        guard value.kind == .dateTime, !value.isAware else { return value }
        let wall = wallTime(value)
        var aware = value
        aware.utcOffset = wall.offset.seconds
        aware.timeZoneName = wall.offset.name
        aware.isDaylightSavingTime = wall.offset.isDaylightSavingTime
        aware.isAmbiguousWallTime = wall.isAmbiguousOrImaginary
        return aware
    }
}
