extension TemplateLibrary {
    /// Django 5.2's built-in tags and filters, registered through the same public API as any
    /// custom library.
    public static let builtins: TemplateLibrary = {
        var library = TemplateLibrary()
        library.registerBuiltinTags()
        library.registerBuiltinFilters()
        return library
    }()

    private mutating func registerBuiltinTags() {
        register(tag: "autoescape", AutoescapeNode.compile)
        register(tag: "block", BlockNode.compile)
        register(tag: "comment", EmptyNode.compileComment)
        register(tag: "csrf_token", CSRFTokenNode.compile)
        register(tag: "cycle", CycleNode.compile)
        register(tag: "debug", EmptyNode.compileDebug)
        register(tag: "extends", ExtendsNode.compile)
        register(tag: "filter", FilterBlockNode.compile)
        register(tag: "firstof", FirstOfNode.compile)
        register(tag: "for", ForNode.compile)
        register(tag: "if", IfNode.compile)
        register(tag: "ifchanged", IfChangedNode.compile)
        register(tag: "include", IncludeNode.compile)
        register(tag: "load", LoadTag.compile)
        register(tag: "lorem", LoremNode.compile)
        register(tag: "now", NowNode.compile)
        register(simpleTag: "querystring", maximumPositional: 1, QueryStringTag.render)
        register(tag: "regroup", RegroupNode.compile)
        register(tag: "resetcycle", ResetCycleNode.compile)
        register(tag: "spaceless", SpacelessNode.compile)
        register(tag: "templatetag", TemplateTagNode.compile)
        register(tag: "url", URLNode.compile)
        register(tag: "verbatim", VerbatimNode.compile)
        register(tag: "widthratio", WidthRatioNode.compile)
        register(tag: "with", WithNode.compile)
    }

    private mutating func registerBuiltinFilters() {
        registerStringFilters()
        registerHTMLFilters()
        registerSequenceFilters()
        registerLogicFilters()
        registerNumberAndDateFilters()
    }

    /// A filter taking only the value.
    private mutating func filter(_ name: String, safe: Bool = false, _ function: @escaping @Sendable (TemplateValue) throws -> TemplateValue) {
        register(filter: name, TemplateFilter(isSafe: safe) { value, _, _ in try function(value) })
    }

    /// A filter taking the value and an argument.
    private mutating func filter(
        _ name: String, argument: TemplateFilter.Argument, safe: Bool = false,
        _ function: @escaping @Sendable (TemplateValue, TemplateValue?) throws -> TemplateValue
    ) {
        register(filter: name, TemplateFilter(argument: argument, isSafe: safe) { value, argument, _ in try function(value, argument) })
    }

    private mutating func registerStringFilters() {
        filter("addslashes", safe: true) { Filters.addslashes(Filters.string($0)) }
        filter("capfirst", safe: true) { Filters.capfirst(Filters.string($0)) }
        filter("center", argument: .required, safe: true) { try Filters.pad($0, $1, alignment: .center) }
        filter("cut", argument: .required) { try Filters.cut(Filters.string($0), $1) }
        filter("escapejs") { Filters.escapejs($0) }
        filter("iriencode", safe: true) { Filters.iriencode($0) }
        filter("ljust", argument: .required, safe: true) { try Filters.pad($0, $1, alignment: .left) }
        filter("lower", safe: true) { Filters.lower($0) }
        filter("make_list") { Filters.makeList($0) }
        filter("phone2numeric", safe: true) { try Filters.phone2numeric($0) }
        filter("rjust", argument: .required, safe: true) { try Filters.pad($0, $1, alignment: .right) }
        filter("slugify", safe: true) { Filters.slugify($0) }
        filter("striptags", safe: true) { try Filters.striptags($0) }
        filter("title", safe: true) { Filters.title($0) }
        filter("truncatechars", argument: .required, safe: true) { try Filters.truncatechars($0, $1, html: false) }
        filter("truncatechars_html", argument: .required, safe: true) { try Filters.truncatechars($0, $1, html: true) }
        filter("truncatewords", argument: .required, safe: true) { try Filters.truncatewords($0, $1, html: false) }
        filter("truncatewords_html", argument: .required, safe: true) { try Filters.truncatewords($0, $1, html: true) }
        filter("upper") { Filters.upper($0) }
        filter("urlencode", argument: .optional) { Filters.urlencode($0, $1) }
        filter("wordcount") { Filters.wordcount($0) }
        filter("wordwrap", argument: .required, safe: true) { try Filters.wordwrap($0, $1) }
    }

