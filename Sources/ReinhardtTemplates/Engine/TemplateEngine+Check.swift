extension TemplateEngine {
    /// Compiles every template the loaders list and checks every literal `{% url %}` name against
    /// the URLconf: what `manage check` reports, each problem with its template, line and column.
    /// Unknown tags, filters and `{% load %}` libraries are syntax errors, so they are found too.
    public func check() -> [TemplateError] {
        var problems: [TemplateError] = []
        for loader in loaders {
            let names: [String]
            do {
                names = try loader.templateNames()
            } catch {
                problems.append(TemplateError(.doesNotExist, "cannot list templates: \(error)"))
                continue
            }
            for name in names { problems += check(name) }
        }
        return problems
    }

    private func check(_ name: String) -> [TemplateError] {
        let template: Template
        do {
            template = try self.template(named: name)
        } catch let error as TemplateError {
            return [error]
        } catch {
            return [TemplateError(.syntaxError, "\(error)")]
        }
        guard let urls else { return [] }
        return template.urlNames.filter { !urls.hasRoute(named: $0.name) }.map { reference in
            TemplateError(.noReverseMatch, "'{% url %}' names '\(reference.name)', which no route has. Add a route with that name or fix the name.", at: reference.location)
        }
    }
}
