/// Django's field lookups (`exact`, `icontains`, `in`, `range`, `year`, …) and the SQL each backend
/// writes for them.
enum Lookup: String, CaseIterable {
    case exact, iexact, contains, icontains, `in`, gt, gte, lt, lte
    case startswith, istartswith, endswith, iendswith, range, isnull, regex, iregex
    case year, month, day, hour, minute, second, weekDay = "week_day", date

    /// The date/time part a transform lookup extracts, compared with `exact`.
    var datePart: String? {
        switch self {
        case .year, .month, .day, .hour, .minute, .second, .weekDay: return rawValue
        default: return nil
        }
    }

    /// The condition for `column` compared with `value` (given as placeholders by `bind`).
    func sql(_ column: String, _ value: LookupValue, dialect: SQLDialect, bind: (DatabaseValue) -> String) throws -> String {
        let postgres = dialect == .postgresql
        switch (self, value) {
        case (.isnull, .single(let flag)):
            return flag.boolValue == true ? "\(column) IS NULL" : "\(column) IS NOT NULL"
        case (.exact, .single(.null)):
            return "\(column) IS NULL"
        case (.exact, .single(let v)): return "\(column) = \(bind(v))"
        case (.gt, .single(let v)): return "\(column) > \(bind(v))"
        case (.gte, .single(let v)): return "\(column) >= \(bind(v))"
        case (.lt, .single(let v)): return "\(column) < \(bind(v))"
        case (.lte, .single(let v)): return "\(column) <= \(bind(v))"
        case (.in, .list(let values)):
            guard !values.isEmpty else { return "1 = 0" }
            return "\(column) IN (\(values.map(bind).joined(separator: ", ")))"
        case (.range, .list(let values)) where values.count == 2:
            return "\(column) BETWEEN \(bind(values[0])) AND \(bind(values[1]))"
        case (.iexact, .single(let v)):
            return postgres ? "UPPER(\(column)::text) = UPPER(\(bind(v)))" : "\(column) LIKE \(bind(.text(Self.escapeLike(v)))) ESCAPE '\\'"
        case (.contains, .single(let v)), (.icontains, .single(let v)),
            (.startswith, .single(let v)), (.istartswith, .single(let v)),
            (.endswith, .single(let v)), (.iendswith, .single(let v)):
            return like(column, v, postgres: postgres, bind: bind)
        case (.regex, .single(let v)):
            return postgres ? "\(column)::text ~ \(bind(v))" : "\(column) REGEXP \(bind(v))"
        case (.iregex, .single(let v)):
            return postgres ? "\(column)::text ~* \(bind(v))" : "\(column) REGEXP \(bind(.text("(?i)" + (v.stringValue ?? ""))))"
        case (.date, .single(let v)):
            return postgres ? "(\(column) AT TIME ZONE 'UTC')::date = \(bind(v))" : "date(\(column)) = \(bind(v))"
        case (_, .single(let v)) where datePart != nil:
            return "\(Self.extract(datePart!, column, postgres: postgres)) = \(bind(v))"
        default:
            throw ModelError(.invalidValue, "The '\(rawValue)' lookup does not accept \(value.description). Pass one value, or a list for 'in' and a pair for 'range'.")
        }
    }

    private func like(_ column: String, _ value: DatabaseValue, postgres: Bool, bind: (DatabaseValue) -> String) -> String {
        let text = Self.escapeLike(value)
        let pattern: String
        switch self {
        case .contains, .icontains: pattern = "%\(text)%"
        case .startswith, .istartswith: pattern = "\(text)%"
        default: pattern = "%\(text)"
        }
        let insensitive = rawValue.hasPrefix("i")
        if postgres {
            return insensitive
                ? "UPPER(\(column)::text) LIKE UPPER(\(bind(.text(pattern)))) ESCAPE '\\'"
                : "\(column)::text LIKE \(bind(.text(pattern))) ESCAPE '\\'"
        }
        // SQLite's LIKE ignores ASCII case, so the case-sensitive forms use GLOB-free instr/substr checks.
        if insensitive { return "\(column) LIKE \(bind(.text(pattern))) ESCAPE '\\'" }
        let raw = value.stringValue ?? ""
        switch self {
        case .contains: return "instr(\(column), \(bind(.text(raw)))) > 0"
        case .startswith: return "substr(\(column), 1, length(\(bind(.text(raw))))) = \(bind(.text(raw)))"
        default: return "substr(\(column), -length(\(bind(.text(raw))))) = \(bind(.text(raw)))"
        }
    }

    /// `%`, `_` and `\` escaped for LIKE, the value as text.
    static func escapeLike(_ value: DatabaseValue) -> String {
        let text = value.stringValue ?? (value.int64Value.map(String.init) ?? "")
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    private static func extract(_ part: String, _ column: String, postgres: Bool) -> String {
        if postgres {
            if part == "week_day" { return "(EXTRACT(DOW FROM \(column)) + 1)" }
            return "EXTRACT(\(part.uppercased()) FROM \(column))"
        }
        let format: String
        switch part {
        case "year": format = "%Y"
        case "month": format = "%m"
        case "day": format = "%d"
        case "hour": format = "%H"
        case "minute": format = "%M"
        case "second": format = "%S"
        default: return "(CAST(strftime('%w', \(column)) AS integer) + 1)"
        }
        return "CAST(strftime('\(format)', \(column)) AS integer)"
    }
}

/// A lookup's right-hand side.
enum LookupValue: CustomStringConvertible {
    case single(DatabaseValue)
    case list([DatabaseValue])

    var description: String {
        switch self {
        case .single(let value): return "one value (\(value))"
        case .list(let values): return "a list of \(values.count)"
        }
    }
}
