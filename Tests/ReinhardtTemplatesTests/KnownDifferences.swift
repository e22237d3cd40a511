/// Fixture cases where Reinhardt knowingly differs from Django, each with the reason — all
/// Python-only behaviours. The fixture test fails on any other difference.
enum KnownDifferences {
    private static let tuple = "Python tuples print as (a, b); templates have one list type, printed as [a, b]"

    static let cases: [String: String] = [
        "variable/lookup/026": tuple,
        "variable/value/035": tuple,
        "variable/value/036": tuple,
        "filter/add/008": tuple,
        "filter/add/009": "Python refuses list + tuple; templates have one list type, so the lists are joined",
        "filter/stringformat/115": tuple,
        "filter/stringformat/118": tuple,
        "filter/slice/029": tuple,
        "filter/pprint/006": tuple,
        "variable/lookup/022": "Python prints dict.keys() as a dict_keys view; Reinhardt returns a plain list",
        "variable/lookup/023": "Python prints dict.values() as a dict_values view; Reinhardt returns a plain list",
        "tag/extends/014": "{{ block }} prints the Python repr of Django's BlockNode, an implementation detail",
        "tag/block/004": "{{ block.super }} outside inheritance: Django raises an AttributeError-derived message; Reinhardt renders nothing",
        "filter/floatformat/134": "Django crashes with IndexError on an empty argument; Reinhardt returns the number unchanged",
        "filter/filesizeformat/028": "Django crashes with OverflowError on infinity; Reinhardt prints 0 bytes",
    ]
}
