public import Foundation
import ReinhardtUtils

extension Decimal: TemplateRepresentable {
    /// A Python `Decimal` with the same digits (`Decimal` keeps no trailing zeros; use
    /// ``PythonDecimal`` directly when the exponent matters).
    public var templateValue: TemplateValue {
        PythonDecimal(description).map { .decimal($0) } ?? .string(description)
    }
}

extension Date: TemplateRepresentable {
    /// An aware datetime in UTC; templates show it in the engine's time zone.
    public var templateValue: TemplateValue {
        .dateTime(DateTimeValue(self, in: .utc))
    }
}
