#!/usr/bin/env python3
"""Generate the Django Template Language fidelity fixtures for ReinhardtTemplates.

Every expected output written by this script is obtained by *rendering* the
case with a real Django 5.2 template ``Engine`` (locmem loader, no cached
loader, ``debug=False``); nothing is re-implemented here.  Run it with the venv
interpreter, from any directory:

    Tools/.venv/bin/python Tools/django-fixtures/templates.py

It (re)writes, relative to the repository root:

    Tests/ReinhardtTemplatesTests/Fixtures/templates.json

The clock is frozen at ``FROZEN_NOW`` for ``{% now %}`` and for the
no-argument forms of ``timesince``/``timeuntil``.  The script asserts that
every built-in tag and filter is exercised by at least one case (``random`` is
exempt: only its deterministic edge cases are rendered).

Output is deterministic: running it twice yields byte-identical files.
See Tools/README.md ("templates.json") for the schema.
"""

import datetime
import decimal
import json
import math
import platform
import re
import sys
import types
from pathlib import Path
from unittest import mock

import django
from django.conf import settings

REPO_ROOT = Path(__file__).resolve().parents[2]
OUTPUT = "Tests/ReinhardtTemplatesTests/Fixtures/templates.json"
URLCONF_MODULE = "reinhardt_template_fixture_urls"

# The settings recorded in the JSON header (the rest are Django defaults).
RECORDED_SETTINGS = {
    "TIME_ZONE": "UTC",
    "USE_TZ": True,
    "USE_I18N": True,
    "LANGUAGE_CODE": "en-us",
    "STATIC_URL": "/static/",
    "MEDIA_URL": "/media/",
    "DEBUG": False,
}

settings.configure(
    SECRET_KEY="reinhardt-fixture-generator-not-secret",
    ROOT_URLCONF=URLCONF_MODULE,
    INSTALLED_APPS=[],
    MIDDLEWARE=[],
    DEFAULT_CHARSET="utf-8",
    **RECORDED_SETTINGS,
)
django.setup()

# Imports that need configured settings.
from django.http import HttpRequest, QueryDict  # noqa: E402
from django.template import Context, Engine, RequestContext  # noqa: E402
from django.template import defaultfilters, defaulttags, loader_tags  # noqa: E402
from django.urls import include, path, re_path  # noqa: E402
from django.utils.safestring import mark_safe  # noqa: E402

DJANGO_VERSION = django.get_version()
PYTHON_VERSION = platform.python_version()

# Libraries available to ``{% load %}`` (besides the three builtins).
LIBRARIES = {"static": "django.templatetags.static"}

# ---------------------------------------------------------------------------
# Frozen clock
# ---------------------------------------------------------------------------

_REAL_DATETIME = datetime.datetime
FROZEN_NOW = _REAL_DATETIME(2026, 11, 21, 12, 34, 56, 789012, tzinfo=datetime.timezone.utc)


class _FrozenMeta(type):
    # isinstance(real_datetime, FrozenDateTime) must stay true, because
    # django.utils.timesince checks isinstance(d, datetime.datetime).
    def __instancecheck__(cls, obj):
        return isinstance(obj, _REAL_DATETIME)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, _REAL_DATETIME)


class FrozenDateTime(_REAL_DATETIME, metaclass=_FrozenMeta):
    @classmethod
    def now(cls, tz=None):
        if tz is None:
            # Naive local time; the process time zone is irrelevant because
            # TIME_ZONE is UTC, so "local" is taken as UTC.
            return FROZEN_NOW.replace(tzinfo=None)
        return FROZEN_NOW.astimezone(tz)

    @classmethod
    def utcnow(cls):
        return FROZEN_NOW.replace(tzinfo=None)


_frozen_datetime_module = types.ModuleType("frozen_datetime")
_frozen_datetime_module.__dict__.update(
    {k: getattr(datetime, k) for k in dir(datetime) if not k.startswith("__")}
)
_frozen_datetime_module.datetime = FrozenDateTime

CLOCK_PATCHES = [
    mock.patch("django.template.defaulttags.datetime", FrozenDateTime),
    mock.patch("django.utils.timesince.datetime", _frozen_datetime_module),
    mock.patch("django.utils.timezone.now", lambda: FROZEN_NOW),
]

# ---------------------------------------------------------------------------
# URLconf (built from this description, recorded verbatim in the JSON)
# ---------------------------------------------------------------------------

URLCONF = [
    {"kind": "path", "route": "", "name": "home"},
    {"kind": "path", "route": "products/<int:id>/", "name": "product-detail"},
    {"kind": "path", "route": "articles/<int:year>/<slug:slug>/", "name": "article"},
    {"kind": "re_path", "route": r"^archive/(?P<year>[0-9]{4})/$", "name": "archive"},
    {"kind": "path", "route": "search/", "name": "search"},
    {"kind": "path", "route": "users/<str:username>/", "name": "user"},
    {"kind": "path", "route": "files/<path:filepath>", "name": "files"},
    {
        "kind": "include",
        "route": "blog/",
        "app_name": "blog",
        "namespace": "blog",
        "patterns": [
            {"kind": "path", "route": "<int:pk>/", "name": "post"},
            {"kind": "path", "route": "", "name": "index"},
        ],
    },
]


def _view(request, *args, **kwargs):  # pragma: no cover - never called
    return None


def build_patterns(entries):
    out = []
    for e in entries:
        if e["kind"] == "path":
            out.append(path(e["route"], _view, name=e["name"]))
        elif e["kind"] == "re_path":
            out.append(re_path(e["route"], _view, name=e["name"]))
        else:
            inner = build_patterns(e["patterns"])
            out.append(
                path(e["route"], include((inner, e["app_name"]), namespace=e["namespace"]))
            )
    return out


urlconf_module = types.ModuleType(URLCONF_MODULE)
urlconf_module.urlpatterns = build_patterns(URLCONF)
sys.modules[URLCONF_MODULE] = urlconf_module

# ---------------------------------------------------------------------------
# Value encoding (see Tools/README.md)
# ---------------------------------------------------------------------------


def F(x):
    """A Python float."""
    x = float(x)
    if math.isnan(x):
        return {"$float": "nan"}
    if math.isinf(x):
        return {"$float": "inf" if x > 0 else "-inf"}
    if x == 0 and math.copysign(1.0, x) < 0:
        return {"$float": "-0.0"}
    return {"$float": x}


def Dec(s):
    return {"$decimal": s}


def Safe(s):
    return {"$safe": s}


def Date(s):
    return {"$date": s}


def DT(s):
    return {"$datetime": s}


def Time(s):
    return {"$time": s}


def Tup(*items):
    return {"$tuple": list(items)}


def Obj(**attrs):
    return {"$object": attrs}


def Req(query):
    return {"$request": {"query": query}}


def decode(v):
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        raise TypeError("untagged float in context: %r" % v)
    if isinstance(v, list):
        return [decode(x) for x in v]
    if isinstance(v, dict):
        tagged = [k for k in v if k.startswith("$")]
        if not tagged:
            return {k: decode(x) for k, x in v.items()}
        assert len(v) == 1, v
        tag, payload = next(iter(v.items()))
        if tag == "$float":
            return float(payload)
        if tag == "$decimal":
            return decimal.Decimal(payload)
        if tag == "$safe":
            return mark_safe(payload)
        if tag == "$date":
            return datetime.date.fromisoformat(payload)
        if tag == "$datetime":
            d = _REAL_DATETIME.fromisoformat(payload)
            if d.tzinfo is not None:
                off = d.utcoffset()
                tz = datetime.timezone.utc if not off else datetime.timezone(off)
                d = d.replace(tzinfo=tz)
            return d
        if tag == "$time":
            return datetime.time.fromisoformat(payload)
        if tag == "$tuple":
            return tuple(decode(x) for x in payload)
        if tag == "$object":
            return types.SimpleNamespace(**{k: decode(x) for k, x in payload.items()})
        if tag == "$request":
            req = HttpRequest()
            req.method = "GET"
            req.META["QUERY_STRING"] = payload["query"]
            req.GET = QueryDict(payload["query"])
            return req
        raise ValueError("unknown tag %r" % tag)
    raise TypeError("cannot encode %r" % (v,))


# ---------------------------------------------------------------------------
# Case builder and renderer
# ---------------------------------------------------------------------------

CASES = []
_NAMES = set()
_COUNTERS = {}


def case(group, source, context=None, templates=None, autoescape=True, string_if_invalid=""):
    """Register one case; ``group`` is "<group>/<item>", numbered automatically."""
    n = _COUNTERS.get(group, 0) + 1
    _COUNTERS[group] = n
    name = "%s/%03d" % (group, n)
    assert name not in _NAMES, name
    _NAMES.add(name)
    tpls = {"main": source}
    for k, v in (templates or {}).items():
        assert k != "main"
        tpls[k] = v
    CASES.append(
        {
            "name": name,
            "templates": tpls,
            "context": context or {},
            "autoescape": autoescape,
            "string_if_invalid": string_if_invalid,
        }
    )


def render_case(c):
    engine = Engine(
        loaders=[("django.template.loaders.locmem.Loader", dict(c["templates"]))],
        libraries=LIBRARIES,
        string_if_invalid=c["string_if_invalid"],
        autoescape=c["autoescape"],
        debug=False,
    )
    try:
        template = engine.get_template("main")
    except Exception as exc:  # noqa: BLE001 - we record whatever Django raises
        return {"error": {"type": type(exc).__name__, "message": str(exc), "phase": "compile"}}
    ctx = decode(c["context"])
    if isinstance(ctx.get("request"), HttpRequest):
        context = RequestContext(ctx["request"], ctx, autoescape=c["autoescape"])
    else:
        context = Context(ctx, autoescape=c["autoescape"])
    try:
        out = template.render(context)
    except Exception as exc:  # noqa: BLE001
        return {"error": {"type": type(exc).__name__, "message": str(exc), "phase": "render"}}
    return {"output": str(out)}


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------

NESTED = {
    "d": {"key": "dict-value", "items": "items-key-wins", "0": "zero-key", "n": {"m": {"o": "deep"}}},
    "o": Obj(attr="attr-value", inner=Obj(name="inner-name", nums=[10, 20, 30])),
    "l": ["first", "second", {"k": "in-list"}],
    "t": Tup("t0", "t1"),
    "s": "abc",
    "plain": {"a": 1, "b": 2},
}


def cases_variables():
    g = "variable/lookup"
    for src in [
        "{{ s }}",
        "{{ d.key }}",
        "{{ d.items }}",
        "{{ d.0 }}",
        "{{ d.n.m.o }}",
        "{{ d.missing }}",
        "{{ d.key.missing }}",
        "{{ o.attr }}",
        "{{ o.inner.name }}",
        "{{ o.inner.nums.1 }}",
        "{{ o.missing }}",
        "{{ l.0 }}",
        "{{ l.1 }}",
        "{{ l.2.k }}",
        "{{ l.3 }}",
        "{{ l.-1 }}",
        "{{ l.x }}",
        "{{ t.1 }}",
        "{{ s.0 }}",
        "{{ s.upper }}",
        "{{ s.missing }}",
        "{{ plain.keys }}",
        "{{ plain.values }}",
        "{{ plain }}",
        "{{ l }}",
        "{{ t }}",
        "{{ missing }}",
        "{{ missing.attr }}",
        "[{{ missing }}|{{ s }}]",
        "{{s}}{{  s  }}",
        "{{ None }}",
        "{{ True }}|{{ False }}",
        "{{ s.count }}",
    ]:
        case(g, src, NESTED)

    g = "variable/value"
    for value in [
        "plain",
        "",
        "None",
        "ünïcødé ☃ 𝄞",
        "<script>&\"'",
        0,
        -17,
        9007199254740993,
        True,
        False,
        None,
        F(1.5),
        F(0.1),
        F(-0.0),
        F(1e16),
        F(1e-7),
        F(123456789.125),
        F(float("nan")),
        F(float("inf")),
        Dec("1.50"),
        Dec("-0.00"),
        Dec("1E+3"),
        Dec("123456789.123456789"),
        Safe("<b>safe</b>"),
        Date("2024-02-29"),
        DT("2024-02-29T13:05:09.000123"),
        DT("2024-02-29T00:00:00+00:00"),
        DT("2024-02-29T23:30:00+05:30"),
        DT("2024-07-04T12:00:00-04:00"),
        Time("13:05:09"),
        Time("00:00:00"),
        Time("12:00:00.500000"),
        [1, "two", None, True, F(2.5)],
        ["<a>", "'q'"],
        Tup(1),
        Tup(),
        {"k": "v", "n": [1, 2]},
        {},
        [],
    ]:
        case(g, "{{ v }}", {"v": value})

    g = "variable/underscore"
    case(g, "{{ _private }}", {"_private": 1})
    case(g, "{{ d._x }}", {"d": {"_x": 1}})
    case(g, "{{ d.x_y }}", {"d": {"x_y": "ok"}})
    case(g, "{{ a_b }}", {"a_b": "ok"})