    private mutating func registerHTMLFilters() {
        filter("escape", safe: true) { Filters.escape(Filters.string($0)) }
        filter("escapeseq", safe: true) { try Filters.escapeSequence($0) }
        filter("force_escape", safe: true) { Filters.forceEscape($0) }
        filter("json_script", argument: .optional, safe: true) { try Filters.jsonScript($0, $1) }
        filter("safe", safe: true) { Filters.safe($0) }
        filter("safeseq", safe: true) { try Filters.safeSequence($0) }
        register(filter: "linebreaks", TemplateFilter(isSafe: true) { value, _, call in Filters.linebreaks(Filters.string(value), autoescape: call.autoescape) })
        register(filter: "linebreaksbr", TemplateFilter(isSafe: true) { value, _, call in Filters.linebreaksbr(Filters.string(value), autoescape: call.autoescape) })
        register(filter: "linenumbers", TemplateFilter(isSafe: true) { value, _, call in Filters.linenumbers(Filters.string(value), autoescape: call.autoescape) })
        register(filter: "unordered_list", TemplateFilter(isSafe: true) { value, _, call in try Filters.unorderedList(value, autoescape: call.autoescape) })
        register(filter: "urlize", TemplateFilter(isSafe: true) { value, _, call in Filters.urlize(Filters.string(value), autoescape: call.autoescape) })
        register(filter: "urlizetrunc", TemplateFilter(argument: .required, isSafe: true) { value, argument, call in
            try Filters.urlizetrunc(Filters.string(value), argument, autoescape: call.autoescape)
        })
    }

    private mutating func registerSequenceFilters() {
        filter("dictsort", argument: .required) { Filters.dictsort($0, $1, reversed: false) }
        filter("dictsortreversed", argument: .required) { Filters.dictsort($0, $1, reversed: true) }
        filter("first") { try Filters.first($0) }
        register(filter: "join", TemplateFilter(argument: .required, isSafe: true) { value, argument, call in
            Filters.join(value, argument, autoescape: call.autoescape)
        })
        filter("last", safe: true) { try Filters.last($0) }
        filter("length") { Filters.length($0) }
        filter("random", safe: true) { try Filters.random($0) }
        filter("slice", argument: .required, safe: true) { Filters.slice($0, $1) }
    }

    private mutating func registerLogicFilters() {
        filter("add", argument: .required) { Filters.add($0, $1) }
        filter("default", argument: .required) { Filters.defaultValue($0, $1) }
        filter("default_if_none", argument: .required) { Filters.defaultIfNone($0, $1) }
        filter("divisibleby", argument: .required) { try Filters.divisibleby($0, $1) }
        filter("get_digit", argument: .required) { Filters.getDigit($0, $1) }
        filter("pluralize", argument: .optional) { Filters.pluralize($0, $1) }
        filter("pprint", safe: true) { Filters.pprint($0) }
        filter("yesno", argument: .optional) { Filters.yesno($0, $1) }
    }

    private mutating func registerNumberAndDateFilters() {
        filter("filesizeformat", safe: true) { Filters.filesizeformat($0) }
        filter("floatformat", argument: .optional, safe: true) { Filters.floatformat($0, $1) }
        filter("stringformat", argument: .required, safe: true) { Filters.stringformat($0, $1) }
        register(filter: "date", TemplateFilter(argument: .optional, expectsLocaltime: true) { value, argument, call in
            try Filters.date(value, argument, zone: call.engine.options.timeZone)
        })
        register(filter: "time", TemplateFilter(argument: .optional, expectsLocaltime: true) { value, argument, call in
            Filters.time(value, argument, zone: call.engine.options.timeZone)
        })
        register(filter: "timesince", TemplateFilter(argument: .optional) { value, argument, call in
            try Filters.timesince(value, argument, engine: call.engine, reversed: false)
        })
        register(filter: "timeuntil", TemplateFilter(argument: .optional) { value, argument, call in
            try Filters.timesince(value, argument, engine: call.engine, reversed: true)
        })
    }
}
