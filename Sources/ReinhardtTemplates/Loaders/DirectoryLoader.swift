import Foundation

/// Templates read from directories, searched in order — Django's `filesystem.Loader` (the `DIRS`
/// setting) and, given each app's `templates/` directory, its `app_directories.Loader`.
///
/// A name that would leave the directory (`../secret`) is never read, as in Django's
/// `safe_join`.
public struct DirectoryLoader: TemplateLoader {
    /// The directories, in search order.
    public let directories: [String]

    /// A loader searching `directories` in order.
    public init(_ directories: [String]) { self.directories = directories }

    /// The first file called `name` under one of the directories.
    public func origin(for name: String) throws -> TemplateOrigin? {
        try origins(for: name).first
    }

    /// Every file called `name`, one per directory that has it, in search order.
    public func origins(for name: String) throws -> [TemplateOrigin] {
        var found: [TemplateOrigin] = []
        for directory in directories {
            guard let path = Self.safeJoin(directory, name), FileManager.default.fileExists(atPath: path) else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let source = String(data: data, encoding: .utf8) else {
                throw TemplateError(.syntaxError, "\(path) is not valid UTF-8")
            }
            found.append(TemplateOrigin(name: name, path: path, source: source))
        }
        return found
    }

    /// Every file under the directories, as names relative to its directory.
    public func templateNames() throws -> [String] {
        var names: Set<String> = []
        for directory in directories {
            guard let walker = FileManager.default.enumerator(atPath: directory) else { continue }
            while let relative = walker.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let path = (directory as NSString).appendingPathComponent(relative)
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
                {
                    names.insert(relative)
                }
            }
        }
        return names.sorted()
    }

    /// `directory/name`, or nil when `name` is absolute or climbs out of `directory`.
    static func safeJoin(_ directory: String, _ name: String) -> String? {
        guard !name.hasPrefix("/") else { return nil }
        var depth = 0
        for component in name.split(separator: "/") {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 { return nil }
        }
        return (directory as NSString).appendingPathComponent(name)
    }
}