def cases_literals():
    g = "literal/string"
    for src in [
        '{{ "double" }}',
        "{{ 'single' }}",
        '{{ "with \\"escaped\\" quotes" }}',
        "{{ 'it\\'s' }}",
        '{{ "back\\\\slash" }}',
        '{{ "<b>literal</b>" }}',
        '{{ "<b>"|escape }}',
        '{{ "" }}',
        '{{ "a b"|upper }}',
        "{{ 'x'|add:'y' }}",
        '{{ "tab\\tnot-escape" }}',
        '{{ "ünï" }}',
        '{{ s|default:"it\'s" }}',
        "{{ s|default:'say \"hi\"' }}",
    ]:
        case(g, src, {})
    g = "literal/number"
    for src in [
        "{{ 42 }}",
        "{{ -3 }}",
        "{{ +5 }}",
        "{{ 007 }}",
        "{{ 1.5 }}",
        "{{ -0.25 }}",
        "{{ 1e3 }}",
        "{{ 2E-2 }}",
        "{{ .5 }}",
        "{{ 3|add:4 }}",
        "{{ 1.5|add:1 }}",
        "{{ -1|add:-1 }}",
        "{{ 1000000000000 }}",
        "{{ 10|divisibleby:3 }}",
        "{{ 5.|add:1 }}",
        "{{ 1.2.3 }}",
        "{{ 1e }}",
    ]:
        case(g, src, {})


def cases_invalid():
    ctx = {"o": {"a": "A"}, "l": [1]}
    for sii in ["", "INVALID", "INVALID[%s]", "<b>%s</b>"]:
        g = "invalid/string_if_invalid"
        for src in [
            "{{ missing }}",
            "{{ o.missing }}",
            "{{ l.5 }}",
            "{{ o.a.b }}",
            "{{ missing|default:'fallback' }}",
            "{{ missing|upper }}",
            "{{ missing|length }}",
            "{{ missing|default_if_none:'x' }}",
            "{% if missing %}yes{% else %}no{% endif %}",
            "{% for x in missing %}{{ x }}{% empty %}empty{% endfor %}",
            "{% with x=missing %}[{{ x }}]{% endwith %}",
            "{% firstof missing o.a %}",
            "{{ o.a|add:missing }}",
            "{% cycle missing 'b' as c %}{{ c }}",
        ]:
            case(g, src, ctx, string_if_invalid=sii)
    g = "invalid/include"
    case(
        g,
        "{% include 'inc.html' %}",
        {},
        templates={"inc.html": "[{{ nope }}]"},
        string_if_invalid="INV(%s)",
    )
    case(g, "{{ missing|safe }}", {}, string_if_invalid="<i>%s</i>", autoescape=True)
    case(g, "{{ missing }}", {}, string_if_invalid="<i>%s</i>", autoescape=False)
    case(g, "{% filter upper %}{{ missing }}{% endfilter %}", {}, string_if_invalid="inv")


AE_CTX = {
    "v": "<b>&'\"</b>",
    "s": Safe("<i>x & y</i>"),
    "l": ["<a>", "b&c", Safe("<safe>")],
    "sl": [Safe("<p>"), Safe("<q>")],
    "sep": "<br>",
    "ssep": Safe("<hr>"),
    "n": 5,
    "url": "http://example.com/?a=1&b=<2>",
}


def cases_autoescape():
    g = "autoescape/filters"
    for src in [
        "{{ v }}",
        "{{ v|safe }}",
        "{{ s }}",
        "{{ s|escape }}",
        "{{ s|force_escape }}",
        "{{ v|escape }}",
        "{{ v|escape|escape }}",
        "{{ v|force_escape|force_escape }}",
        "{{ v|force_escape|safe }}",
        "{{ v|safe|escape }}",
        "{{ s|upper }}",
        "{{ s|lower }}",
        "{{ v|upper }}",
        "{{ s|title }}",
        "{{ s|capfirst }}",
        "{{ s|add:'<x>' }}",
        "{{ v|add:s }}",
        "{{ s|add:s }}",
        "{{ s|add:v }}",
        "{{ n|add:'<1>' }}",
        "{{ l|join:'<br>' }}",
        "{{ l|join:sep }}",
        "{{ l|join:ssep }}",
        "{{ sl|join:', ' }}",
        "{{ s|cut:'x' }}",
        "{{ s|cut:';' }}",
        "{{ v|cut:'b' }}",
        "{{ l|escapeseq|join:',' }}",
        "{{ l|safeseq|join:',' }}",
        "{{ sl|escapeseq|join:',' }}",
        "{{ l|first }}",
        "{{ l|last }}",
        "{{ s|slice:':4' }}",
        "{{ s|truncatechars:5 }}",
        "{{ s|default:'x' }}",
        "{{ ''|default:v }}",
        "{{ ''|default:'<lit>' }}",
        "{{ v|linebreaksbr }}",
        "{{ s|linebreaks }}",
        "{{ s|make_list }}",
        "{{ s|center:20 }}",
        "{{ s|ljust:20 }}",
        "{{ s|wordwrap:3 }}",
        "{{ v|stringformat:'s' }}",
        "{{ s|stringformat:'s' }}",
        "{{ s|striptags }}",
        "{{ s|addslashes }}",
        "{{ s|urlencode }}",
        "{{ s|slugify }}",
        "{{ s|wordcount }}",
        "{{ url|urlize }}",
        "{{ v|yesno:'<a>,<b>' }}",
        "{{ s|length }}",
        "{{ v|linenumbers }}",
        "{{ s|linenumbers }}",
        "{{ l|unordered_list }}",
        "{{ v|json_script:'id' }}",
        "{{ v|escapejs }}",
        "{{ s|truncatewords:1 }}",
        "{{ s|truncatewords_html:1 }}",
        "{{ s|floatformat }}",
        "{{ s|iriencode }}",
        "{{ '<lit>'|upper }}",
        "{{ '<lit>'|add:'<x>' }}",
    ]:
        for ae in (True, False):
            case(g, src, AE_CTX, autoescape=ae)

    g = "autoescape/tag"
    for src, ae in [
        ("{% autoescape off %}{{ v }}{% endautoescape %}", True),
        ("{% autoescape on %}{{ v }}{% endautoescape %}", False),
        ("{% autoescape off %}{{ v }}{% autoescape on %}{{ v }}{% endautoescape %}{{ v }}{% endautoescape %}{{ v }}", True),
        ("{% autoescape on %}{% autoescape off %}{{ v|escape }}{% endautoescape %}{% endautoescape %}", True),
        ("{% autoescape off %}{{ v|force_escape }}{% endautoescape %}", True),
        ("{% autoescape off %}{{ s|escape }}{% endautoescape %}", True),
        ("{% autoescape off %}{{ l|join:sep }}{% endautoescape %}", True),
        ("{% autoescape off %}{{ l|unordered_list }}{% endautoescape %}", True),
        ("{% autoescape off %}{{ v|linebreaksbr }}{% endautoescape %}", True),
        ("{% autoescape off %}{{ url|urlize }}{% endautoescape %}", True),
        ("{% autoescape off %}{% include 'inc.html' %}{% endautoescape %}", True),
        ("{% autoescape on %}{% include 'inc.html' %}{% endautoescape %}", False),
        ("{% autoescape off %}{% filter upper %}{{ v }}{% endfilter %}{% endautoescape %}", True),
        ("{% filter force_escape %}{{ v }}{% endfilter %}", True),
        ("{% filter escape %}{{ v }}{% endfilter %}", True),
        ("{% autoescape off %}{% filter escape %}{{ v }}{% endfilter %}{% endautoescape %}", True),
        ("{% autoescape off %}{% with x=v %}{{ x }}{% endwith %}{% endautoescape %}", True),
        ("{% autoescape off %}{% for x in l %}{{ x }}{% endfor %}{% endautoescape %}", True),
        ("{% autoescape off %}{% cycle v s %}{% endautoescape %}", True),
        ("{% cycle v s %}{% cycle v s %}", True),
        ("{% firstof v %}", True),
        ("{% autoescape off %}{% firstof v %}{% endautoescape %}", True),
        ("{% firstof v|escape %}", False),
        ("{% autoescape off %}{{ v }}{% endautoescape %}", False),
        ("{% autoescape on %}{{ s }}{% endautoescape %}", True),
        ("{% autoescape off %}{% autoescape off %}{{ v }}{% endautoescape %}{% endautoescape %}", True),
        ("{% autoescape off %}{{ v|json_script }}{% endautoescape %}", True),
        ("{% autoescape off %}{{ v|urlizetrunc:5 }}{% endautoescape %}", True),
    ]:
        case(g, src, AE_CTX, templates={"inc.html": "{{ v }}"}, autoescape=ae)


IF_CTX = {
    "a": 1,
    "b": 2,
    "one": 1,
    "z": 0,
    "fz": F(0.0),
    "f1": F(1.0),
    "d1": Dec("1.0"),
    "s": "x",
    "s1": "1",
    "e": "",
    "l": [1, 2, 3],
    "el": [],
    "dct": {"k": 1},
    "edct": {},
    "n": None,
    "t": True,
    "f": False,
    "sl": ["x", "y"],
    "words": "hello world",
    "date1": Date("2024-01-01"),
    "date2": Date("2024-06-01"),
    "obj": Obj(flag=True, n=None),
}


def cases_if():
    g = "tag/if"
    exprs = [
        "a", "z", "fz", "f1", "s", "e", "l", "el", "dct", "edct", "n", "t", "f",
        "missing", "obj", "obj.flag", "obj.n", "obj.missing",
        "not a", "not z", "not missing", "not not a",
        "a and b", "a and z", "z and a", "missing and a", "a and missing",
        "a or b", "z or a", "z or e", "missing or s", "e or missing",
        "a == 1", "a == one", "a == '1'", "s1 == '1'", "a == f1", "a == d1", "f1 == d1",
        "a == t", "z == f", "n == None", "missing == None", "missing == n", "e == missing",
        "a != 1", "a != b", "s != 'x'", "missing != 1",
        "a < b", "b < a", "a < a", "s < 'y'", "'10' < '9'", "10 < 9", "a < missing", "missing < a",
        "n < 1", "l < 1", "date1 < date2",
        "a > b", "b > a", "f1 > z", "'b' > 'a'",
        "a <= 1", "a <= z", "b >= 2", "a >= b",
        "1 in l", "4 in l", "'1' in l", "'x' in s", "'w' in words", "'world' in words",
        "'k' in dct", "'v' in dct", "'x' in sl", "1 in missing", "missing in l", "'' in s",
        "4 not in l", "1 not in l", "'z' not in sl",
        "n is None", "missing is None", "a is None", "t is True", "f is False",
        "a is True", "one is a", "z is False", "e is None",
        "n is not None", "a is not None", "t is not False",
        "a or b and z", "z and b or a", "not z and a", "not a or b", "a == 1 and b == 2",
        "a == 1 or b == 3 and z", "not a == 2", "not 1 in l", "a in l and b in l",
        "l|length == 3", "l|length > 2", "s|upper == 'X'", "words|wordcount == 2",
        "missing|default:'q' == 'q'", "e|default:s", "l|first == 1", "a|add:b == 3",
        "dct.k", "dct.k == a", "'a' == \"a\"", "1 == 1.0", "-1 < 0", "0 == False",
        "1 == True", "None == None", "t and f", "t or f", "not t",
    ]
    for expr in exprs:
        case(g, "{% if " + expr + " %}T{% else %}F{% endif %}", IF_CTX)
    g = "tag/if_structure"
    for src in [
        "{% if a %}only{% endif %}",
        "{% if z %}only{% endif %}",
        "{% if z %}1{% elif a %}2{% else %}3{% endif %}",
        "{% if z %}1{% elif e %}2{% else %}3{% endif %}",
        "{% if z %}1{% elif e %}2{% elif b %}3{% endif %}",
        "{% if z %}1{% elif e %}2{% elif n %}3{% endif %}",
        "{% if a %}{% if b %}ab{% else %}a{% endif %}{% endif %}",
        "{% if a %}\n  line\n{% endif %}",
        "{% if l %}{% for x in l %}{{ x }}{% endfor %}{% endif %}",
        "{%if a%}compact{%endif%}",
        "{% if a %}{{ s }}{% else %}{{ e }}{% endif %}",
    ]:
        case(g, src, IF_CTX)
    g = "tag/if_invalid"
    for src in [
        "{% if missing.attr == None %}T{% else %}F{% endif %}",
        "{% if missing|length == 0 %}T{% else %}F{% endif %}",
        "{% if not missing %}T{% else %}F{% endif %}",
        "{% if missing %}T{% else %}F{% endif %}",
        "{% if missing == '' %}T{% else %}F{% endif %}",
    ]:
        case(g, src, IF_CTX, string_if_invalid="INVALID")
        case(g, src, IF_CTX)
    case(g, "{% if a|add:missing %}T{% else %}F{% endif %}", IF_CTX)
    case(g, "{% if a|default:missing %}T{% else %}F{% endif %}", IF_CTX)


FOR_CTX = {
    "l": ["a", "b", "c"],
    "one": ["only"],
    "el": [],
    "nums": [3, 1, 2],
    "pairs": [Tup(1, "one"), Tup(2, "two"), ["x", "y"]],
    "triples": [[1, 2, 3], [4, 5, 6]],
    "d": {"k1": "v1", "k2": "v2"},
    "s": "héllo",
    "nested": [["a", "b"], ["c"], []],
    "objs": [Obj(name="n1", tags=["t1", "t2"]), Obj(name="n2", tags=[])],
    "t": Tup("x", "y"),
    "n": None,
    "i": 5,
    "bad_pairs": [Tup(1, 2, 3)],
}


