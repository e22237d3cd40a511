// TemplateBench: Reinhardt's Django Template Language next to swift-mustache and Leaf, on the same data.
//
//     TemplateBench <templates dir> <output dir> [fortunes renders per batch] [deep renders per batch]
//
// Two workloads, each engine in its own idiom (templates in Benchmarks/templates/{django,mustache,leaf}):
//   fortunes  TechEmpower's page: a base layout and a child page, a 13-row table, every value escaped.
//   deep      five levels of inheritance, each filling its parent's blocks and opening new ones, small loops.
// Every engine's output is checked against Reinhardt's before anything is timed (Mustache and Leaf write
// `'` as `&#39;` where Django writes `&#x27;`; that one entity is normalized before comparing). Reinhardt's
// outputs are written to <output dir> so that django_bench.py can check Django's against them.
//
// Timing: a warm-up batch per case, then 5 batches of N renders per case, taken round-robin across the six
// (engine, workload) cases; the median batch's ns/render is printed as
// `engine<TAB>workload<TAB>ns_per_render` on stdout (details on stderr). Fortunes: each render builds its
// context from the same Fortune structs inside the timed loop, as a view would per request. Deep: the context
// is converted once, outside the loop, for every engine (see below). Every render goes by template name
// through the engine's cache (Reinhardt `TemplateEngine.renderToString`, Mustache `MustacheLibrary.render`,
// Leaf `LeafRenderer.render(path:context:)` with its default cache).
// TEMPLATEBENCH_ONLY=reinhardt (comma-separated engine names) times only those engines, for profiling.

import Foundation
import LeafKit
import Mustache
import NIOCore
import NIOEmbedded
import ReinhardtTemplates

// MARK: - Arguments and data

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: TemplateBench <templates dir> <output dir> [N fortunes] [N deep]\n".utf8))
    exit(2)
}
let templatesDirectory = URL(fileURLWithPath: arguments[1])
let outputDirectory = URL(fileURLWithPath: arguments[2])
let fortunesRenders = arguments.count > 3 ? Int(arguments[3])! : 20_000
let deepRenders = arguments.count > 4 ? Int(arguments[4])! : 20_000
let batches = 5

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("TemplateBench: \(message)\n".utf8))
    exit(1)
}

func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// A JSON value from data.json, converted per render into each engine's own value type.
indirect enum Value {
    case string(String)
    case int(Int)
    case list([Value])
    case object([(String, Value)])

    init(json: Any) {
        switch json {
        case let string as String: self = .string(string)
        case let number as NSNumber: self = .int(number.intValue)
        case let array as [Any]: self = .list(array.map(Value.init(json:)))
        case let dictionary as [String: Any]:
            self = .object(dictionary.keys.sorted().map { ($0, Value(json: dictionary[$0]!)) })
        default: fail("unsupported JSON value \(json)")
        }
    }

    subscript(key: String) -> Value? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    var reinhardt: TemplateValue {
        switch self {
        case .string(let string): .string(string)
        case .int(let int): .int(int)
        case .list(let values): .list(values.map(\.reinhardt))
        case .object(let pairs): .dictionary(TemplateDictionary(pairs.map { ($0.0, $0.1.reinhardt) }))
        }
    }

    var mustache: Any {
        switch self {
        case .string(let string): string
        case .int(let int): int
        case .list(let values): values.map(\.mustache)
        case .object(let pairs): Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1.mustache) }) as [String: Any]
        }
    }

    var leaf: LeafData {
        switch self {
        case .string(let string): .string(string)
        case .int(let int): .int(int)
        case .list(let values): .array(values.map(\.leaf))
        case .object(let pairs): .dictionary(Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1.leaf) }))
        }
    }

    var reinhardtContext: [String: TemplateValue] {
        guard case .object(let pairs) = self else { fail("context must be an object") }
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1.reinhardt) })
    }

    var leafContext: [String: LeafData] {
        guard case .object(let pairs) = self else { fail("context must be an object") }
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1.leaf) })
    }
}

/// A fortune row as a model struct, exposed to each engine through its fast, idiomatic path.
struct Fortune: Sendable {
    let id: Int
    let message: String
}

extension Fortune: TemplateObject {
    func templateAttribute(_ name: String) -> TemplateValue? {
        switch name {
        case "id": .int(id)
        case "message": .string(message)
        default: nil
        }
    }
}

extension Fortune: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "message": message
        default: nil
        }
    }
}

extension Fortune: LeafDataRepresentable {
    var leafData: LeafData { .dictionary(["id": .int(id), "message": .string(message)]) }
}

let dataURL = templatesDirectory.appendingPathComponent("data.json")
guard let json = try? JSONSerialization.jsonObject(with: Data(contentsOf: dataURL)) else { fail("cannot read \(dataURL.path)") }
let data = Value(json: json)

