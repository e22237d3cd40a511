/// The converters routes may name in `<converter:parameter>`: Django's five built-ins plus any you
/// register (Django's `register_converter`).
///
/// ```swift
/// var converters = ConverterRegistry()
/// converters.register(FourDigitYearConverter(), as: "yyyy")
/// let resolver = try URLResolver(urlpatterns, converters: converters)
/// ```
///
/// Registering a name twice, or a name a route could never spell, is a configuration error reported
/// by ``URLResolver/init(_:converters:)`` together with every other problem.
public struct ConverterRegistry: Sendable {
    private(set) var converters: [String: AnyPathConverter] = [:]
    private(set) var problems: [String] = []

    /// The names of Django's built-in converters.
    public static let builtinNames = ["int", "path", "slug", "str", "uuid"]

    /// A registry holding the built-ins: `int`, `str`, `slug`, `uuid` and `path`.
    public init() {
        add(IntConverter(), as: "int")
        add(StringConverter(), as: "str")
        add(SlugConverter(), as: "slug")
        add(UUIDConverter(), as: "uuid")
        add(PathComponentConverter(), as: "path")
    }

    /// Registers a converter under the name routes use for it.
    /// - Parameters:
    ///   - converter: The converter.
    ///   - name: The name in `<name:parameter>`; it must not be registered already and must not
    ///     contain `:`, `>` or whitespace.
    public mutating func register<Converter: PathConverter>(_ converter: Converter, as name: String) {
        if let problem = Self.problem(registering: name, existing: converters[name]) {
            problems.append(problem)
            return
        }
        add(converter, as: name)
    }

    /// The registered names, sorted.
    public var names: [String] { converters.keys.sorted() }

    /// Whether a converter is registered under `name`.
    /// - Parameter name: A converter name.
    /// - Returns: `true` when routes may use `<name:…>`.
    public func contains(_ name: String) -> Bool {
        converters[name] != nil
    }

    /// The converter registered under `name`.
    func converter(named name: String) -> AnyPathConverter? {
        converters[name]
    }

    private mutating func add<Converter: PathConverter>(_ converter: Converter, as name: String) {
        do {
            converters[name] = try AnyPathConverter(converter, name: name)
        } catch {
            problems.append(
                "Converter \"\(name)\" (\(Converter.self)) has an invalid regex \"\(converter.regex)\": "
                    + "\(error.explanation). Fix its `regex` property (Python `re` syntax).")
        }
    }

    private static func problem(registering name: String, existing: AnyPathConverter?) -> String? {
        if let existing {
            return "Converter \"\(name)\" is already registered (Value \(existing.valueTypeName)). "
                + "Register each converter name once, under a name of its own (Django 6 refuses overrides too)."
        }
        if name.isEmpty || name.unicodeScalars.contains(where: { $0 == ":" || $0 == ">" || PythonFormatting.isWhitespace($0) }) {
            return "Converter name \"\(name)\" can never appear in a route: names must be non-empty and "
                + "contain no ':', '>' or whitespace. Register it under a plain word such as \"year\"."
        }
        return nil
    }
}