def cases_for():
    g = "tag/for"
    for src in [
        "{% for x in l %}{{ x }}{% endfor %}",
        "{% for x in l %}{{ x }},{% endfor %}",
        "{% for x in l %}{{ forloop.counter }}{% endfor %}",
        "{% for x in l %}{{ forloop.counter0 }}{% endfor %}",
        "{% for x in l %}{{ forloop.revcounter }}{% endfor %}",
        "{% for x in l %}{{ forloop.revcounter0 }}{% endfor %}",
        "{% for x in l %}{{ forloop.first }}{% endfor %}",
        "{% for x in l %}{{ forloop.last }}{% endfor %}",
        "{% for x in l %}{% if not forloop.first %}, {% endif %}{{ x }}{% endfor %}",
        "{% for x in l %}{{ x }}{% if not forloop.last %}|{% endif %}{% endfor %}",
        "{% for x in one %}{{ forloop.first }}{{ forloop.last }}{{ forloop.revcounter }}{% endfor %}",
        "{% for x in l %}{{ x }}{% empty %}none{% endfor %}",
        "{% for x in el %}{{ x }}{% empty %}none{% endfor %}",
        "{% for x in missing %}{{ x }}{% empty %}none{% endfor %}",
        "{% for x in n %}{{ x }}{% empty %}none{% endfor %}",
        "{% for x in el %}{{ x }}{% endfor %}",
        "{% for x in l reversed %}{{ x }}{% endfor %}",
        "{% for x in l reversed %}{{ forloop.counter }}{{ x }}{% endfor %}",
        "{% for x in nums %}{{ x }}{% endfor %}",
        "{% for x in nums|dictsort:'0' %}{{ x }}{% endfor %}",
        "{% for a, b in pairs %}{{ a }}={{ b }};{% endfor %}",
        "{% for a,b in pairs %}{{ a }}={{ b }};{% endfor %}",
        "{% for a , b in pairs %}{{ a }}={{ b }};{% endfor %}",
        "{% for a, b, c in triples %}{{ a }}{{ b }}{{ c }};{% endfor %}",
        "{% for a, b in pairs reversed %}{{ a }};{% endfor %}",
        "{% for k, v in d.items %}{{ k }}:{{ v }};{% endfor %}",
        "{% for k in d %}{{ k }};{% endfor %}",
        "{% for k in d.keys %}{{ k }};{% endfor %}",
        "{% for v in d.values %}{{ v }};{% endfor %}",
        "{% for c in s %}[{{ c }}]{% endfor %}",
        "{% for c in 'abc' %}{{ c }}{% endfor %}",
        "{% for x in t %}{{ x }}{% endfor %}",
        "{% for row in nested %}<{% for x in row %}{{ x }}{% empty %}-{% endfor %}>{% endfor %}",
        "{% for row in nested %}{% for x in row %}{{ forloop.parentloop.counter }}.{{ forloop.counter }} {% endfor %}{% endfor %}",
        "{% for row in nested %}{% for x in row %}{{ forloop.parentloop.first }}{% endfor %}{% endfor %}",
        "{% for x in l %}{{ forloop.parentloop }}{% endfor %}",
        "{% for o in objs %}{{ o.name }}:{% for t in o.tags %}{{ t }}{% empty %}none{% endfor %};{% endfor %}",
        "{% for x in l %}{{ x }}{% endfor %}{{ x }}",
        "{% for l in l %}{{ l }}{% endfor %}{{ l|length }}",
        "{% for x in l %}{% for x in one %}{{ x }}{% endfor %}{{ x }}{% endfor %}",
        "{% for x in l|slice:':2' %}{{ x }}{% endfor %}",
        "{% for x in 'a,b'|make_list %}{{ x }}{% endfor %}",
        "{% for x in i %}{{ x }}{% endfor %}",
        "{% for a, b in l %}{{ a }}{{ b }}{% endfor %}",
        "{% for a, b in bad_pairs %}{{ a }}{{ b }}{% endfor %}",
        "{% for a, b in one %}{{ a }}-{{ b }}{% endfor %}",
        "{% for x in l %}{% with y=x|upper %}{{ y }}{% endwith %}{% endfor %}",
        "{% for x in l %}{{ forloop.counter|add:10 }}{% endfor %}",
        "{% for x in l %}{% if forloop.counter|divisibleby:2 %}even{% else %}odd{% endif %}{% endfor %}",
        "{% for x in l %}\n{{ x }}\n{% endfor %}",
        "{% for x in objs %}{{ x.name }}{% endfor %}",
        "{% for x in l %}{{ forloop }}{% endfor %}",
    ]:
        case(g, src, FOR_CTX)
    case(g, "{% for x in missing %}{{ x }}{% empty %}none{% endfor %}", FOR_CTX, string_if_invalid="INV")


def cases_simple_tags():
    ctx = {"a": "A", "b": "<B>", "e": "", "z": 0, "n": None, "l": [1, 2], "o": {"k": "v"}}
    g = "tag/with"
    for src in [
        "{% with x=a %}{{ x }}{% endwith %}",
        "{% with x=a y=b %}{{ x }}{{ y }}{% endwith %}",
        "{% with a as x %}{{ x }}{% endwith %}",
        "{% with o.k as x %}{{ x }}{% endwith %}",
        "{% with x=o.k|upper %}{{ x }}{% endwith %}",
        "{% with x='lit' %}{{ x }}{% endwith %}{{ x }}",
        "{% with x=a %}{% with x=b %}{{ x }}{% endwith %}{{ x }}{% endwith %}",
        "{% with x=l|length %}{{ x|add:1 }}{% endwith %}",
        "{% with x=missing %}[{{ x }}]{% endwith %}",
        "{% with x=1 y=2.5 %}{{ x }}{{ y }}{% endwith %}",
        "{% with a=b %}{{ a }}{% endwith %}{{ a }}",
    ]:
        case(g, src, ctx)
    g = "tag/firstof"
    for src in [
        "{% firstof a b %}",
        "{% firstof e z n a %}",
        "{% firstof e z n %}",
        "{% firstof missing b %}",
        "{% firstof e 'fallback' %}",
        "{% firstof e '<lit>' %}",
        "{% firstof b %}",
        "{% firstof b|safe %}",
        "{% firstof e b as x %}[{{ x }}]",
        "{% firstof e z as x %}[{{ x }}]",
        "{% firstof l a %}",
        "{% firstof o.k %}",
        "{% firstof e|default:'d' %}",
    ]:
        case(g, src, ctx)
    g = "tag/cycle"
    for src in [
        "{% for x in l %}{% cycle 'odd' 'even' %}{% endfor %}",
        "{% for x in 'abcde' %}{% cycle 'r1' 'r2' 'r3' %}{% endfor %}",
        "{% for x in 'abc' %}{% cycle a b %}{% endfor %}",
        "{% for x in 'abc' %}{% cycle 'x' 'y' as c %}[{{ c }}]{% endfor %}",
        "{% for x in 'abc' %}{% cycle 'x' 'y' as c silent %}[{{ c }}]{% endfor %}",
        "{% cycle 'a' 'b' 'c' as c %}{% cycle c %}{% cycle c %}{% cycle c %}",
        "{% cycle 'a' 'b' as c silent %}{% cycle c %}{{ c }}",
        "{% cycle 'a' 'b' as c %}{{ c }}{% cycle c %}{{ c }}",
        "{% for x in 'ab' %}{% cycle 'x' 'y' as c silent %}{% endfor %}{{ c }}",
        "{% cycle 'p' 'q' %}{% cycle 'p' 'q' %}",
        "{% for x in 'abcd' %}{% cycle '1' '2' %}{% cycle '3' '4' '5' %},{% endfor %}",
        "{% for row in 'ab' %}{% for x in 'abc' %}{% cycle 'x' 'y' %}{% endfor %};{% endfor %}",
        "{% cycle a %}{% cycle a %}",
        "{% cycle missing 'b' %}",
        "{% cycle 'a' 'b' as c silent %}{% for x in 'abc' %}{% cycle c %}{{ c }}{% endfor %}",
        "{% for x in 'abc' %}{% cycle 'a' 'b' as c %}{% endfor %}",
        "{% cycle 'a'|upper 'b' %}",
        "{% cycle 'a,b' %}{% cycle 'a,b' %}",
    ]:
        case(g, src, ctx)
    g = "tag/resetcycle"
    for src in [
        "{% for x in 'abc' %}{% cycle '1' '2' %}{% endfor %}{% resetcycle %}{% for x in 'ab' %}{% cycle '1' '2' %}{% endfor %}",
        "{% for r in 'ab' %}{% for x in 'abc' %}{% cycle 'x' 'y' %}{% endfor %}{% resetcycle %};{% endfor %}",
        "{% for x in 'abcd' %}{% cycle 'a' 'b' 'c' as c silent %}{% cycle 'p' 'q' as d silent %}{{ c }}{{ d }}{% if forloop.counter == 2 %}{% resetcycle c %}{% endif %};{% endfor %}",
        "{% resetcycle %}x",
        "{% resetcycle nope %}",
        "{% cycle 'a' 'b' as c %}{% resetcycle c %}{% cycle c %}",
    ]:
        case(g, src, ctx)
    g = "tag/ifchanged"
    ictx = {
        "nums": [1, 1, 2, 2, 2, 3, 1],
        "people": [
            {"g": "f", "n": "Ann"},
            {"g": "f", "n": "Bea"},
            {"g": "m", "n": "Cy"},
            {"g": "m", "n": "Dan"},
        ],
        "grid": [[1, 1, 2], [2, 2, 3]],
    }
    for src in [
        "{% for n in nums %}{% ifchanged %}{{ n }}{% endifchanged %}{% endfor %}",
        "{% for n in nums %}{% ifchanged n %}[{{ n }}]{% endifchanged %}{% endfor %}",
        "{% for n in nums %}{% ifchanged n %}{{ n }}{% else %}-{% endifchanged %}{% endfor %}",
        "{% for n in nums %}{% ifchanged %}{{ n }}{% else %}-{% endifchanged %}{% endfor %}",
        "{% for p in people %}{% ifchanged p.g %}<{{ p.g }}>{% endifchanged %}{{ p.n }} {% endfor %}",
        "{% for p in people %}{% ifchanged p.g p.n %}!{% endifchanged %}{% endfor %}",
        "{% for p in people %}{% ifchanged %}{{ p.g }}{% endifchanged %}{% ifchanged %}{{ p.n|first }}{% endifchanged %}{% endfor %}",
        "{% for row in grid %}{% for n in row %}{% ifchanged %}{{ n }}{% endifchanged %}{% endfor %};{% endfor %}",
        "{% for row in grid %}{% for n in row %}{% ifchanged row n %}{{ n }}{% endifchanged %}{% endfor %};{% endfor %}",
        "{% ifchanged %}outside{% endifchanged %}",
        "{% for n in nums %}{% ifchanged n|divisibleby:2 %}{{ n }}{% endifchanged %}{% endfor %}",
        "{% for n in nums %}{% ifchanged %}a{% endifchanged %}{% endfor %}",
    ]:
        case(g, src, ictx)
    g = "tag/comment"
    for src in [
        "a{# comment #}b",
        "a{# {{ x }} {% if %} #}b",
        "a{#no-space#}b",
        "a{# multi\nline #}b",
        "a{% comment %}hidden {{ x }} {% if %}{% endcomment %}b",
        "a{% comment 'note' %}hidden{% endcomment %}b",
        "a{% comment %}\n{% for %}\n{% endcomment %}b",
        "a{% comment %}{% comment %}{% endcomment %}b",
        "{# unclosed",
        "a{#}b",
        "a{##}b",
        "x {# #} y",
    ]:
        case(g, src, ctx)
    g = "tag/spaceless"
    for src in [
        "{% spaceless %}<p>\n  <a href=\"x\">y</a>\n</p>{% endspaceless %}",
        "{% spaceless %}  <b> x </b>  <i> y </i>  {% endspaceless %}",
        "{% spaceless %}<p> text  only </p>\n\n<p>two</p>{% endspaceless %}",
        "{% spaceless %}a  <b>\n</b>  c{% endspaceless %}",
        "{% spaceless %}<b>{{ a }}</b>\t\r\n<i>{{ b }}</i>{% endspaceless %}",
        "{% spaceless %}\n   {% endspaceless %}",
        "{% spaceless %}<p>\n{% spaceless %}<a> </a>{% endspaceless %}\n</p>{% endspaceless %}",
        "{% spaceless %}<a>\xa0</a>{% endspaceless %}",
    ]:
        case(g, src, ctx)
    g = "tag/templatetag"
    for arg in [
        "openblock", "closeblock", "openvariable", "closevariable",
        "openbrace", "closebrace", "opencomment", "closecomment",
    ]:
        case(g, "{% templatetag " + arg + " %}", ctx)
    case(g, "{% templatetag openblock %} if x {% templatetag closeblock %}", ctx)
    case(g, "{% templatetag openvariable %}{% templatetag openbrace %}", ctx)
    g = "tag/verbatim"
    for src in [
        "{% verbatim %}{{ a }}{% if x %}{% endverbatim %}",
        "{% verbatim %}{% endif %}{# c #}{% endverbatim %}{{ a }}",
        "{% verbatim myblock %}{% verbatim %}{% endverbatim %}{% endverbatim myblock %}",
        "{% verbatim x %}{{ a }}{% endverbatim %}still{% endverbatim x %}",
        "{% verbatim %}<b>{{ b }}</b>{% endverbatim %}",
        "{% verbatim %}{% endverbatim %}",
        "{% verbatim %}\n  {{ a }}\n{% endverbatim %}",
        "{% for x in l %}{% verbatim %}{{ x }}{% endverbatim %}{{ x }}{% endfor %}",
    ]:
        case(g, src, ctx)
    g = "tag/debug"
    case(g, "{% debug %}", ctx)
    case(g, "[{% debug %}]", {})