func fortune(_ value: Value) -> Fortune {
    guard case .int(let id)? = value["id"], case .string(let message)? = value["message"] else { fail("bad fortune") }
    return Fortune(id: id, message: message)
}

// TechEmpower adds one fortune at request time and sorts by message; done once here, outside the timing
// (the benchmark is about templates). Python's sort and Swift's agree: both compare code points.
guard case .list(let storedFortunes)? = data["fortunes"], let extraFortune = data["extra_fortune"] else { fail("bad data.json") }
let fortunes = (storedFortunes.map(fortune) + [fortune(extraFortune)]).sorted { $0.message < $1.message }
guard fortunes.count == 13 else { fail("expected 13 fortunes") }
guard let deepData = data["deep"] else { fail("data.json has no deep") }

/// The files of one engine's template directory, by name, each without its final newline.
func templateFiles(_ engine: String) -> [String: String] {
    let directory = templatesDirectory.appendingPathComponent(engine)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { fail("no \(directory.path)") }
    var files: [String: String] = [:]
    for name in names {
        guard var source = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
            fail("cannot read \(engine)/\(name)")
        }
        if source.hasSuffix("\n") { source.removeLast() }
        files[name] = source
    }
    return files
}

func stripExtension(_ name: String) -> String {
    guard let dot = name.lastIndex(of: ".") else { return name }
    return String(name[..<dot])
}

// MARK: - Engines

// Reinhardt: an engine with an in-memory (locmem) loader; compiled templates are cached by name.
let reinhardtEngine = TemplateEngine(loaders: [InMemoryLoader(templateFiles("django"))])

// swift-mustache: a library of parsed templates, inheritance through {{<parent}} / {{$block}}.
var mustacheLibrary = MustacheLibrary()
for (name, source) in templateFiles("mustache") {
    do { try mustacheLibrary.register(source, named: stripExtension(name)) } catch { fail("mustache \(name): \(error)") }
}

// Leaf: LeafRenderer over an in-memory LeafSource, the default (enabled) cache, on an EmbeddedEventLoop.
struct MemoryLeafSource: LeafSource {
    let files: [String: String]
    func file(template: String, escape: Bool, on eventLoop: any EventLoop) throws -> EventLoopFuture<ByteBuffer> {
        let name = template.hasSuffix(".leaf") ? stripExtension(template) : template
        guard let source = files[name] else { return eventLoop.makeFailedFuture(LeafError(.noTemplateExists(template))) }
        return eventLoop.makeSucceededFuture(ByteBuffer(string: source))
    }
}

let leafLoop = EmbeddedEventLoop()
let leafFiles = Dictionary(uniqueKeysWithValues: templateFiles("leaf").map { (stripExtension($0.key), $0.value) })
let leafRenderer = LeafRenderer(
    configuration: LeafConfiguration(rootDirectory: "/"),
    sources: .singleSource(MemoryLeafSource(files: leafFiles)),
    eventLoop: leafLoop
)

func leafRender(_ path: String, _ context: [String: LeafData]) throws -> ByteBuffer {
    let future = leafRenderer.render(path: path, context: context)
    leafLoop.run()
    return try future.wait()
}

// MARK: - Renders (context built inside, as a view builds it per request)

func reinhardtFortunes() throws -> String {
    try reinhardtEngine.renderToString("fortunes.html", ["fortunes": .list(fortunes.map(\.templateValue))])
}

func mustacheFortunes() -> String {
    mustacheLibrary.render(["fortunes": fortunes] as [String: Any], withTemplate: "fortunes")!
}

func leafFortunes() throws -> ByteBuffer {
    try leafRender("fortunes", ["fortunes": .array(fortunes.map(\.leafData))])
}

// The deep page's context is nested page data converted once, outside the timing, for every engine (Django's
// is the dictionary json.load returns); each render then passes it by value, so this workload measures
// rendering alone. DEEP_CONTEXT_PER_RENDER=1 converts it inside the timed loop instead, as for fortunes.
let deepContextPerRender = ProcessInfo.processInfo.environment["DEEP_CONTEXT_PER_RENDER"] == "1"
let reinhardtDeepContext = deepData.reinhardtContext
let mustacheDeepContext = deepData.mustache
let leafDeepContext = deepData.leafContext

func reinhardtDeep() throws -> String {
    try reinhardtEngine.renderToString("level5.html", deepContextPerRender ? deepData.reinhardtContext : reinhardtDeepContext)
}

func mustacheDeep() -> String {
    mustacheLibrary.render(deepContextPerRender ? deepData.mustache : mustacheDeepContext, withTemplate: "level5")!
}

func leafDeep() throws -> ByteBuffer {
    try leafRender("level5", deepContextPerRender ? deepData.leafContext : leafDeepContext)
}

// MARK: - Verification

