import ReinhardtUtils

/// Filters about HTML: escaping, safe marks, line breaks, lists.
extension Filters {
    /// `escape`: Django's `conditional_escape` — safe strings are left alone.
    static func escape(_ value: TemplateValue) -> TemplateValue {
        if value.isSafe { return value }
        return .safeString(escapeHTML(text(value)))
    }

    static func forceEscape(_ value: TemplateValue) -> TemplateValue { .safeString(escapeHTML(text(value))) }

    static func safe(_ value: TemplateValue) -> TemplateValue { .safeString(text(value)) }

    static func escapeSequence(_ value: TemplateValue) throws -> TemplateValue {
        .list(try elements(value).map { $0.isSafe ? $0 : .safeString(escapeHTML($0.pythonString)) })
    }

    static func safeSequence(_ value: TemplateValue) throws -> TemplateValue {
        .list(try elements(value).map(\.markedSafe))
    }

    static func linebreaksbr(_ value: TemplateValue, autoescape: Bool) -> TemplateValue {
        .safeString(TextFilters.linebreaksbr(text(value), autoescape: autoescape && !value.isSafe))
    }

    static func linenumbers(_ value: TemplateValue, autoescape: Bool) -> TemplateValue {
        .safeString(TextFilters.linenumbers(text(value), autoescape: autoescape && !value.isSafe))
    }

    static func unorderedList(_ value: TemplateValue, autoescape: Bool) throws -> TemplateValue {
        .safeString(try listItems(try elements(value), tabs: 1, autoescape: autoescape))
    }

    private static func listItems(_ items: [TemplateValue], tabs: Int, autoescape: Bool) throws -> String {
        let indent = String(repeating: "\t", count: tabs)
        var output: [String] = []
        var index = 0
        while index < items.count {
            let item = items[index]
            var sublist = ""
            if index + 1 < items.count, case .list(let children) = items[index + 1] {
                if !children.isEmpty {
                    let inner = try listItems(children, tabs: tabs + 1, autoescape: autoescape)
                    sublist = "\n\(indent)<ul>\n\(inner)\n\(indent)</ul>\n\(indent)"
                }
                index += 1
            }
            let itemText = autoescape && !item.isSafe ? escapeHTML(item.pythonString) : item.pythonString
            output.append("\(indent)<li>\(itemText)\(sublist)</li>")
            index += 1
        }
        return output.joined(separator: "\n")
    }

    /// The elements of an iterable value, or Python's `TypeError`.
    static func elements(_ value: TemplateValue) throws -> [TemplateValue] {
        guard let items = value.pythonElements else {
            throw TemplateError(.typeError, "'\(value.pythonTypeName)' object is not iterable")
        }
        return items
    }
}