def cases_more_tags():
    g = "tag/widthratio"
    wctx = {
        "v": 175, "m": 200, "z": 0, "f": F(2.5), "dec": Dec("7.5"), "s": "50", "bad": "abc",
        "n": None, "neg": -10, "big": 10**12,
    }
    for src in [
        "{% widthratio v m 100 %}",
        "{% widthratio 175 200 100 %}",
        "{% widthratio 50 100 100 %}",
        "{% widthratio 1 3 100 %}",
        "{% widthratio 2 3 100 %}",
        "{% widthratio 1 8 100 %}",
        "{% widthratio 5 8 1 %}",
        "{% widthratio 3 8 1 %}",
        "{% widthratio 1 2 1 %}",
        "{% widthratio 3 2 1 %}",
        "{% widthratio 5 2 1 %}",
        "{% widthratio f 10 100 %}",
        "{% widthratio dec 10 100 %}",
        "{% widthratio s 100 10 %}",
        "{% widthratio '50' '100' '10' %}",
        "{% widthratio 0 100 100 %}",
        "{% widthratio v z 100 %}",
        "{% widthratio z z 100 %}",
        "{% widthratio bad 100 100 %}",
        "{% widthratio v bad 100 %}",
        "{% widthratio v m bad %}",
        "{% widthratio n 100 100 %}",
        "{% widthratio missing 100 100 %}",
        "{% widthratio neg 100 100 %}",
        "{% widthratio big 3 1 %}",
        "{% widthratio v m 100 as w %}[{{ w }}]",
        "{% widthratio v m 100 as w %}{{ w|add:1 }}",
        "{% widthratio 1.5 3 100 %}",
        "{% widthratio 10 3 1.5 %}",
        "{% widthratio v m 0 %}",
    ]:
        case(g, src, wctx)
    g = "tag/filter"
    for src in [
        "{% filter upper %}Hello {{ v }}{% endfilter %}",
        "{% filter lower|capfirst %}HELLO WORLD{% endfilter %}",
        "{% filter force_escape %}<b>{% endfilter %}",
        "{% filter escape %}<b>{% endfilter %}",
        "{% filter cut:' ' %}a b c{% endfilter %}",
        "{% filter truncatewords:2 %}one two three{% endfilter %}",
        "{% filter linebreaksbr %}a\nb{% endfilter %}",
        "{% filter default:'empty' %}{% endfilter %}",
        "{% filter upper %}{% filter cut:'A' %}banana{% endfilter %}{% endfilter %}",
        "{% filter slugify %}Hello, World!{% endfilter %}",
        "{% filter add:v %}1{% endfilter %}",
        "{% filter length %}abcd{% endfilter %}",
        "{% filter wordcount %}{% for x in 'abc' %}{{ x }} {% endfor %}{% endfilter %}",
    ]:
        case(g, src, {"v": "<i>"})

    g = "tag/regroup"
    people = [
        {"first": "George", "last": "Bush", "gender": "Male"},
        {"first": "Bill", "last": "Clinton", "gender": "Male"},
        {"first": "Margaret", "last": "Thatcher", "gender": "Female"},
        {"first": "Condoleezza", "last": "Rice", "gender": "Female"},
        {"first": "Pat", "last": "Smith", "gender": "Unknown"},
        {"first": "Al", "last": "Gore", "gender": "Male"},
    ]
    cities = [
        Obj(name="Mumbai", country=Obj(name="India", code="IN"), population=19000000),
        Obj(name="Calcutta", country=Obj(name="India", code="IN"), population=15000000),
        Obj(name="New York", country=Obj(name="USA", code="US"), population=20000000),
        Obj(name="Chicago", country=Obj(name="USA", code="US"), population=7000000),
        Obj(name="Tokyo", country=Obj(name="Japan", code="JP"), population=33000000),
    ]
    rctx = {"people": people, "cities": cities, "empty": [], "pairs": [Tup("a", 1), Tup("a", 2), Tup("b", 3)]}
    for src in [
        "{% regroup people by gender as g %}{% for grp in g %}{{ grp.grouper }}:{% for p in grp.list %}{{ p.first }},{% endfor %};{% endfor %}",
        "{% regroup people by gender as g %}{% for gender, items in g %}{{ gender }}={{ items|length }};{% endfor %}",
        "{% regroup people|dictsort:'gender' by gender as g %}{% for grp in g %}{{ grp.grouper }}:{{ grp.list|length }};{% endfor %}",
        "{% regroup cities by country.name as c %}{% for grp in c %}{{ grp.grouper }}:{% for x in grp.list %}{{ x.name }}|{% endfor %};{% endfor %}",
        "{% regroup cities by country.code as c %}{{ c|length }}{% for grp in c %}{{ grp.grouper|lower }}{% endfor %}",
        "{% regroup cities by country as c %}{% for grp in c %}{{ grp.grouper.code }}{% endfor %}",
        "{% regroup empty by x as g %}[{% for grp in g %}{{ grp }}{% endfor %}]{{ g|length }}",
        "{% regroup missing by x as g %}[{% for grp in g %}x{% endfor %}]{{ g }}",
        "{% regroup people by missing_key as g %}{% for grp in g %}[{{ grp.grouper }}:{{ grp.list|length }}]{% endfor %}",
        "{% regroup people by first|first as g %}{% for grp in g %}{{ grp.grouper }}{{ grp.list|length }} {% endfor %}",
        "{% regroup pairs by 0 as g %}{% for grp in g %}{{ grp.grouper }}:{% for p in grp.list %}{{ p.1 }}{% endfor %};{% endfor %}",
        "{% regroup people by gender as g %}{{ g.0.grouper }}/{{ g.1.grouper }}/{{ g.0.list.1.last }}",
        "{% regroup people by gender as g %}{% for grp in g %}{{ grp.0 }}{% endfor %}",
    ]:
        case(g, src, rctx)

    g = "tag/now"
    for ch in "aAbcdDeEfFgGhHiIjlLmMnNoOPrsStTuUwWyYzZ":
        case(g, '{% now "' + ch + '" %}', {})
    for fmt in [
        "jS F Y H:i",
        "Y-m-d H:i:s.u",
        "\\Y\\e\\a\\r: Y",
        "\\\\Y",
        "DATE_FORMAT",
        "SHORT_DATE_FORMAT",
        "DATETIME_FORMAT",
        "SHORT_DATETIME_FORMAT",
        "TIME_FORMAT",
        "YEAR_MONTH_FORMAT",
        "MONTH_DAY_FORMAT",
        "",
        "not a format: %s",
    ]:
        case(g, '{% now "' + fmt + '" %}', {})
    case(g, "{% now 'Y' %}", {})
    case(g, '{% now "Y" as year %}[{{ year }}]{{ year|add:1 }}', {})
    case(g, '{% now "c" as t %}{{ t|slice:":4" }}', {})

    g = "tag/lorem"
    for src in [
        "{% lorem %}",
        "{% lorem 3 w %}",
        "{% lorem 1 w %}",
        "{% lorem 19 w %}",
        "{% lorem 0 w %}",
        "{% lorem 1 p %}",
        "{% lorem 1 b %}",
        "{% lorem 0 p %}",
        "{% lorem n w %}",
    ]:
        case(g, src, {"n": 4})

    g = "tag/csrf_token"
    case(g, "{% csrf_token %}", {})
    case(g, "{% csrf_token %}", {"csrf_token": "abc123"})
    case(g, "{% csrf_token %}", {"csrf_token": "<&\">"})
    case(g, "{% csrf_token %}", {"csrf_token": "NOTPROVIDED"})
    case(g, "{% csrf_token %}", {"csrf_token": ""})
    case(g, "{% csrf_token %}", {"csrf_token": "abc123"}, autoescape=False)

    g = "tag/load"
    for src in [
        "{% load static %}{% static 'css/site.css' %}",
        "{% load static %}{% static 'a b/ü?.png' %}",
        "{% load static %}{% static p %}",
        "{% load static %}{% static 'img.png' as u %}[{{ u }}]",
        "{% load static %}{% get_static_prefix %}",
        "{% load static %}{% get_static_prefix as p %}{{ p }}x",
        "{% load static %}{% get_media_prefix %}",
        "{% load static %}{% static '/abs/x.js' %}",
        "{% load static %}{% static 'x.js?v=1#frag' %}",
        "{% load static %}{% static '<x>.js' %}",
        "{% load get_static_prefix from static %}{% get_static_prefix %}",
        "{% load static %}{% load static %}{% static 'x' %}",
        "{% static 'x.css' %}",
        "{% load get_static_prefix from static %}{% static 'x' %}",
    ]:
        case(g, src, {"p": "js/app.js"})


def cases_include():
    g = "tag/include"
    inc = {
        "inc.html": "[{{ a }}|{{ b }}]",
        "loop.html": "{% for x in items %}{{ x }}{% endfor %}",
        "nested.html": "<{% include 'inc.html' %}>",
        "cyc.html": "{% cycle 'x' 'y' %}",
        "bad.html": "{% if %}",
        "rec.html": "{{ n }}{% if n %}{% include 'rec.html' with n=n|add:-1 %}{% endif %}",
        "uses_missing.html": "{% include 'nowhere.html' %}",
        "escape.html": "{{ h }}",
        "block.html": "{% block b %}inc-block{% endblock %}",
    }
    ctx = {"a": "A", "b": "B", "items": [1, 2], "name": "inc.html", "names": ["nope.html", "inc.html"], "h": "<&>", "n": 3}
    for src in [
        "{% include 'inc.html' %}",
        '{% include "inc.html" %}',
        "{% include 'inc.html' with a='X' %}",
        "{% include 'inc.html' with a='X' b=a %}",
        "{% include 'inc.html' only %}",
        "{% include 'inc.html' with a='X' only %}",
        "{% include 'inc.html' only with a='X' %}",
        "{% include name %}",
        "{% include names %}",
        "{% include 'nested.html' %}",
        "{% for a in items %}{% include 'inc.html' %}{% endfor %}",
        "{% include 'loop.html' with items='xyz' %}",
        "{% include 'cyc.html' %}{% include 'cyc.html' %}",
        "{% for i in items %}{% include 'cyc.html' %}{% endfor %}",
        "{% include 'rec.html' %}",
        "{% include 'escape.html' %}",
        "{% include 'block.html' %}",
        "{% with a='W' %}{% include 'inc.html' %}{% endwith %}",
        "{% include 'inc.html' %}{{ a }}",
        "{% include 'missing.html' %}",
        "{% include missing_var %}",
        "{% include 'bad.html' %}",
        "{% include 'uses_missing.html' %}",
        "{% if False %}{% include 'missing.html' %}{% endif %}ok",
    ]:
        case(g, src, ctx, templates=inc)


def cases_extends():
    g = "tag/extends"
    t1 = {"base.html": "<{% block title %}Base title{% endblock %}|{% block body %}base body{% endblock %}>"}
    for src in [
        "{% extends 'base.html' %}",
        "{% extends 'base.html' %}{% block title %}Child{% endblock %}",
        "{% extends 'base.html' %}{% block title %}Child+{{ block.super }}{% endblock %}",
        "{% extends 'base.html' %}{% block body %}{{ block.super }}{{ block.super }}{% endblock %}",
        "{% extends 'base.html' %}outside{% block title %}T{% endblock %}ignored {{ a }}",
        "{% extends 'base.html' %}{% block title %}T{% endblock title %}",
        "{% extends 'base.html' %}{% block nonexistent %}X{% endblock %}",
        "{% extends 'base.html' %}{% block title %}{{ a }}{% endblock %}",
        "{% extends \"base.html\" %}{% block body %}{% block inner %}new{% endblock %}{% endblock %}",
        "{# comment first #}{% extends 'base.html' %}{% block title %}C{% endblock %}",
        "\n{% extends 'base.html' %}{% block title %}C{% endblock %}",
        "{% load static %}{% extends 'base.html' %}{% block title %}{% static 'x' %}{% endblock %}",
        "{% extends parent %}{% block title %}VarParent{% endblock %}",
        "{% extends 'base.html' %}{% block body %}{{ block }}{% endblock %}",
        "{% extends 'base.html' %}{% block title %}{{ block.super|upper }}{% endblock %}",
    ]:
        case(g, src, {"a": "<A>", "parent": "base.html"}, templates=t1)

    g = "tag/extends_depth"
    chain = {
        "l1.html": "L1[{% block a %}a1{% endblock %}|{% block b %}b1{% endblock %}|{% block c %}c1{% endblock %}]",
        "l2.html": "{% extends 'l1.html' %}{% block a %}a2+{{ block.super }}{% endblock %}{% block c %}c2{% endblock %}",
        "l3.html": "{% extends 'l2.html' %}{% block a %}a3+{{ block.super }}{% endblock %}{% block b %}b3+{{ block.super }}{% endblock %}",
        "l4.html": "{% extends 'l3.html' %}{% block a %}a4+{{ block.super }}{% endblock %}{% block c %}c4+{{ block.super }}{% endblock %}",
    }
    for src in [
        "{% extends 'l1.html' %}",
        "{% extends 'l1.html' %}{% block b %}B:{{ block.super }}{% endblock %}",
        "{% extends 'l2.html' %}",
        "{% extends 'l2.html' %}{% block c %}C:{{ block.super }}{% endblock %}",
        "{% extends 'l3.html' %}",
        "{% extends 'l3.html' %}{% block a %}A:{{ block.super }}{% endblock %}",
        "{% extends 'l4.html' %}",
        "{% extends 'l4.html' %}{% block a %}A:{{ block.super }}{% endblock %}{% block b %}B:{{ block.super }}{% endblock %}{% block c %}C:{{ block.super }}{% endblock %}",
        "{% extends 'l4.html' %}{% block b %}only-b{% endblock %}",
    ]:
        case(g, src, {}, templates=chain)

    g = "tag/extends_nested"
    base = {
        "base.html": (
            "{% for x in items %}{% block row %}[{{ x }}]{% endblock %}{% endfor %}"
            "{% if show %}{% block cond %}shown{% endblock %}{% endif %}"
            "{% block outer %}O({% block inner %}i{% endblock %}){% endblock %}"
            "{% block withinc %}{% include 'part.html' %}{% endblock %}"
        ),
        "part.html": "part:{{ x|default:'none' }}",
        "mid.html": "{% extends 'base.html' %}{% block inner %}mid-i{% endblock %}",
    }
    ctx = {"items": [1, 2], "show": True}
    for src in [
        "{% extends 'base.html' %}",
        "{% extends 'base.html' %}{% block row %}<{{ x }}>{% endblock %}",
        "{% extends 'base.html' %}{% block row %}{{ block.super }}{{ forloop.counter }}{% endblock %}",
        "{% extends 'base.html' %}{% block cond %}child-{{ block.super }}{% endblock %}",
        "{% extends 'base.html' %}{% block inner %}child-i{% endblock %}",
        "{% extends 'base.html' %}{% block outer %}X{{ block.super }}{% endblock %}{% block inner %}Y{% endblock %}",
        "{% extends 'base.html' %}{% block withinc %}{% include 'part.html' with x='w' %}+{{ block.super }}{% endblock %}",
        "{% extends 'mid.html' %}",
        "{% extends 'mid.html' %}{% block inner %}top-{{ block.super }}{% endblock %}",
        "{% extends 'base.html' %}{% block outer %}{% block inner %}redefined{% endblock %}{% endblock %}",
    ]:
        case(g, src, ctx, templates=base)
        if src == "{% extends 'base.html' %}{% block cond %}child-{{ block.super }}{% endblock %}":
            case(g, src, {"items": [], "show": False}, templates=base)

    g = "tag/block"
    for src in [
        "{% block a %}standalone{% endblock %}",
        "{% block a %}x{% endblock a %}",
        "{% block a %}{% block b %}nested{% endblock %}{% endblock %}",
        "{% block a %}{{ block.super }}{% endblock %}",
        "{% for i in 'ab' %}{% block a %}{{ i }}{% endblock %}{% endfor %}",
    ]:
        case(g, src, {})

    g = "tag/extends_errors"
    case(g, "{% extends 'nope.html' %}", {}, templates=t1)
    case(g, "{% extends missing %}", {}, templates=t1)
    case(g, "{% extends 'main' %}", {}, templates=t1)
    case(g, "{% extends 'loop_a.html' %}", {}, templates={"loop_a.html": "{% extends 'loop_b.html' %}", "loop_b.html": "{% extends 'loop_a.html' %}"})
    case(g, "{% extends 'badbase.html' %}", {}, templates={"badbase.html": "{% block x %}"})
    case(g, "{% extends 'base.html' %}{% block title %}{% endblock %}{% block title %}{% endblock %}", {}, templates=t1)
    case(g, "x{% extends 'base.html' %}", {}, templates=t1)
    case(g, "{% if 1 %}{% extends 'base.html' %}{% endif %}", {}, templates=t1)
    case(g, "{% extends 'base.html' %}{% extends 'base.html' %}", {}, templates=t1)
    case(g, "{% extends %}", {}, templates=t1)
    case(g, "{% extends 'base.html' 'other' %}", {}, templates=t1)
    case(g, "{% extends n %}", {"n": 5}, templates=t1)


