/// Compares the types a view expects with what a route's converters produce, at startup.
enum ParameterTypeCheck {
    /// The problems, each saying how to fix it.
    static func problems(
        route: String,
        parameters: [(name: String, converter: AnyPathConverter?)],
        expected: [any Any.Type],
        registry: ConverterRegistry
    ) -> [String] {
        guard parameters.count == expected.count else {
            return [countMessage(route: route, parameters: parameters, expected: expected)]
        }
        return zip(parameters, expected).compactMap { parameter, type in
            mismatch(route: route, parameter: parameter, expected: type, registry: registry)
        }
    }

    private static func countMessage(
        route: String, parameters: [(name: String, converter: AnyPathConverter?)], expected: [any Any.Type]
    ) -> String {
        let names = parameters.map(\.name).joined(separator: ", ")
        let types = expected.map { String(describing: $0) }.joined(separator: ", ")
        return "Route \"\(route)\" captures \(parameters.count) parameter(s) (\(names)) but the view expects "
            + "\(expected.count) (\(types)). Make the route capture exactly the view's parameters, in order, "
            + "or change the view's parameters."
    }

    private static func mismatch(
        route: String, parameter: (name: String, converter: AnyPathConverter?),
        expected: any Any.Type, registry: ConverterRegistry
    ) -> String? {
        let actual = parameter.converter?.valueType ?? ObjectIdentifier(String.self)
        guard actual != ObjectIdentifier(expected) else { return nil }
        let actualName = parameter.converter?.valueTypeName ?? "String"
        let via = parameter.converter.map { "converter \"\($0.name)\"" } ?? "a regex group"
        var message = "Route \"\(route)\" passes \(parameter.name) as \(actualName) (\(via)) but the view expects "
            + "\(expected);"
        if let fitting = converterName(producing: expected, registry: registry) {
            message += " use <\(fitting):\(parameter.name)> or change the view's parameter type."
        } else {
            message += " register a converter whose Value is \(expected) or change the view's parameter type."
        }
        return message
    }

    /// A registered converter producing `type`, preferring the built-ins.
    private static func converterName(producing type: any Any.Type, registry: ConverterRegistry) -> String? {
        let preferred = ["int", "uuid", "str", "slug", "path"]
        let names = preferred.filter(registry.contains) + registry.names.filter { !preferred.contains($0) }
        return names.first { registry.converter(named: $0)?.valueType == ObjectIdentifier(type) }
    }
}