/// Mustache and Leaf escape `'` as `&#39;`, Django as `&#x27;`: the same character.
func normalized(_ html: String) -> String {
    html.replacingOccurrences(of: "&#39;", with: "&#x27;")
}

func verify(_ engine: String, _ workload: String, _ output: String, against expected: String) {
    try? output.write(to: outputDirectory.appendingPathComponent("\(engine)-\(workload).html"), atomically: true, encoding: .utf8)
    let got = normalized(output)
    guard got != expected else { return }
    let a = Array(expected.utf8), b = Array(got.utf8)
    var index = 0
    while index < min(a.count, b.count), a[index] == b[index] { index += 1 }
    func around(_ bytes: [UInt8]) -> String {
        String(decoding: bytes[max(0, index - 60)..<min(bytes.count, index + 60)], as: UTF8.self)
    }
    fail("""
        \(engine) \(workload) output differs from Reinhardt's at byte \(index) (\(b.count) vs \(a.count) bytes)
        reinhardt: …\(around(a))…
        \(engine): …\(around(b))…
        (outputs in \(outputDirectory.path))
        """)
}

try? FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
let expectedFortunes: String
let expectedDeep: String
do {
    expectedFortunes = try reinhardtFortunes()
    expectedDeep = try reinhardtDeep()
} catch {
    fail("Reinhardt failed to render: \(error)")
}
try expectedFortunes.write(to: outputDirectory.appendingPathComponent("reinhardt-fortunes.html"), atomically: true, encoding: .utf8)
try expectedDeep.write(to: outputDirectory.appendingPathComponent("reinhardt-deep.html"), atomically: true, encoding: .utf8)
for needle in ["&lt;script&gt;alert(&quot;This should not", "フレームワークのベンチマーク", "aren&#x27;t"]
where !expectedFortunes.contains(needle) {
    fail("Reinhardt's fortunes page lacks \(needle)")
}
verify("mustache", "fortunes", mustacheFortunes(), against: expectedFortunes)
verify("mustache", "deep", mustacheDeep(), against: expectedDeep)
do {
    verify("leaf", "fortunes", String(buffer: try leafFortunes()), against: expectedFortunes)
    verify("leaf", "deep", String(buffer: try leafDeep()), against: expectedDeep)
} catch {
    fail("Leaf failed to render: \(error)")
}
note("outputs verified: mustache and leaf equal Reinhardt's on fortunes (\(expectedFortunes.utf8.count) bytes) and deep (\(expectedDeep.utf8.count) bytes)")

// MARK: - Timing

nonisolated(unsafe) var sink = 0

/// Engines to time (all unless TEMPLATEBENCH_ONLY lists some, comma-separated: for profiling one engine).
let onlyEngines = ProcessInfo.processInfo.environment["TEMPLATEBENCH_ONLY"].map { Set($0.split(separator: ",").map(String.init)) }

struct Case {
    let engine: String
    let workload: String
    let renders: Int
    let body: () throws -> Int
    var perRender: [Double] = []
}

var cases = [
    Case(engine: "reinhardt", workload: "fortunes", renders: fortunesRenders) { try reinhardtFortunes().utf8.count },
    Case(engine: "mustache", workload: "fortunes", renders: fortunesRenders) { mustacheFortunes().utf8.count },
    Case(engine: "leaf", workload: "fortunes", renders: fortunesRenders) { try leafFortunes().readableBytes },
    Case(engine: "reinhardt", workload: "deep", renders: deepRenders) { try reinhardtDeep().utf8.count },
    Case(engine: "mustache", workload: "deep", renders: deepRenders) { mustacheDeep().utf8.count },
    Case(engine: "leaf", workload: "deep", renders: deepRenders) { try leafDeep().readableBytes },
].filter { onlyEngines?.contains($0.engine) ?? true }

// One warm-up batch per case, then the batches round-robin across cases (batch 1 of every case, then batch
// 2, ...), so that a disturbance on the machine lands on every engine alike rather than on one of them.
let clock = ContinuousClock()
do {
    for index in cases.indices {
        for _ in 0..<cases[index].renders { sink &+= try cases[index].body() }
    }
    for _ in 0..<batches {
        for index in cases.indices {
            let body = cases[index].body
            let renders = cases[index].renders
            let start = clock.now
            for _ in 0..<renders { sink &+= try body() }
            let elapsed = start.duration(to: clock.now)
            let ns = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
            cases[index].perRender.append(ns / Double(renders))
        }
    }
} catch {
    fail("render failed while timing: \(error)")
}
for timed in cases {
    let median = timed.perRender.sorted()[batches / 2]
    note("\(timed.engine)\t\(timed.workload)\tbatches ns/render: \(timed.perRender.map { String(format: "%.0f", $0) }.joined(separator: " "))")
    print("\(timed.engine)\t\(timed.workload)\t\(String(format: "%.1f", median))")
}
note("(checksum \(sink))")