def cases_url():
    g = "tag/url"
    ctx = {"pid": 42, "year": 2024, "slug": "hello-world", "name": "product-detail", "uname": "ünï côde", "path": "a/b c/d.txt"}
    for src in [
        "{% url 'home' %}",
        '{% url "home" %}',
        "{% url 'product-detail' 7 %}",
        "{% url 'product-detail' pid %}",
        "{% url 'product-detail' id=pid %}",
        "{% url 'product-detail' '0042' %}",
        "{% url name pid %}",
        "{% url 'article' 2024 'my-slug' %}",
        "{% url 'article' year=year slug=slug %}",
        "{% url 'article' slug=slug year=year %}",
        "{% url 'archive' 1999 %}",
        "{% url 'archive' year='2001' %}",
        "{% url 'search' %}?q=x&amp;y=1",
        "{% url 'user' uname %}",
        "{% url 'user' 'a/b' %}",
        "{% url 'files' path %}",
        "{% url 'blog:post' 5 %}",
        "{% url 'blog:post' pk=6 %}",
        "{% url 'blog:index' %}",
        "{% url 'home' as u %}[{{ u }}]",
        "{% url 'product-detail' pid as u %}{{ u|upper }}",
        "{% url 'nope' as u %}[{{ u }}]",
        "{% url 'product-detail' 'abc' as u %}[{{ u }}]",
        "{% url 'product-detail' pid|add:1 %}",
        "{% url 'user' '<x>' %}",
        "{% url 'nope' %}",
        "{% url 'product-detail' %}",
        "{% url 'product-detail' 'abc' %}",
        "{% url 'article' 2024 slug='x' %}",
        "{% url 'archive' 99 %}",
        "{% url 'blog:nope' %}",
        "{% url 'post' 5 %}",
        "{% url 'nons:home' %}",
        "{% url missing_var %}",
        "{% url %}",
    ]:
        case(g, src, ctx)
    case(g, "{% url 'user' uname %}", ctx, autoescape=False)


def cases_querystring():
    g = "tag/querystring"
    base = {"request": Req("a=1&b=2&b=3")}
    for src in [
        "{% querystring %}",
        "{% querystring a=5 %}",
        "{% querystring a='x y' %}",
        "{% querystring c=1 %}",
        "{% querystring b=4 %}",
        "{% querystring b=None %}",
        "{% querystring a=None b=None %}",
        "{% querystring zz=None %}",
        "{% querystring b=lst %}",
        "{% querystring b=empty %}",
        "{% querystring a=num %}",
        "{% querystring a=flag %}",
        "{% querystring a=uni %}",
        "{% querystring a='&=?#' %}",
        "{% querystring a=missing %}",
        "{% querystring a=1 a=2 %}",
        "{% querystring page=n|add:1 %}",
        "{% querystring as qs %}[{{ qs }}]",
        "{% querystring c=1 as qs %}{{ qs }}",
        "<a href=\"{% querystring a='<x>' %}\">",
        "{% querystring request.GET c=3 %}",
        "{% querystring other.GET c=3 %}",
        "{% querystring other.GET %}",
        "{% querystring other.GET x=None y=None %}",
        "{% querystring qs_dict %}",
        "{% querystring a=tup %}",
    ]:
        ctx = dict(base)
        ctx.update(
            {
                "lst": ["x", "y z"],
                "empty": [],
                "num": 10,
                "flag": True,
                "uni": "ü€",
                "n": 1,
                "other": Req("x=9&y=8"),
                "qs_dict": {"k": "v"},
                "tup": Tup("p", "q"),
            }
        )
        case(g, src, ctx)
    for q in ["", "a=", "a", "x=%20y&x=%2B", "a=1&a=1&a=1", "%E2%82%AC=%E2%82%AC", "a+b=c+d", "semi=1;2"]:
        case(g, "{% querystring %}", {"request": Req(q)})
        case(g, "{% querystring new=1 %}", {"request": Req(q)})
    case(g, "{% querystring %}", {})
    case(g, "{% querystring a=1 %}", {"request": Req("a=1")}, autoescape=False)
    case(g, "{% for p in '12' %}{% querystring page=p %} {% endfor %}", {"request": Req("page=9&q=x")})


def filter_cases(item, source, values, autoescape=True, extra=None):
    """One case per value: ``source`` uses the variable ``v``."""
    for v in values:
        ctx = {"v": v}
        if extra:
            ctx.update(extra)
        case("filter/" + item, source, ctx, autoescape=autoescape)


def cases_floatformat():
    values = [
        F(34.23234), F(34.0), F(34.26), F(0.0), F(-0.0), F(-0.4), F(-0.5), F(0.5), F(1.5),
        F(2.5), F(1234567.891), F(1e-10), F(1e20), F(-1e-5), F(float("nan")),
        F(float("inf")), F(float("-inf")), Dec("1.50"), Dec("-0.0001"), Dec("1E+5"),
        Dec("12345.6789"), Dec("0.005"), Dec("NaN"), "12.3456", "abc", "", None, 7, -7,
        1000000, True, F(9.9999), Dec("99999999999999999999.999"),
    ]
    args = [None, "1", "2", "3", "-1", "-2", "-3", "0", "'g'", "'u'", "'2g'", "'-3u'", "'-2gu'"]
    # Full grid on a core subset, then each value with a few args.
    core = {0, 4, 10, 17, 23, 27}
    for i, v in enumerate(values):
        use_args = args if i in core else [None, "-2"] if i % 2 else [None, "3"]
        for a in use_args:
            src = "{{ v|floatformat }}" if a is None else "{{ v|floatformat:" + a + " }}"
            case("filter/floatformat", src, {"v": v})
    for src in [
        "{{ v|floatformat:'abc' }}",
        "{{ v|floatformat:'' }}",
        "{{ v|floatformat:'1.5' }}",
        "{{ v|floatformat:'g2' }}",
        "{{ v|floatformat:'-0' }}",
        "{{ v|floatformat:'3ug' }}",
        "{{ v|floatformat:n }}",
        "{{ v|floatformat:100 }}",
    ]:
        case("filter/floatformat", src, {"v": F(1234.5678), "n": 2})
    for v in [1000000, F(-1234567.891), Dec("-12345.6789"), "1234567.5", F(999.5)]:
        case("filter/floatformat", "{{ v|floatformat:'g' }}", {"v": v})
        case("filter/floatformat", "{{ v|floatformat:'-2g' }}", {"v": v})


def cases_number_filters():
    filter_cases(
        "filesizeformat",
        "{{ v|filesizeformat }}",
        [0, 1, 2, 1023, 1024, 1025, 1536, 10240, 1048575, 1048576, 1073741824,
         1099511627776, 1125899906842624, 1152921504606846976, -1, -1024, -1048576,
         F(1.5), F(1023.9), F(1e30), Dec("2048.5"), "2048", "abc", "", None, True,
         F(float("nan")), F(float("inf")), [1]],
    )
    g = "filter/pluralize"
    for v in [0, 1, 2, -1, F(1.0), F(1.5), "1", "2", "abc", [], [1], [1, 2], None, Dec("1"), True]:
        case(g, "vote{{ v|pluralize }}", {"v": v})
    for src in [
        "class{{ n|pluralize:'es' }}",
        "cand{{ n|pluralize:'y,ies' }}",
        "{{ n|pluralize:'is,are' }}",
        "{{ n|pluralize:'a,b,c' }}",
        "{{ n|pluralize:',' }}",
        "{{ n|pluralize:'' }}",
        "{{ n|pluralize:'<s>' }}",
    ]:
        for n in [0, 1, 2]:
            case(g, src, {"n": n})
    g = "filter/divisibleby"
    for src, ctx in [
        ("{{ 4|divisibleby:2 }}", {}),
        ("{{ 5|divisibleby:2 }}", {}),
        ("{{ 0|divisibleby:3 }}", {}),
        ("{{ v|divisibleby:'3' }}", {"v": "9"}),
        ("{{ v|divisibleby:2 }}", {"v": F(4.0)}),
        ("{{ v|divisibleby:0 }}", {"v": 4}),
        ("{{ v|divisibleby:2 }}", {"v": "abc"}),
        ("{{ v|divisibleby:2 }}", {"v": -4}),
        ("{{ v|divisibleby:2 }}", {"v": None}),
    ]:
        case(g, src, ctx)
    g = "filter/get_digit"
    for v, a in [(123456789, 1), (123456789, 2), (123456789, 9), (123456789, 10), (123, 0),
                 (123, -1), ("123", 1), ("abc", 1), (-123, 1), (F(12.5), 1), (123, "'x'")]:
        case(g, "{{ v|get_digit:%s }}" % a, {"v": v})
    g = "filter/add"
    for v, a in [
        (1, "2"), (1, "-5"), ("1", "'2'"), ("a", "'b'"), ("a", "1"), (1, "'a'"), ([1, 2], "l2"),
        (Tup(1), "t2"), ([1], "t2"), (F(1.5), "1"), (Dec("1.5"), "1"), ("3", "'4.5'"),
        (None, "1"), (True, "1"), ("", "''"), ("-3", "'-4'"), ("x", "l2"), (Date("2024-01-01"), "1"),
        ("abc", "n"), ("5", "n"),
    ]:
        case(g, "{{ v|add:%s }}" % a, {"v": v, "l2": [3, 4], "t2": Tup(5), "n": None})
    g = "filter/default"
    for v in ["x", "", 0, F(0.0), None, False, [], {}, "0", " ", Safe(""), Dec("0")]:
        case(g, "{{ v|default:'DEF' }}", {"v": v})
    case(g, "{{ missing|default:'DEF' }}", {})
    case(g, "{{ v|default:w }}", {"v": "", "w": "<w>"})
    case(g, "{{ v|default:w|upper }}", {"v": 0, "w": "w"})
    g = "filter/default_if_none"
    for v in ["x", "", 0, None, False, []]:
        case(g, "{{ v|default_if_none:'DEF' }}", {"v": v})
    case(g, "{{ missing|default_if_none:'DEF' }}", {})
    case(g, "{{ v|default_if_none:'<d>' }}", {"v": None})


def cases_string_filters():
    filter_cases("upper", "{{ v|upper }}", ["abc", "straße", "ǆ ﬁ", "ÀÉ", 12, None, ["a"], Safe("<b>x</b>")])
    filter_cases("lower", "{{ v|lower }}", ["ABC", "İSTANBUL", "ΣΑΣ", "ǅ", 12, None, Safe("<B>X</B>")])
    filter_cases("title", "{{ v|title }}", [
        "hello world", "they're bill's friends", "o'neil's 1st", "HELLO wORLD", "a-b c_d",
        "123abc def", "éclair über", "x'y", "", None, "don't stop'n",
    ])
    filter_cases("capfirst", "{{ v|capfirst }}", ["hello", "Hello", "", "élan", "1abc", " x", None, 5, "ǆemal"])
    filter_cases("cut", "{{ v|cut:' ' }}", ["a b c", "nospace", "  ", "", 123, None])
    case("filter/cut", "{{ v|cut:'ab' }}", {"v": "aabbab"})
    case("filter/cut", "{{ v|cut:'' }}", {"v": "abc"})
    case("filter/cut", "{{ v|cut:1 }}", {"v": 1213})
    filter_cases("addslashes", "{{ v|addslashes }}", [
        "it's", 'say "hi"', "back\\slash", "", "none", "'\"\\", None,
    ])
    filter_cases("escapejs", "{{ v|escapejs }}", [
        "plain", "</script>", "'\"\\", "a\nb\r\tc", "\u2028\u2029", "x=1;y-2`", "\x00\x1f\x7f", "ü€",
        5, None,
    ])
    filter_cases("escape", "{{ v|escape }}", ["<>&'\"", "plain", 5, None, "&amp;"])
    filter_cases("force_escape", "{{ v|force_escape }}", ["<>&'\"", 5, None, "&amp;", Safe("&lt;")])
    filter_cases("safe", "{{ v|safe }}", ["<b>", 5, None, ["<a>"]])
    filter_cases("safeseq", "{{ v|safeseq }}", [["<a>", "b"], "<ab>", Tup("<x>")])
    filter_cases("escapeseq", "{{ v|escapeseq }}", [["<a>", "b"], "<ab>", [1, None]])
    filter_cases("escapeseq", "{{ v|escapeseq|join:' ' }}", [["<a>", "&", Safe("&amp;")]], autoescape=False)
    filter_cases("iriencode", "{{ v|iriencode }}", [
        "http://example.com/ü?q=a b&c=d#f", "/path with space/ñ", "%20already", "?x=<y>", "", 5,
    ])
    filter_cases("urlencode", "{{ v|urlencode }}", [
        "http://example.com/a b?c=d&e=f", "ü€", "/path/", "a+b", "~-_.!*'()", "", 5, None,
    ])
    for a in ["''", "'/'", "':/?'", "'&'", "'ü'"]:
        case("filter/urlencode", "{{ v|urlencode:%s }}" % a, {"v": "http://ex.com/a b?c=d&e=ü"})
    filter_cases("slugify", "{{ v|slugify }}", [
        "Hello World!", "  leading and trailing  ", "Ünïcödé Straße", "a--b__c", "Ça va? Oui.",
        "日本語", "x & y", "--dash--", "one_two", "ẞ Œ æ", "", 123, None, "a\tb\nc", "'quotes' \"dbl\"",
        "Ǆemal", "numbers 1.5 2,3",
    ])
    filter_cases("phone2numeric", "{{ v|phone2numeric }}", ["1-800-COLLECT", "abcdefghijklmnopqrstuvwxyz", "0800 FLOWERS", "", 5])
    filter_cases("wordcount", "{{ v|wordcount }}", [
        "one two three", "  spaced   out  ", "", "one", "tab\tsep\nnl", "a-b c.d", "\u00a0nbsp\u00a0x", None, 42,
    ])
    filter_cases("make_list", "{{ v|make_list }}", ["abc", 123, "", "ü€", None, ["x"]])
    filter_cases("make_list", "{{ v|make_list|join:',' }}", ["abc", 123])
    filter_cases("striptags", "{{ v|striptags }}", [
        "<p>Hello <b>World</b></p>", "a < b and c > d", "<scr<script>ipt>alert(1)</script>",
        "<!-- comment -->text", "no tags", "<br/>x<br />y", "&lt;escaped&gt; <i>x</i>",
        "<a href='x'>link</a> & more", "", None, 5, "<p>unclosed <b", "x<y>z</y>", "<<b>>",
    ])
    filter_cases("linenumbers", "{{ v|linenumbers }}", [
        "one\ntwo\nthree", "single", "", "\n", "a\r\nb", "<a>\n&",
        "\n".join("l%d" % i for i in range(1, 12)),
    ])
    filter_cases("linenumbers", "{{ v|linenumbers }}", ["<a>\n&"], autoescape=False)
    for src in ["{{ v|ljust:10 }}|", "{{ v|rjust:10 }}|", "{{ v|center:10 }}|", "{{ v|center:11 }}|"]:
        item = re.search(r"\|(\w+)", src).group(1)
        for v in ["abc", "ab", "toolongvalue", "", "ü", 5, None]:
            case("filter/" + item, src, {"v": v})
    for src in ["{{ v|ljust:'x' }}", "{{ v|rjust:-3 }}", "{{ v|center:0 }}", "{{ v|center:'5' }}|"]:
        item = re.search(r"\|(\w+)", src).group(1)
        case("filter/" + item, src, {"v": "abc"})
    filter_cases("wordwrap", "{{ v|wordwrap:w }}", [
        "Joel is a slug", "short", "averyveryverylongword here", "line one\nline two is longer",
        "a b c d e f g h", "", "trailing space here ", "multiple   spaces   between words",
        "x\n\ny z w", "ünïcödé wörds wrap", 12345,
    ], extra={"w": 5})
    for w in [1, 2, 10, 14, 0, "'abc'"]:
        case("filter/wordwrap", "{{ v|wordwrap:%s }}" % w, {"v": "Joel is a slug who wraps"})
    filter_cases("yesno", "{{ v|yesno }}", [True, False, None, 1, 0, "", "x", []])
    for a in ["'yeah,no,maybe'", "'yeah,no'", "'yeah'", "'a,b,c,d'", "''", "',,'", "'<y>,<n>'"]:
        for v in [True, False, None]:
            case("filter/yesno", "{{ v|yesno:%s }}" % a, {"v": v})


def cases_truncate():
    texts = [
        "Joel is a slug",
        "short",
        "",
        "exactly10!",
        "ünïcödé text with ëxtra",
        "  spaced   words  here  ",
        "line\nbreak words",
        "<b>not html aware</b> here",
        "a",
        "😀😃😄😁😆 emoji",
        "e\u0301e\u0301e\u0301 combining",
        12345678901,
    ]
    for n in [0, 1, 3, 10]:
        for t in texts[:8] if n in (0, 1) else texts:
            case("filter/truncatechars", "{{ v|truncatechars:%d }}" % n, {"v": t})
    case("filter/truncatechars", "{{ v|truncatechars:'x' }}", {"v": "Joel is a slug"})
    case("filter/truncatechars", "{{ v|truncatechars:-1 }}", {"v": "Joel is a slug"})
    for n in [0, 1, 3, 10]:
        for t in texts:
            case("filter/truncatewords", "{{ v|truncatewords:%d }}" % n, {"v": t})
    case("filter/truncatewords", "{{ v|truncatewords:'x' }}", {"v": "Joel is a slug"})
    case("filter/truncatewords", "{{ v|truncatewords:-1 }}", {"v": "Joel is a slug"})
    htmls = [
        "<p>one <a href='#'>two - three <br>four</a> five</p>",
        "<p>Joel is a slug</p>",
        "<div><p>nested <b>bold <i>italic words</i> more</b> text</p></div>",
        "plain text without tags at all",
        "<p>caf&eacute; &amp; cr&egrave;me br&ucirc;l&eacute;e tasty</p>",
        "<p>a&nbsp;b&#x27;c&#39;d</p> e",
        "<img src='x.png'> image <hr/> rule <input type=text> end",
        "<p>ünïcödé wörds hérè and thêrè</p>",
        "<!-- comment --> <p>after comment words</p>",
        "<p>unclosed <b>bold words here",
        "<br><br>words<br>",
        "</p>stray close tag words",
        "<p>😀 emoji 😃 words 😄</p>",
        "",
        "<a href=\"x\" title=\"a > b\">link text long</a>",
    ]
    for n in [0, 2, 4, 100]:
        for t in htmls:
            case("filter/truncatewords_html", "{{ v|truncatewords_html:%d }}" % n, {"v": t})
    case("filter/truncatewords_html", "{{ v|truncatewords_html:'x' }}", {"v": htmls[0]})
    for n in [1, 5, 9, 20]:
        for t in htmls:
            case("filter/truncatechars_html", "{{ v|truncatechars_html:%d }}" % n, {"v": t})
    case("filter/truncatechars_html", "{{ v|truncatechars_html:'x' }}", {"v": htmls[0]})
    case("filter/truncatechars_html", "{{ v|truncatechars_html:5 }}", {"v": None})
    case("filter/truncatewords_html", "{{ v|truncatewords_html:2 }}", {"v": 12345})


def cases_urlize():
    texts = [
        "Visit http://example.com now",
        "Visit https://example.com/path?a=1&b=2 now",
        "www.example.com",
        "example.com",
        "example.org/path",
        "example.xyz",
        "mail me at foo@example.com.",
        "mailto:foo@example.com",
        "foo@localhost",
        "(see http://example.com/wiki/Foo_(bar))",
        "(http://example.com)",
        "http://example.com.",
        "http://example.com,",
        "http://example.com!",
        "http://example.com/?q=1;",
        "'http://example.com'",
        "\"http://example.com\"",
        "<http://example.com>",
        "http://example.com/<b>",
        "Go to http://ex.com/a&amp;b",
        "already <a href=\"http://x.com\">http://x.com</a> linked",
        "http://пример.испытание/путь",
        "http://例え.テスト",
        "https://user:pass@example.com:8080/p",
        "ftp://example.com",
        "javascript:alert(1)",
        "http://example.com/a b",
        "http://example.com/%E2%82%AC",
        "www.example.com/\u00e9",
        "two: http://a.com and www.b.org",
        "http://example",
        "http://[2001:db8::1]/",
        "http://example.com:/",
        "trailing. http://example.com/path.",
        "http://example.com/path/.",
        "text.with.dots but no tld",
        "http://example.com/\"quoted\"",
        "email.with+plus@example.co.uk",
        "bad@email@example.com",
        "@example.com",
        "example.com/x?y=z&w=<1>",
        "http://ex.com/a'b",
        "",
        "no links here",
    ]
    filter_cases("urlize", "{{ v|urlize }}", texts)
    filter_cases("urlize", "{{ v|urlize }}", texts[:22], autoescape=False)
    filter_cases("urlize", "{{ v|urlize }}", [Safe("<b>http://example.com</b> &amp; www.x.com"), 5, None])
    for n in [0, 5, 10, 15, 30]:
        for t in ["Visit http://example.com/a/very/long/path now", "www.example.com", "foo@example.com",
                  "http://пример.испытание/путь"]:
            case("filter/urlizetrunc", "{{ v|urlizetrunc:%d }}" % n, {"v": t})
    case("filter/urlizetrunc", "{{ v|urlizetrunc:'x' }}", {"v": "http://example.com"})
    case("filter/urlizetrunc", "{{ v|urlizetrunc:10 }}", {"v": "http://example.com/<&>"}, autoescape=False)


def cases_stringformat():
    values = [
        42, -7, 0, F(3.14159), F(-2.5), F(1e20), F(float("nan")), Dec("1.50"), Dec("-0.005"),
        "text", "", True, False, None, [1, 2], Tup("a",), {"k": "v"}, 255,
    ]
    fmts = ["s", "d", "i", "f", ".2f", "5d", "05d", "-5d|", "x", "X", "o", "e", "E", "g", "r", "10s|", "-10s|", "+d", "%", "z", ".3s", "c"]
    core = {0, 3, 9}
    for i, v in enumerate(values):
        use = fmts if i in core else ["s", "d", ".2f", "r"]
        for f in use:
            tail = ""
            if f.endswith("|"):
                f, tail = f[:-1], "|"
            case("filter/stringformat", "{{ v|stringformat:'%s' }}%s" % (f, tail), {"v": v})
    case("filter/stringformat", "{{ v|stringformat:'' }}", {"v": 5})
    case("filter/stringformat", "{{ v|stringformat:'s' }}", {"v": "<x>"}, autoescape=False)


DATE_FORMAT_CHARS = "aAbcdDeEfFgGhHiIjlLmMnNoOPrsStTuUwWyYzZ"
NAMED_FORMATS = [
    "DATE_FORMAT", "SHORT_DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATETIME_FORMAT",
    "TIME_FORMAT", "YEAR_MONTH_FORMAT", "MONTH_DAY_FORMAT",
]


def cases_date():
    subjects = {
        "naive": DT("2024-02-29T13:05:09.000123"),
        "aware": DT("2024-07-04T23:30:05.5+05:30"),
        "date": Date("2024-03-05"),
    }
    for ch in DATE_FORMAT_CHARS:
        for key, v in subjects.items():
            case("filter/date", "{{ v|date:'%s' }}" % ch, {"v": v})
    more = [
        DT("2024-01-01T00:00:00"),
        DT("2024-01-01T00:00:00+00:00"),
        DT("2024-06-15T12:00:00"),
        DT("2024-06-15T12:30:00"),
        DT("2024-06-15T00:30:00"),
        DT("2024-06-15T09:00:00"),
        DT("2024-12-31T23:59:59.999999"),
        DT("2021-01-03T10:00:00"),
        DT("2020-12-31T10:00:00"),
        DT("1999-09-09T09:09:09-08:00"),
        DT("2024-03-31T02:30:00+02:00"),
        DT("0001-01-01T00:00:00"),
        Date("2023-01-01"),
        Date("2000-02-29"),
        Date("1970-01-01"),
    ]
    fmt_all = "a|A|b|c|d|D|E|F|g|G|h|H|i|j|l|L|m|M|n|N|o|P|r|s|S|t|u|U|w|W|y|Y|z"
    fmt_date = "b|d|D|E|F|j|l|L|m|M|n|N|o|S|t|w|W|y|Y|z"
    for v in more:
        fmt = fmt_date if "$date" in v else fmt_all
        case("filter/date", "{{ v|date:'%s' }}" % fmt, {"v": v})
        case("filter/date", "{{ v|date:'e O T Z I' }}", {"v": v})
    for day in range(1, 32):
        if day in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31):
            case("filter/date", "{{ v|date:'jS' }}", {"v": Date("2024-01-%02d" % day)})
    for h, m in [(0, 0), (0, 1), (11, 59), (12, 0), (12, 1), (13, 0), (23, 0)]:
        case("filter/date", "{{ v|date:'P' }}|{{ v|date:'f a A g h' }}", {"v": DT("2024-05-06T%02d:%02d:00" % (h, m))})
    for m in range(1, 13):
        case("filter/date", "{{ v|date:'b M N E F n' }}", {"v": Date("2024-%02d-10" % m)})
    for fmt in [
        "\\Y\\m\\d: Y-m-d", "\\\\Y", "jS \\o\\f F Y", "l, F jS, Y \\a\\t P", "\\", "Y\\",
        "", "%Y-%m-%d", "H:i:s.u", "D, d M Y H:i:s O", "Y-m-d\\TH:i:sO", "日本 Y年",
    ]:
        for key in ("naive", "aware"):
            case("filter/date", "{{ v|date:'%s' }}" % fmt.replace("'", "\\'"), {"v": subjects[key]})
    for fmt in NAMED_FORMATS:
        for key, v in subjects.items():
            case("filter/date", "{{ v|date:'%s' }}" % fmt, {"v": v})
    for v in list(subjects.values()) + [DT("2024-06-15T00:00:00"), DT("2024-06-15T12:00:00"), "2024-01-01", "", None, 5, Time("10:00")]:
        case("filter/date", "{{ v|date }}", {"v": v})
    case("filter/date", "{{ missing|date:'Y' }}", {})
    case("filter/date", "{{ v|date:f }}", {"v": subjects["naive"], "f": "Y/m"})
    case("filter/date", "{{ v|date:'<Y>' }}", {"v": subjects["naive"]})
    case("filter/date", "{{ v|date:'<Y>' }}", {"v": subjects["naive"]}, autoescape=False)

    times = [Time("13:05:09"), Time("00:00:00"), Time("12:00:00"), Time("09:30:00.123456"), Time("23:59:59")]
    for t in times:
        case("filter/time", "{{ v|time }}", {"v": t})
        case("filter/time", "{{ v|time:'a|A|f|g|G|h|H|i|P|s|u' }}", {"v": t})
    for ch in "aAefgGhHiOPsTuZ":
        case("filter/time", "{{ v|time:'%s' }}" % ch, {"v": Time("13:05:09.000123")})
    for v in [DT("2024-02-29T13:05:09"), DT("2024-02-29T13:05:09+05:30"), Date("2024-02-29")]:
        case("filter/time", "{{ v|time }}", {"v": v})
        case("filter/time", "{{ v|time:'H:i e O T' }}", {"v": v})
    for fmt in ["TIME_FORMAT", "H\\h i\\m", "Y", "c", ""]:
        case("filter/time", "{{ v|time:'%s' }}" % fmt, {"v": Time("13:05:09")})
    for v in ["13:00", None, ""]:
        case("filter/time", "{{ v|time:'H' }}", {"v": v})


def cases_timesince():
    ref = DT("2024-06-15T12:00:00+00:00")
    deltas = [
        "2024-06-15T12:00:00+00:00", "2024-06-15T11:59:30+00:00", "2024-06-15T11:59:00+00:00",
        "2024-06-15T11:00:00+00:00", "2024-06-14T12:00:00+00:00", "2024-06-08T12:00:00+00:00",
        "2024-06-01T12:00:00+00:00", "2024-05-15T12:00:00+00:00", "2024-05-14T12:00:00+00:00",
        "2024-01-15T12:00:00+00:00", "2023-06-15T12:00:00+00:00", "2022-03-01T08:30:00+00:00",
        "2020-02-29T12:00:00+00:00", "2014-06-15T12:00:00+00:00", "2024-06-15T17:30:00+05:30",
        "2024-06-16T12:00:00+00:00", "2024-06-15T12:00:01+00:00", "2024-06-15T06:00:00-06:00",
        "2024-04-15T11:00:00+00:00", "2024-06-13T10:59:00+00:00",
    ]
    for d in deltas:
        case("filter/timesince", "{{ d|timesince:ref }}", {"d": DT(d), "ref": ref})
        case("filter/timeuntil", "{{ ref|timeuntil:d }}", {"d": DT(d), "ref": ref})
    for d, r in [
        (Date("2024-01-01"), Date("2024-06-15")),
        (Date("2024-02-29"), Date("2025-02-28")),
        (Date("2024-02-29"), Date("2025-03-01")),
        (Date("2024-01-31"), Date("2024-02-29")),
        (Date("2024-01-31"), Date("2024-03-01")),
        (DT("2024-01-01T00:00:00"), DT("2024-01-01T00:10:00")),
        (DT("2024-01-01T00:00:00"), Date("2024-02-01")),
        (Date("2024-01-01"), DT("2024-01-01T10:00:00")),
        (DT("2024-01-01T00:00:00"), DT("2024-01-01T00:00:00+00:00")),
        (DT("2024-01-01T00:00:00+00:00"), DT("2024-01-01T00:00:00")),
        ("2024-01-01", DT("2024-01-01T00:00:00")),
        (None, ref),
        (ref, None),
        (DT("2023-12-31T00:00:00+00:00"), DT("2024-01-01T23:59:59+00:00")),
        (DT("2000-01-01T00:00:00+00:00"), DT("2024-12-31T00:00:00+00:00")),
    ]:
        case("filter/timesince", "{{ d|timesince:r }}", {"d": d, "r": r})
        case("filter/timeuntil", "{{ r|timeuntil:d }}", {"d": d, "r": r})
    # No comparison argument: compared with the frozen clock.
    for d in [
        "2026-11-21T12:34:56.789012+00:00", "2026-11-21T12:00:00+00:00", "2026-11-20T12:34:56+00:00",
        "2025-11-21T12:34:56+00:00", "2026-11-22T12:34:56+00:00", "2027-01-01T00:00:00+00:00",
        "2026-11-21T12:34:56.789012", "2026-11-21T18:04:56+05:30", "2020-01-01T00:00:00",
    ]:
        case("filter/timesince", "{{ d|timesince }}", {"d": DT(d)})
        case("filter/timeuntil", "{{ d|timeuntil }}", {"d": DT(d)})
    for d in [Date("2026-11-21"), Date("2026-11-01"), Date("2027-11-21")]:
        case("filter/timesince", "{{ d|timesince }}", {"d": d})
        case("filter/timeuntil", "{{ d|timeuntil }}", {"d": d})
    case("filter/timesince", "{{ missing|timesince }}", {})
    case("filter/timesince", "{{ d|timesince:missing }}", {"d": ref})


def cases_list_filters():
    people = [
        {"name": "Zed", "age": 19, "score": "10", "info": {"city": "Paris"}},
        {"name": "amy", "age": 22, "score": "9", "info": {"city": "Berlin"}},
        {"name": "Bob", "age": 3, "score": "100", "info": {"city": "Athens"}},
        {"name": "Amy", "age": 22, "score": "9.5", "info": {"city": "Cairo"}},
    ]
    objs = [Obj(name="b", n=2, sub=Obj(k=9)), Obj(name="a", n=3, sub=Obj(k=1)), Obj(name="c", n=1, sub=Obj(k=5))]
    lists = [[3, "c"], [1, "a"], [2, "b"]]
    ctx = {"people": people, "objs": objs, "lists": lists, "mixed": [{"k": 1}, {"k": "a"}], "part": [{"k": 1}, {"x": 2}]}
    for filt in ("dictsort", "dictsortreversed"):
        g = "filter/" + filt
        for src in [
            "{% for p in people|FILT:'name' %}{{ p.name }},{% endfor %}",
            "{% for p in people|FILT:'age' %}{{ p.name }}{{ p.age }},{% endfor %}",
            "{% for p in people|FILT:'score' %}{{ p.score }},{% endfor %}",
            "{% for p in people|FILT:'info.city' %}{{ p.info.city }},{% endfor %}",
            "{% for o in objs|FILT:'name' %}{{ o.name }}{% endfor %}",
            "{% for o in objs|FILT:'n' %}{{ o.name }}{% endfor %}",
            "{% for o in objs|FILT:'sub.k' %}{{ o.name }}{% endfor %}",
            "{% for l in lists|FILT:0 %}{{ l.1 }}{% endfor %}",
            "{% for l in lists|FILT:'1' %}{{ l.0 }}{% endfor %}",
            "[{{ people|FILT:'missing' }}]",
            "[{{ mixed|FILT:'k' }}]",
            "[{{ part|FILT:'k' }}]",
            "[{{ people|FILT:'_private' }}]",
            "[{{ 'abc'|FILT:'x' }}]",
            "[{{ 5|FILT:'x' }}]",
            "[{{ lists|FILT:'0.0' }}]",
            "{% for o in objs|FILT:'name.upper' %}{{ o.name }}{% endfor %}",
        ]:
            case(g, src.replace("FILT", filt), ctx)
    g = "filter/json_script"
    for v in [
        {"a": "<script>&</script>", "b": [1, F(2.5), None, True]},
        "ünïcödé ☃ 𝄞",
        "</script><script>alert('x')</script>",
        [1, F(2.5), Dec("3.10"), None, False],
        {"date": Date("2024-02-29"), "dt": DT("2024-02-29T13:05:09.000123+00:00"), "t": Time("13:05:09.123456")},
        {"naive": DT("2024-02-29T13:05:09")},
        {"nested": {"x": {"y": "'\"\\"}}},
        "\u2028\u2029",
        42,
        None,
        {},
        Tup(1, "two"),
        F(1e20),
        F(0.1),
    ]:
        case(g, "{{ v|json_script:'my-id' }}", {"v": v})
        case(g, "{{ v|json_script }}", {"v": v})
    case(g, "{{ v|json_script:'<id>' }}", {"v": 1})
    case(g, "{{ v|json_script:'' }}", {"v": 1})
    case(g, "{{ v|json_script:i }}", {"v": 1, "i": "x\"y"})
    case(g, "{{ v|json_script:'id' }}", {"v": {"k": F(float("nan"))}})
    case(g, "{{ v|json_script:'id' }}", {"v": {"k": Obj(a=1)}})
    g = "filter/unordered_list"
    for v, ae in [
        (["States", ["Kansas", ["Lawrence", "Topeka"], "Illinois"]], True),
        (["States", ["Kansas", ["Lawrence", "Topeka"], "Illinois"]], False),
        (["a", "b", "c"], True),
        (["<a>", ["<b>", Safe("<c>")]], True),
        (["<a>", ["<b>", Safe("<c>")]], False),
        ([], True),
        ([["x", "y"]], True),
        (["a", [], "b"], True),
        (Tup("a", Tup("b", "c")), True),
        (["item", ["sub1", ["subsub"]], "item2", ["sub2"]], True),
        ([1, [2, [3, [4]]]], True),
        ("string", True),
        ([["nested", "first"], "x"], True),
    ]:
        case(g, "{{ v|unordered_list }}", {"v": v}, autoescape=ae)
    for filt in ("linebreaks", "linebreaksbr"):
        for v in [
            "one", "a\nb", "a\r\nb", "a\rb", "a\n\nb", "a\n\n\n\nb", "a\r\n\r\nb", "\n\nleading",
            "trailing\n\n", "p1 line1\np1 line2\n\np2", "<b>&</b>\nx", "", None, 5, Safe("<i>x</i>\ny"),
            "  \n  \n  ", "a\n \nb",
        ]:
            case("filter/" + filt, "{{ v|%s }}" % filt, {"v": v})
        case("filter/" + filt, "{{ v|%s }}" % filt, {"v": "<b>&</b>\n\nx"}, autoescape=False)
    g = "filter/first"
    for v in [["a", "b"], [], "xyz", "", Tup(1, 2), None, 5, {"k": 1}]:
        case(g, "[{{ v|first }}]", {"v": v})
    g = "filter/last"
    for v in [["a", "b"], [], "xyz", "", Tup(1, 2), None, 5]:
        case(g, "[{{ v|last }}]", {"v": v})
    g = "filter/join"
    for v, a in [
        (["a", "b", "c"], "', '"), (["a"], "','"), ([], "','"), ([1, 2, 3], "'-'"), ("abc", "'-'"),
        (Tup("x", "y"), "'+'"), (["a", None, True], "'|'"), (5, "','"), (None, "','"), (["a", "b"], "''"),
        (["a", "b"], "sep"), ([["a", "b"], ["c"]], "';'"),
    ]:
        case(g, "[{{ v|join:%s }}]" % a, {"v": v, "sep": 5})
    case(g, "[{{ v|join:'<&>' }}]", {"v": ["<", ">"]}, autoescape=False)
    g = "filter/length"
    for v in [["a", "b"], [], "héllo", "", Tup(1,), {"a": 1, "b": 2}, None, 5, F(1.5), "😀", Safe("<b>")]:
        case(g, "{{ v|length }}", {"v": v})
    case(g, "{{ missing|length }}", {})
    g = "filter/slice"
    seq = ["a", "b", "c", "d", "e"]
    for a in [":2", "1:", "1:3", "-2:", ":-2", "::2", "::-1", "-1", "2", "0", "1:-1:2", "10:", ":10",
              "-10:", "", ":", "x", "1:x", "4:1", "::0", "2::-1", "3:1:-1"]:
        case(g, "{{ v|slice:'%s' }}" % a, {"v": seq})
    for a in [":3", "-3:", "::-1", "2"]:
        case(g, "{{ v|slice:'%s' }}" % a, {"v": "héllo wörld"})
    case(g, "{{ v|slice:':2' }}", {"v": 12345})
    case(g, "{{ v|slice:':2' }}", {"v": None})
    case(g, "{{ v|slice:':2' }}", {"v": Tup(1, 2, 3)})
    case(g, "{{ v|slice:n }}", {"v": seq, "n": 2})
    g = "filter/random"
    case(g, "{{ v|random }}", {"v": ["only"]})
    case(g, "[{{ v|random }}]", {"v": []})
    case(g, "{{ v|random }}", {"v": "x"})
    g = "filter/pprint"
    for v in [1, "s", "<a>", [1, "a", None], {"b": 1, "a": [1, 2]}, Tup(1, 2), None, True, F(1.5), Dec("1.5")]:
        case(g, "{{ v|pprint }}", {"v": v})


def cases_syntax_errors():
    g = "error/syntax"
    for src in [
        # Unclosed / stray block tags
        "{% if a %}x",
        "{% if a %}x{% else %}y",
        "{% for x in l %}x",
        "{% for x in l %}x{% empty %}",
        "{% with a=1 %}x",
        "{% block a %}x",
        "{% autoescape on %}x",
        "{% spaceless %}x",
        "{% filter upper %}x",
        "{% comment %}x",
        "{% verbatim %}x",
        "{% verbatim a %}x{% endverbatim %}",
        "{% ifchanged %}x",
        "{% endif %}",
        "{% endfor %}",
        "{% else %}",
        "{% empty %}",
        "{% elif a %}",
        "{% endblock %}",
        "{% endwith %}",
        "{% endcomment %}",
        "{% endverbatim %}",
        "{% if a %}{% endfor %}",
        "{% for x in l %}{% endif %}",
        "{% if a %}{% for x in l %}{% endif %}{% endfor %}",
        "{% block a %}{% endblock b %}",
        "{% if a %}x{% else %}y{% else %}z{% endif %}",
        "{% if a %}x{% else %}y{% elif b %}z{% endif %}",
        "{% for x in l %}{% empty %}{% empty %}{% endfor %}",
        # Unknown tags / filters / libraries
        "{% foo %}",
        "{% foo bar baz %}",
        "{% endfoo %}",
        "{% static 'x' %}",
        "{{ a|nosuchfilter }}",
        "{{ a|upper|nosuch:1 }}",
        "{% if a|nosuch %}x{% endif %}",
        "{% load nonexistent %}",
        "{% load static nonexistent %}",
        "{% load nosuch from static %}",
        "{% load static from nonexistent %}",
        "{% load %}",
        "{% filter nosuch %}x{% endfilter %}",
        "{% filter safe %}x{% endfilter %}",
        "{% filter escape %}x{% endfilter %}",
        # Variables
        "{{ }}",
        "{{}}",
        "{{ a",
        "{{ a }",
        "{{ a b }}",
        "{{ a| }}",
        "{{ a|upper: }}",
        "{{ |upper }}",
        "{{ a.b. }}",
        "{{ a..b }}",
        "{{ 'unterminated }}",
        "{{ \"mixed' }}",
        "{{ a|default:'x' 'y' }}",
        "{{ a|cut }}",
        "{{ a|upper:'x' }}",
        "{{ a|add }}",
        "{{ a|date:'Y':'m' }}",
        "{{ a|slice:':2':'x' }}",
        "{{ a!b }}",
        "{{ a.-b }}",
        "{% a %}",
        "{%%}",
        "{% %}",
        "{%  if  %}x{% endif %}",
        # if expressions
        "{% if %}x{% endif %}",
        "{% if a and %}x{% endif %}",
        "{% if and a %}x{% endif %}",
        "{% if a or or b %}x{% endif %}",
        "{% if a == %}x{% endif %}",
        "{% if == a %}x{% endif %}",
        "{% if a b %}x{% endif %}",
        "{% if not %}x{% endif %}",
        "{% if a not b %}x{% endif %}",
        "{% if a is %}x{% endif %}",
        "{% if a === b %}x{% endif %}",
        "{% if a <> b %}x{% endif %}",
        "{% if (a) %}x{% endif %}",
        "{% if a in %}x{% endif %}",
        "{% if a not in %}x{% endif %}",
        "{% if a %}x{% elif %}y{% endif %}",
        "{% if a = b %}x{% endif %}",
        "{% if a && b %}x{% endif %}",
        # for
        "{% for %}{% endfor %}",
        "{% for x %}{% endfor %}",
        "{% for x in %}{% endfor %}",
        "{% for x on l %}{% endfor %}",
        "{% for x, in l %}{% endfor %}",
        "{% for x y in l %}{% endfor %}",
        "{% for x in l reversed extra %}{% endfor %}",
        "{% for 'x' in l %}{% endfor %}",
        "{% for x|upper in l %}{% endfor %}",
        # other tags' arguments
        "{% cycle %}",
        "{% cycle a %}",
        "{% cycle 'a' 'b' as %}",
        "{% with %}x{% endwith %}",
        "{% with a %}x{% endwith %}",
        "{% with a as %}x{% endwith %}",
        "{% with a=1 b %}x{% endwith %}",
        "{% firstof %}",
        "{% firstof as x %}",
        "{% widthratio a b %}",
        "{% widthratio a b c d %}",
        "{% widthratio a b c as %}",
        "{% templatetag %}",
        "{% templatetag nosuch %}",
        "{% templatetag openblock closeblock %}",
        "{% now %}",
        "{% now Y %}",
        "{% now 'Y' 'm' %}",
        "{% now 'Y' as %}",
        "{% regroup %}",
        "{% regroup l by x %}",
        "{% regroup l x as y %}",
        "{% regroup l by x into y %}",
        "{% lorem x y z w %}",
        "{% lorem 3 q %}",
        "{% autoescape %}x{% endautoescape %}",
        "{% autoescape maybe %}x{% endautoescape %}",
        "{% autoescape on off %}x{% endautoescape %}",
        "{% include %}",
        "{% include 'x' with %}",
        "{% include 'x' only only %}",
        "{% include 'x' with a %}",
        "{% include 'x' nosuch %}",
        "{% block %}x{% endblock %}",
        "{% block a b %}x{% endblock %}",
        "{% block a %}{% endblock %}{% block a %}{% endblock %}",
        "{% block a %}{% block a %}{% endblock %}{% endblock %}",
        "{% url 'home' as %}",
        "{% url 'product-detail' id= %}",
        "{% csrf_token extra %}",
        "{% resetcycle a b %}",
        "{% ifchanged %}{% else %}{% else %}{% endifchanged %}",
        "{% querystring a %}",
        "{% querystring 'x'=1 %}",
        "{% debug extra %}",
        "{% spaceless extra %}x{% endspaceless %}",
        "{% verbatim a b %}x{% endverbatim %}",
        "{% comment %}{% endcomment extra %}",
        "{% load static %}{% static %}",
        "{% load static %}{% static 'a' 'b' %}",
        "{% load static %}{% get_static_prefix extra %}",
        "line1\nline2\n{% bogus %}",
        "{% if a %}\n\n{% endfor %}",
    ]:
        case(g, src, {"a": 1, "b": 2, "l": [1]})


def cases_runtime_errors():
    g = "error/runtime"
    ctx = {"d": Date("2024-02-29"), "a": 1}
    for src in [
        "{{ d|date:'H' }}",
        "{{ d|date:'a' }}",
        "{{ d|date:'c' }}",
        "{{ d|date:'U' }}",
        "{{ d|date:'Y-m-d G:i' }}",
        "{{ d|date:'DATETIME_FORMAT' }}",
        "{{ d|date:'TIME_FORMAT' }}",
        "{{ d|date:'r' }}",
        "{{ a|default:missing }}",
        "{{ a|add:missing }}",
        "{% include 'missing.html' %}",
        "{% extends 'missing.html' %}",
        "{% url 'no-such-view' %}",
        "{% url 'product-detail' 'not-an-int' %}",
        "{% for x in a %}{{ x }}{% endfor %}",
        "{% for x, y in a %}{{ x }}{% endfor %}",
        "{% with x=a|add:missing %}{{ x }}{% endwith %}",
        "{% cycle 'a' 'b' as c %}{% cycle nosuchcycle %}",
        "{% for x in 'ab' %}{% cycle nosuchcycle %}{% endfor %}",
        "{% regroup a by x as g %}{{ g }}",
        "{% widthratio a missing 100 %}",
        "{% include a %}",
        "{{ a|dictsort:'x' }}",
        "{{ a|unordered_list }}",
        "{{ a|slice:':1' }}",
        "{{ d|time:'H' }}",
        "{{ d|date:'E' }}",
    ]:
        # VariableDoesNotExist messages embed the repr of the whole context
        # stack, so keep that context minimal.
        case(g, src, {"a": 1} if "missing" in src else ctx)


# ---------------------------------------------------------------------------
# Coverage check and output
# ---------------------------------------------------------------------------

BUILTIN_TAGS = sorted(
    set(defaulttags.register.tags) | set(loader_tags.register.tags)
)
BUILTIN_FILTERS = sorted(defaultfilters.register.filters)
# random: only its deterministic edge cases (one-element / empty sequence) are rendered.
EXEMPT = {"random": "non-deterministic"}

_TAG_RE = re.compile(r"\{%\s*(\w+)")
_FILTER_TAG_RE = re.compile(r"\{%\s*filter\s+(\w+)")
_SPAN_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_PIPE_RE = re.compile(r"\|\s*(\w+)")


def used_names(c):
    tags, filters = set(), set()
    for src in c["templates"].values():
        tags.update(_TAG_RE.findall(src))
        filters.update(_FILTER_TAG_RE.findall(src))
        for span in _SPAN_RE.findall(src):
            filters.update(_PIPE_RE.findall(span))
    return tags, filters


def check_coverage(cases):
    """Every builtin must appear in at least one case that rendered successfully."""
    tags, filters = set(), set()
    for c in cases:
        if "output" in c:
            t, f = used_names(c)
            tags |= t
            filters |= f
    missing_tags = [t for t in BUILTIN_TAGS if t not in tags]
    missing_filters = [f for f in BUILTIN_FILTERS if f not in filters and f not in EXEMPT]
    if missing_tags or missing_filters:
        raise SystemExit(
            "coverage check failed: tags %r, filters %r not exercised" % (missing_tags, missing_filters)
        )


def verify_clock():
    out = render_case(
        {"templates": {"main": '{% now "c" %}|{% now "U" %}'}, "context": {},
         "autoescape": True, "string_if_invalid": ""}
    )
    expected = "%s|%d" % (FROZEN_NOW.isoformat(), int(FROZEN_NOW.timestamp()))
    if out.get("output") != expected:
        raise SystemExit("clock not frozen: %r != %r" % (out, expected))


CASE_GROUPS = [
    cases_variables,
    cases_literals,
    cases_invalid,
    cases_autoescape,
    cases_if,
    cases_for,
    cases_simple_tags,
    cases_more_tags,
    cases_include,
    cases_extends,
    cases_url,
    cases_querystring,
    cases_floatformat,
    cases_number_filters,
    cases_string_filters,
    cases_truncate,
    cases_urlize,
    cases_stringformat,
    cases_date,
    cases_timesince,
    cases_list_filters,
    cases_syntax_errors,
    cases_runtime_errors,
]


def generate():
    for fn in CASE_GROUPS:
        fn()
    verify_clock()
    out_cases = []
    for c in CASES:
        result = render_case(c)
        # Rendering twice must give the same result (no hidden state/randomness).
        if render_case(c) != result:
            raise SystemExit("non-deterministic case %s" % c["name"])
        text = json.dumps(result, ensure_ascii=False)
        if re.search(r" at 0x[0-9a-fA-F]+", text):
            raise SystemExit("memory address leaked into %s: %s" % (c["name"], text))
        out_cases.append(dict(c, **result))
    check_coverage(out_cases)
    return {
        "django_version": DJANGO_VERSION,
        "python_version": PYTHON_VERSION,
        "settings": dict(
            RECORDED_SETTINGS,
            now=FROZEN_NOW.isoformat(),
            libraries=sorted(LIBRARIES),
        ),
        "urlconf": URLCONF,
        "covered": {"tags": BUILTIN_TAGS, "filters": BUILTIN_FILTERS, "exempt": EXEMPT},
        "cases": out_cases,
    }


def write_json(relpath, obj):
    target = REPO_ROOT / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(obj, indent=2, sort_keys=False, ensure_ascii=False) + "\n"
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return target


def main():
    for p in CLOCK_PATCHES:
        p.start()
    try:
        data = generate()
    finally:
        for p in reversed(CLOCK_PATCHES):
            p.stop()
    target = write_json(OUTPUT, data)
    groups = {}
    for c in data["cases"]:
        g = c["name"].split("/")[0] + "/" + c["name"].split("/")[1]
        groups[g] = groups.get(g, 0) + 1
    errors = sum(1 for c in data["cases"] if "error" in c)
    print("wrote %s (%d cases, %d errors)" % (target.relative_to(REPO_ROOT), len(data["cases"]), errors))
    for g, n in groups.items():
        print("  %-36s %4d" % (g, n))


if __name__ == "__main__":
    main()
