#!/usr/bin/env python3
"""Generate JSON fidelity fixtures for Reinhardt from a real Django 5.2 install.

Every expected value written by this script is obtained by *calling* Django (or
the Python standard library functions Django itself calls); nothing is
re-implemented here.  Run it with the venv interpreter, from any directory:

    Tools/.venv/bin/python Tools/django-fixtures/generate.py

It (re)writes, relative to the repository root:

    Tests/ReinhardtURLsTests/Fixtures/urls.json
    Tests/ReinhardtHTTPTests/Fixtures/querydict.json
    Tests/ReinhardtHTTPTests/Fixtures/cookies.json
    Tests/ReinhardtHTTPTests/Fixtures/escaping.json

Output is deterministic: running it twice yields byte-identical files.
See Tools/README.md for the JSON schemas.
"""

import datetime
import io
import json
import platform
import sys
import types
import urllib.parse
import uuid
from pathlib import Path
from unittest import mock

import django
from django.conf import settings

REPO_ROOT = Path(__file__).resolve().parents[2]
URLCONF_MODULE = "reinhardt_fixture_urls"

settings.configure(
    DEBUG=False,
    SECRET_KEY="reinhardt-fixture-generator-not-secret",
    ROOT_URLCONF=URLCONF_MODULE,
    ALLOWED_HOSTS=["testserver"],
    INSTALLED_APPS=[],
    MIDDLEWARE=[],
    USE_TZ=True,
    TIME_ZONE="UTC",
    DEFAULT_CHARSET="utf-8",
)
django.setup()

# Imports that need configured settings.
from django.core.exceptions import DisallowedHost, TooManyFieldsSent  # noqa: E402
from django.core.handlers.wsgi import WSGIRequest  # noqa: E402
from django.http import HttpRequest, HttpResponse, QueryDict  # noqa: E402
from django.http.cookie import parse_cookie  # noqa: E402
from django.http.request import split_domain_port, validate_host  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.urls import (  # noqa: E402
    NoReverseMatch,
    Resolver404,
    clear_url_caches,
    include,
    path,
    re_path,
    register_converter,
    resolve,
    reverse,
)
from django.utils.encoding import (  # noqa: E402
    escape_uri_path,
    iri_to_uri,
    uri_to_iri,
)
from django.utils.html import escape, escapejs  # noqa: E402
from django.utils.http import (  # noqa: E402
    http_date,
    parse_etags,
    quote_etag,
    url_has_allowed_host_and_scheme,
)
from django.utils.http import urlencode as django_urlencode  # noqa: E402

DJANGO_VERSION = django.get_version()
PYTHON_VERSION = platform.python_version()


def header(extra=None):
    """Common leading keys of every fixture file."""
    out = {"django_version": DJANGO_VERSION, "python_version": PYTHON_VERSION}
    if extra:
        out.update(extra)
    return out


def write_json(relpath, obj):
    target = REPO_ROOT / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(obj, indent=2, sort_keys=False, ensure_ascii=False) + "\n"
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return target


def error_name(exc):
    return type(exc).__name__


# ---------------------------------------------------------------------------
# 1. URLs
# ---------------------------------------------------------------------------


class FourDigitYearConverter:
    """The custom converter described under "converters" -> "yyyy"."""

    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return "%04d" % value


CONVERTERS = {
    "yyyy": {"regex": "[0-9]{4}", "type": "int", "to_url": "%04d"},
}
register_converter(FourDigitYearConverter, "yyyy")


def P(route, name, view):
    return {"kind": "path", "route": route, "name": name, "view": view}


def R(route, name, view):
    return {"kind": "re_path", "route": route, "name": name, "view": view}


def INC(prefix_kind, route, app_name, namespace, patterns):
    return {
        "kind": "include",
        "prefix_kind": prefix_kind,
        "route": route,
        "app_name": app_name,
        "namespace": namespace,
        "patterns": patterns,
    }


def polls_patterns(instance):
    # The same three routes/names, deployed once per instance namespace.  View
    # ids carry the instance so every entry's view id stays unique.
    return [
        P("", "index", "polls_index@" + instance),
        P("<int:pk>/", "detail", "polls_detail@" + instance),
        P("<int:pk>/results/", "results", "polls_results@" + instance),
    ]


def gallery_patterns(instance):
    return [
        P("", "index", "gallery_index@" + instance),
        P("<int:n>/", "photo", "gallery_photo@" + instance),
    ]


URLCONF = [
    P("", "home", "home"),
    P("articles/<int:year>/", "article-year", "article_year"),
    P("articles/<int:year>/<int:month>/", "article-month", "article_month"),
    P(
        "articles/<int:year>/<int:month>/<slug:slug>/",
        "article-detail",
        "article_detail",
    ),
    P("archive/<yyyy:year>/", "archive-year", "archive_year"),
    R(r"^archive-re/(?P<year>[0-9]{4})/$", "archive-re-year", "archive_re_year"),
    # Unnamed (positional) groups -> ResolverMatch.args
    R(r"^legacy/([0-9]+)/([a-z]+)/$", "legacy", "legacy"),
    # Named + unnamed group: Django drops the unnamed one entirely.
    R(r"^re-mixed/(?P<a>[a-z]+)/([0-9]+)/$", "re-mixed", "re_mixed"),
    # Optional named group: a non-participating group is omitted from kwargs.
    R(r"^opt/(?:(?P<page>[0-9]+)/)?$", "optional-page", "optional_page"),
    # No trailing "$": endpoint regex uses search(), i.e. prefix match.
    R(r"^noend/(?P<x>[a-z]+)", "noend", "noend"),
    # No leading "^": search() may match anywhere in the remaining path.
    R(r"tail/(?P<n>[0-9]+)/$", "unanchored", "unanchored"),
    # Python's \d is Unicode-aware for str patterns.
    R(r"^digits/(?P<n>\d+)/$", "unicode-digits", "unicode_digits"),
    # First match wins: int before str before slug.
    P("items/<int:id>/", "item-by-id", "item_by_id"),
    P("items/<str:name>/", "item-by-name", "item_by_name"),
    P("items/<slug:s>/", "item-by-slug", "item_by_slug"),
    P("uuid/<uuid:pk>/", "by-uuid", "by_uuid"),
    P("files/<path:p>", "file", "file"),
    P("files-edit/<path:p>/edit/", "file-edit", "file_edit"),
    P("download/<str:name>.<str:ext>", "download", "download"),
    P("no-slash", "no-slash", "no_slash"),
    P("api/v<int:version>/status", "api-status", "api_status"),
    P("café/<str:x>/", "cafe", "cafe"),
    P("日本語/<str:x>", "japanese", "japanese"),
    # Duplicate names: int-pattern defined first, str-pattern second.
    P("dupa/i/<int:v>/", "dupa", "dupa_int"),
    P("dupa/s/<str:v>/", "dupa", "dupa_str"),
    # Duplicate names: str-pattern defined first, int-pattern second.
    P("dupb/s/<str:v>/", "dupb", "dupb_str"),
    P("dupb/i/<int:v>/", "dupb", "dupb_int"),
    # Duplicate names with a different number of parameters.
    P("pair/<int:a>/", "pair", "pair_one"),
    P("pair/<int:a>/<int:b>/", "pair", "pair_two"),
    P(
        "multi/<int:a>/<str:b>/<slug:c>/<uuid:d>/<path:e>",
        "multi",
        "multi",
    ),
    P("unnamed/<int:n>/", None, "unnamed"),
    INC(
        "path",
        "blog/",
        "blog",
        "blog",
        [
            P("", "index", "blog_index"),
            P("<int:pk>/", "post-detail", "blog_post_detail"),
            INC(
                "path",
                "comments/",
                "comments",
                "comments",
                [
                    P("", "list", "comments_list"),
                    P("<int:cid>/", "detail", "comments_detail"),
                    INC(
                        "path",
                        "thread/<int:tid>/",
                        "threads",
                        "threads",
                        [
                            P("", "thread", "threads_thread"),
                            P("reply/<int:rid>/", "reply", "threads_reply"),
                        ],
                    ),
                ],
            ),
            # Include without app_name/namespace: names live in "blog".
            INC(
                "path",
                "archive/<yyyy:year>/",
                None,
                None,
                [P("<int:month>/", "month", "blog_month")],
            ),
            P("<slug:slug>/", "post-slug", "blog_post_slug"),
        ],
    ),
    INC(
        "re_path",
        r"^re-inc/(?P<section>[a-z]+)/",
        "reinc",
        "reinc",
        [
            R(r"^(?P<id>[0-9]+)/$", "detail", "reinc_detail"),
            P("p/<int:n>/", "path-in-re", "reinc_path_in_re"),
        ],
    ),
    # One application namespace ("polls"), three instance namespaces; one of
    # them equals the app name, so it is the default instance.
    INC("path", "polls/", "polls", "polls", polls_patterns("polls")),
    INC("path", "author-polls/", "polls", "author-polls", polls_patterns("author-polls")),
    INC(
        "path",
        "publisher-polls/",
        "polls",
        "publisher-polls",
        polls_patterns("publisher-polls"),
    ),
    # One application namespace ("gallery"), two instances, no default
    # instance: reverse("gallery:...") uses the last deployed one (gallery-b).
    INC("path", "ga/", "gallery", "gallery-a", gallery_patterns("gallery-a")),
    INC("path", "gb/", "gallery", "gallery-b", gallery_patterns("gallery-b")),
    # app_name given, namespace null -> instance namespace defaults to app_name.
    INC("path", "wiki/", "wiki", None, [P("<str:page>/", "page", "wiki_page")]),
    # Empty-prefix include without namespace.
    INC(
        "path",
        "",
        None,
        None,
        [P("about/", "about", "about"), P("contact", "contact", "contact")],
    ),
    # Include with a captured parameter in its prefix, no namespace.
    INC(
        "path",
        "users/<int:uid>/",
        None,
        None,
        [P("", "user", "user"), P("posts/<int:pid>/", "user-post", "user_post")],
    ),
    # Matches only paths beginning with "//" (after the root "/" is consumed).
    R(r"^(?P<rest>/.*)$", "double-slash", "double_slash"),
]

VIEWS = {}


def make_view(view_id):
    if view_id in VIEWS:
        raise SystemExit("duplicate view id in URLCONF description: %r" % view_id)

    def view(request, *args, **kwargs):  # pragma: no cover - never called
        raise AssertionError("fixture view %s called" % view_id)

    view.__name__ = view.__qualname__ = view_id.replace("@", "_at_").replace("-", "_")
    view.fixture_id = view_id
    VIEWS[view_id] = view
    return view


def build_urlpatterns(entries):
    """Build real Django urlpatterns from the JSON description."""
    out = []
    for e in entries:
        kind = e["kind"]
        if kind == "path":
            out.append(path(e["route"], make_view(e["view"]), name=e["name"]))
        elif kind == "re_path":
            out.append(re_path(e["route"], make_view(e["view"]), name=e["name"]))
        elif kind == "include":
            if e["namespace"] is not None and e["app_name"] is None:
                raise SystemExit("namespace without app_name is not supported")
            inc = include(
                (build_urlpatterns(e["patterns"]), e["app_name"]),
                namespace=e["namespace"],
            )
            fn = {"path": path, "re_path": re_path}[e["prefix_kind"]]
            out.append(fn(e["route"], inc))
        else:
            raise SystemExit("unknown entry kind %r" % kind)
    return out


urlconf_module = types.ModuleType(URLCONF_MODULE)
urlconf_module.urlpatterns = build_urlpatterns(URLCONF)
sys.modules[URLCONF_MODULE] = urlconf_module
clear_url_caches()


def wsgi_path_info(raw_path):
    """What Django's WSGIHandler puts in request.path_info for a wire path.

    Non-ASCII characters in ``raw_path`` stand for their UTF-8 bytes on the
    wire.  A PEP 3333 server (wsgiref, gunicorn, ...) percent-decodes the path
    and exposes the bytes as a latin-1 str in PATH_INFO; Django's WSGIRequest
    then recovers the bytes and decodes them as UTF-8 (get_path_info ->
    repercent_broken_unicode).  Only the first step is done here; the rest is
    Django's own code.
    """
    wire = raw_path.encode("utf-8").decode("iso-8859-1")
    environ_path_info = urllib.parse.unquote(wire, encoding="iso-8859-1")
    environ = {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": environ_path_info,
        "wsgi.input": io.BytesIO(b""),
    }
    return WSGIRequest(environ).path_info


def typed_value(v):
    if isinstance(v, bool):
        raise SystemExit("unexpected bool in resolver match")
    if isinstance(v, int):
        return {"type": "int", "value": str(v)}
    if isinstance(v, uuid.UUID):
        return {"type": "uuid", "value": str(v)}
    if isinstance(v, str):
        return {"type": "str", "value": v}
    raise SystemExit("unexpected captured value type %r" % type(v))


RESOLVE_RAW_PATHS = [
    # root / home
    "/",
    # int converter
    "/articles/2024/",
    "/articles/0042/",
    "/articles/99999999999999999999999999999999/",
    "/articles/abc/",
    "/articles/-1/",
    "/articles/+2024/",
    "/articles/2024",
    "/articles//",
    "/articles/2024//",
    "/articles/%D9%A1%D9%A2/",
    "/ARTICLES/2024/",
    "/articles/2024/05/",
    "/articles/2024/5/hello-world/",
    "/articles/2024/5/slug_with_underscore/",
    "/articles/2024/5/hello%20world/",
    "/articles/2024/%2e%2e/",
    # custom converter
    "/archive/2024/",
    "/archive/0999/",
    "/archive/20245/",
    "/archive/24/",
    # re_path
    "/archive-re/2024/",
    "/archive-re/2024/%0A",
    "/legacy/12/ab/",
    "/legacy/12/",
    "/re-mixed/abc/12/",
    "/opt/",
    "/opt/3/",
    "/opt/x/",
    "/noend/abc",
    "/noend/abc/def/ghi",
    "/tail/12/",
    "/prefix/tail/12/",
    "/digits/123/",
    "/digits/%D9%A1%D9%A2%D9%A3/",
    # first match wins among items/*
    "/items/42/",
    "/items/042/",
    "/items/hello/",
    "/items/hello-world/",
    "/items/-5/",
    "/items/with%20space/",
    "/items/a+b/",
    "/items/a%2Fb/",
    "/items/%2F/",
    "/items/what%3F/",
    "/items/hash%23/",
    "/items/%25/",
    "/items/%zz/",
    "/items/caf%C3%A9/",
    "/items/%E2%82%AC/",
    "/items/%FF/",
    "/items/%C3/",
    "/items/%00/",
    "/items//",
    "/items/",
    # uuid
    "/uuid/12345678-1234-5678-1234-567812345678/",
    "/uuid/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d/",
    "/uuid/A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D/",
    "/uuid/12345678123456781234567812345678/",
    "/uuid/12345678-1234-5678-1234-56781234567/",
    # path converter
    "/files/a/b/c.txt",
    "/files/a/",
    "/files/",
    "/files//x",
    "/files/a%2Fb",
    "/files/..%2F..%2Fetc/passwd",
    "/files-edit/x/y/edit/",
    "/files-edit/edit/",
    "/files-edit/a/edit/edit/",
    # several str params in one segment (greedy)
    "/download/report.tar.gz",
    "/download/noext",
    # no trailing slash
    "/no-slash",
    "/no-slash/",
    "/api/v2/status",
    "/api/v02/status",
    "/api/v/status",
    # unicode routes
    "/caf%C3%A9/x/",
    "/café/x/",
    "/caf%E9/x/",
    "/CAF%C3%89/x/",
    "/cafe%CC%81/x/",
    "/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%83%86%E3%82%B9%E3%83%88",
    # duplicates / pairs / multi / unnamed
    "/dupa/i/5/",
    "/dupa/s/abc/",
    "/dupb/i/5/",
    "/pair/1/",
    "/pair/1/2/",
    "/pair/1/2/3/",
    "/multi/1/b/c-d/12345678-1234-5678-1234-567812345678/e/f/g",
    "/unnamed/5/",
    # namespaces / includes
    "/blog/",
    "/blog/42/",
    "/blog/hello/",
    "/blog/comments/",
    "/blog/comments/7/",
    "/blog/comments/x/",
    "/blog/comments/thread/3/",
    "/blog/comments/thread/3/reply/9/",
    "/blog/archive/2024/05/",
    "/blog/archive/24/05/",
    "/re-inc/news/12/",
    "/re-inc/news/p/5/",
    "/re-inc/NEWS/12/",
    "/polls/",
    "/polls/3/",
    "/author-polls/3/results/",
    "/publisher-polls/",
    "/ga/",
    "/gb/5/",
    "/wiki/Main_Page/",
    "/wiki/Main%20Page/",
    "/about/",
    "/contact",
    "/contact/",
    "/users/5/",
    "/users/5/posts/6/",
    # leading double slashes
    "//evil.com",
    "/%2F%2Fevil.com",
    # misc no-match
    "/nonexistent/",
    "/%",
]


def resolve_cases():
    cases = []
    for raw in RESOLVE_RAW_PATHS:
        path_info = wsgi_path_info(raw)
        case = {"raw_path": raw, "path": path_info}
        try:
            m = resolve(path_info)
        except Resolver404:
            case["match"] = False
        else:
            case.update(
                {
                    "match": True,
                    "url_name": m.url_name,
                    "namespaces": list(m.namespaces),
                    "namespace": m.namespace,
                    "app_names": list(m.app_names),
                    "app_name": m.app_name,
                    "view": m.func.fixture_id,
                    "route": m.route,
                    "args": [typed_value(a) for a in m.args],
                    "kwargs": {k: typed_value(v) for k, v in m.kwargs.items()},
                }
            )
        cases.append(case)
    return cases


U = "12345678-1234-5678-1234-567812345678"
UH = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"


def RV(viewname, args=None, kwargs=None, current_app=None, query=None, fragment=None):
    return {
        "viewname": viewname,
        "args": args or [],
        "kwargs": kwargs or {},
        "current_app": current_app,
        "query": query,
        "fragment": fragment,
    }


REVERSE_CASES = [
    RV("home"),
    RV("home", args=[1]),
    RV("article-year", args=[2024]),
    RV("article-year", args=["2024"]),
    RV("article-year", args=["0042"]),
    RV("article-year", args=[42]),
    RV("article-year", args=[0]),
    RV("article-year", args=["abc"]),
    RV("article-year", args=[-1]),
    # Huge ints are passed as strings so JSON consumers need not handle bignums.
    RV("article-year", args=["99999999999999999999"]),
    RV("article-year", args=[2024, 5]),
    RV("article-year"),
    RV("article-year", kwargs={"year": 2024}),
    RV("article-year", kwargs={"year": 2024, "extra": 1}),
    RV("article-year", kwargs={"yr": 2024}),
    RV("article-year", args=[2024], kwargs={"year": 2024}),
    RV("article-month", kwargs={"year": 2024, "month": 5}),
    RV("article-month", args=[2024, "05"]),
    RV("article-detail", kwargs={"year": 2024, "month": 5, "slug": "hello-world"}),
    RV("article-detail", kwargs={"year": 2024, "month": 5, "slug": "hello world"}),
    RV("article-detail", kwargs={"year": 2024, "month": 5, "slug": "héllo"}),
    RV("archive-year", args=[7]),
    RV("archive-year", args=[2024]),
    RV("archive-year", args=[12345]),
    RV("archive-year", kwargs={"year": 1999}),
    RV("archive-re-year", args=["2024"]),
    RV("archive-re-year", args=[2024]),
    RV("archive-re-year", args=["24"]),
    RV("legacy", args=["12", "ab"]),
    RV("legacy", args=[12, "ab"]),
    RV("legacy", args=["12"]),
    RV("re-mixed", kwargs={"a": "abc"}),
    RV("re-mixed", args=["abc", "12"]),
    RV("optional-page"),
    RV("optional-page", kwargs={"page": "3"}),
    RV("optional-page", kwargs={"page": 3}),
    RV("noend", kwargs={"x": "abc"}),
    RV("unanchored", kwargs={"n": "12"}),
    RV("unicode-digits", kwargs={"n": "١٢٣"}),
    RV("item-by-id", args=[42]),
    RV("item-by-name", args=["with space"]),
    RV("item-by-name", args=["a/b"]),
    RV("item-by-name", args=["a?b"]),
    RV("item-by-name", args=["100%"]),
    RV("item-by-name", args=["#frag"]),
    RV("item-by-name", args=["café"]),
    RV("item-by-name", args=["a+b&c=d;e,f"]),
    RV("item-by-name", args=["~user@host:1"]),
    RV("item-by-name", args=["!$'()*"]),
    RV("item-by-name", args=['"<>[]{}|\\^`']),
    RV("item-by-name", args=[""]),
    RV("item-by-slug", args=["hello-world"]),
    RV("item-by-slug", args=["hello world"]),
    RV("by-uuid", args=[U]),
    RV("by-uuid", args=[UH]),
    RV("by-uuid", args=[UH.upper()]),
    RV("by-uuid", kwargs={"pk": "not-a-uuid"}),
    RV("file", args=["a/b/c.txt"]),
    RV("file", args=["a b/ü?.txt"]),
    RV("file", args=["/abs"]),
    RV("file", args=[""]),
    RV("file-edit", kwargs={"p": "x/y"}),
    RV("download", kwargs={"name": "report.tar", "ext": "gz"}),
    RV("no-slash"),
    RV("api-status", args=[2]),
    RV("cafe", args=["x"]),
    RV("japanese", args=["テスト"]),
    RV("dupa", args=[5]),
    RV("dupa", args=["5"]),
    RV("dupa", args=["abc"]),
    RV("dupb", args=[5]),
    RV("dupb", args=["abc"]),
    RV("pair", args=[1]),
    RV("pair", args=[1, 2]),
    RV("pair", args=[1, 2, 3]),
    RV("pair", kwargs={"a": 1, "b": 2}),
    RV("pair", kwargs={"b": 2}),
    RV(
        "multi",
        kwargs={"a": 1, "b": "b b", "c": "c-d", "d": U, "e": "e/f/g"},
    ),
    RV("blog:index"),
    RV("blog:post-detail", args=[42]),
    RV("blog:post-slug", args=["hello"]),
    RV("blog:comments:list"),
    RV("blog:comments:detail", kwargs={"cid": 7}),
    RV("blog:comments:threads:thread", kwargs={"tid": 3}),
    RV("blog:comments:threads:reply", kwargs={"tid": 3, "rid": 9}),
    RV("blog:comments:threads:reply", args=[3, 9]),
    RV("blog:month", kwargs={"year": 2024, "month": 5}),
    RV("blog:month", kwargs={"month": 5}),
    RV("blog:comments:index"),
    RV("blog:nope"),
    RV("nope:index"),
    RV("post-detail", args=[42]),
    RV("comments:list"),
    RV("reinc:detail", kwargs={"section": "news", "id": "12"}),
    RV("reinc:path-in-re", kwargs={"section": "news", "n": 5}),
    RV("reinc:detail", kwargs={"section": "NEWS", "id": "12"}),
    RV("polls:index"),
    RV("polls:index", current_app="author-polls"),
    RV("polls:index", current_app="publisher-polls"),
    RV("polls:index", current_app="unknown"),
    RV("polls:detail", args=[3], current_app="author-polls"),
    RV("author-polls:index"),
    RV("author-polls:index", current_app="publisher-polls"),
    RV("publisher-polls:results", args=[3]),
    RV("gallery:index"),
    RV("gallery:index", current_app="gallery-a"),
    RV("gallery:photo", args=[5]),
    RV("gallery-a:photo", args=[5]),
    RV("gallery:photo", args=[5], current_app="polls"),
    RV("blog:comments:detail", kwargs={"cid": 7}, current_app="blog:comments"),
    RV("wiki:page", args=["Main Page"]),
    RV("about"),
    RV("contact"),
    RV("user", kwargs={"uid": 5}),
    RV("user-post", kwargs={"uid": 5, "pid": 6}),
    RV("user-post", args=[5, 6]),
    RV("double-slash", kwargs={"rest": "/evil.com"}),
    RV("double-slash", kwargs={"rest": "//evil.com"}),
    RV("does-not-exist"),
    RV("", args=[]),
    # query= and fragment= (new in Django 5.2)
    RV("home", query={"a": "1"}),
    RV("home", query={"a": ["1", "2"], "b": "x"}),
    RV("home", query={"q": "a b&c=d/é"}),
    RV("home", query={}),
    RV("home", query={"n": 1, "e": ""}),
    RV("home", query={"empty-list": []}),
    RV("article-year", args=[2024], query={"page": "2"}, fragment="top"),
    RV("home", fragment="a b#c"),
    RV("home", fragment=""),
    RV("blog:post-detail", args=[1], query={"x": ["1", "2"]}, fragment="comments"),
    RV("does-not-exist", query={"a": "1"}),
]


def reverse_cases():
    cases = []
    for c in REVERSE_CASES:
        case = dict(c)
        try:
            case["result"] = reverse(
                c["viewname"],
                args=c["args"],
                kwargs=c["kwargs"],
                current_app=c["current_app"],
                query=c["query"],
                fragment=c["fragment"],
            )
        except (NoReverseMatch, ValueError, TypeError) as e:
            case["error"] = error_name(e)
        cases.append(case)
    return cases


def generate_urls():
    # Sanity: run Django's URL system checks over the built URLconf.
    from django.core.checks import run_checks

    for msg in run_checks(tags=["urls"]):
        print("  django url check:", msg, file=sys.stderr)
    return header(
        {
            "urlconf": URLCONF,
            "converters": CONVERTERS,
            "resolve": resolve_cases(),
            "reverse": reverse_cases(),
        }
    )


# ---------------------------------------------------------------------------
# 2. QueryDict
# ---------------------------------------------------------------------------

PARSE_INPUTS = [
    "",
    "a=1",
    "a=1&b=2",
    "a=1&b=2&a=3",
    "a=1&a=1&a=1",
    "b=2&a=1&b=3",
    "a",
    "a&b",
    "a=",
    "=1",
    "=",
    "==",
    "a==",
    "a=1=2",
    "a=b=c&d==e",
    "&",
    "&&",
    "a=1&&b=2",
    "&a=1",
    "a=1&",
    "&&a=1&&",
    "a=1;b=2",
    "a=1;b=2&c=3",
    "a+b=c+d",
    "a=1+2",
    "a=%2B",
    "a=1%2B2",
    "a=%20",
    "a=%2",
    "a=%",
    "a=%zz",
    "a=%G1",
    "%=%",
    "a=100%25",
    "a=%26&b=%3D",
    "a%3Db=c",
    "a%26b=c",
    "a=%E2%82%AC",
    "a=%e2%82%ac",
    "%E2%82%AC=euro",
    "a=%FF",
    "a=%C3",
    "a=%C3%28",
    "a=%ED%A0%80",
    "a=%00",
    "a=€",
    "é=ü",
    "a=日本語",
    "a=caf%C3%A9&a=café",
    "a[]=1&a[]=2",
    "a.b=1&a_b=2",
    "A=1&a=2",
    " a = 1 ",
    "a=1 2",
    "a=%0D%0A",
    "a=\t",
    "?a=1",
    "a=1#frag",
    "a=http://example.com/?x=1&y=2",
    "next=%2Fpath%3Fq%3D1",
    "a=%252B",
    "a=1&b&c=&d=4",
]

URLENCODE_CASES = [
    ([["a", "1"]], None),
    ([["a", "1"], ["a", "2"], ["b", "x y"]], None),
    ([["a", "1"], ["b", "2"], ["a", "3"]], None),
    ([["b", "2"], ["a", "1"]], None),
    ([["next", "/a&b/"]], None),
    ([["next", "/a&b/"]], "/"),
    ([["q", "x y"]], None),
    ([["q", "x y"]], "/"),
    ([["q", "a+b"]], None),
    ([["q", "a+b"]], "+"),
    ([["k", "~tilde"]], None),
    ([["k", "~tilde"]], "/"),
    ([["k", "é€"]], None),
    ([["k", "é€"]], "/"),
    ([["ключ", "значение"]], None),
    ([["k", "!*'();:@&=+$,/?#[]"]], None),
    ([["k", "!*'();:@&=+$,/?#[]"]], "/"),
    ([["k", "!*'();:@&=+$,/?#[]"]], "/?:@"),
    ([["k", ""]], None),
    ([["", "v"]], None),
    ([["", ""]], None),
    ([["a b", "c d"]], ""),
    ([["k", "-_.~"]], None),
    ([["k", "%41"]], None),
    ([["k", "%41"]], "%"),
    ([["k", "\n\t"]], None),
    ([["k", "a/b"]], "/"),
    ([["k", "a/b"]], None),
]

UTILS_URLENCODE_CASES = [
    ([["a", "1"]], False),
    ([["a", "1"], ["b", "2"]], False),
    ([["a", "1"], ["a", "2"]], False),
    ([["a", ["1", "2"]]], True),
    ([["a", ["1", "2"]]], False),
    ([["a", []]], True),
    ([["a", []]], False),
    ([["a", "xyz"]], True),
    ([["a", 1]], False),
    ([["a", 1]], True),
    ([["a", [1, 2]]], True),
    ([["a", 1.5]], False),
    ([["a", True]], False),
    ([["a", "x y"]], False),
    ([["a b", "c&d=e"]], False),
    ([["a", "é€"]], False),
    ([["a", "/path?x=1#f"]], False),
    ([["a", "~-_."]], False),
    ([["a", None]], False),
    ([["a", None]], True),
    ([["a", ["1", None]]], True),
    ([["a", ["1", None]]], False),
    ([[None, "1"]], False),
    ([[1, "1"]], False),
    ([], False),
    ([["a", ""]], False),
    ([["a", [""]]], True),
]

LIMIT_CASES = [
    ("a=1&b=2&c=3", 3),
    ("a=1&b=2&c=3&d=4", 3),
    ("a=1&a=2&a=3", 3),
    ("a=1&a=2&a=3&a=4", 3),
    ("a=1&b=2&c=3&", 3),
    ("&a=1&b=2", 3),
    ("&&", 3),
    ("&&&", 3),
    ("&&&&", 3),
    ("a=1;b=2;c=3;d=4", 1),
    ("a", 1),
    ("a", 0),
    ("", 0),
    ("a=1&b=2", 1),
    ("a=1&b=2", 2),
    ("a=%26&b=%26", 2),
    ("a=1&b=2&c=3&d=4&e=5", None),
    ("=&=&=", 3),
]


def querydict_items(qd):
    return [[k, list(v)] for k, v in qd.lists()]


def generate_querydict():
    parse = [{"input": s, "items": querydict_items(QueryDict(s))} for s in PARSE_INPUTS]

    urlencode_cases = []
    for pairs, safe in URLENCODE_CASES:
        qd = QueryDict(mutable=True)
        for k, v in pairs:
            qd.appendlist(k, v)
        urlencode_cases.append(
            {"pairs": pairs, "safe": safe, "result": qd.urlencode(safe=safe)}
        )

    utils_cases = []
    for query, doseq in UTILS_URLENCODE_CASES:
        case = {"query": query, "doseq": doseq}
        try:
            case["result"] = django_urlencode([tuple(p) for p in query], doseq=doseq)
        except (TypeError, ValueError) as e:
            case["error"] = error_name(e)
        utils_cases.append(case)

    limits = []
    for s, n in LIMIT_CASES:
        case = {"input": s, "max_num_fields": n}
        with override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=n):
            try:
                qd = QueryDict(s)
            except TooManyFieldsSent:
                case["result"] = "TooManyFieldsSent"
            else:
                case["result"] = "ok"
                case["items"] = querydict_items(qd)
        limits.append(case)

    return header(
        {
            "default_max_num_fields": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
            "parse": parse,
            "urlencode": urlencode_cases,
            "utils_urlencode": utils_cases,
            "limits": limits,
        }
    )


# ---------------------------------------------------------------------------
# 3. Cookies
# ---------------------------------------------------------------------------

NOW = 1700000000  # 2023-11-14T22:13:20Z


class FrozenDatetime(datetime.datetime):
    """datetime whose now() is pinned to NOW (used by HttpResponse.set_cookie)."""

    @classmethod
    def now(cls, tz=None):
        return datetime.datetime.fromtimestamp(NOW, tz or datetime.timezone.utc)


FROZEN_DATETIME_MODULE = types.SimpleNamespace(
    datetime=FrozenDatetime,
    timedelta=datetime.timedelta,
    timezone=datetime.timezone,
)


def frozen_time():
    """Patch every clock HttpResponse.set_cookie consults."""
    return [
        mock.patch("time.time", return_value=float(NOW)),
        mock.patch("django.http.response.datetime", FROZEN_DATETIME_MODULE),
    ]


COOKIE_PARSE_HEADERS = [
    "",
    "a=1",
    "a=1; b=2",
    "a=1;b=2",
    "  a = 1  ;   b  =  2  ",
    "a=1; b=2; a=3",
    "b=2; a=1; b=3",
    'a="quoted"',
    'a="with space"',
    'a="semi\\073colon"',
    'a="esc\\"aped"',
    'a="caf\\303\\251"',
    'a="unterminated',
    'a=mid"dle"',
    "a=",
    "a=; b=",
    "=",
    "=value",
    "novalue",
    "a=1; novalue; b=2",
    "a=1; b; c=3",
    "a=b=c",
    "a==",
    "a=1;;b=2",
    ";;a=1;;",
    "; ",
    "a=café",
    "é=1",
    "a=€; b=日本",
    "a b=1",
    "a=1 2",
    "$Version=1; a=1; $Path=/",
    "a=1, b=2",
    "a=\t1\t",
    "a=1; A=2",
    "keebler=E=mc2; L=\"Loves\"; fudge=\\012;",
    "a=%20",
    "a=[1,2]",
    "a={x}",
    "__Host-id=1; __Secure-id=2",
    'a="\\"',
]


def CK(key, value="", max_age=None, expires=None, path="/", domain=None,
       secure=False, httponly=False, samesite=None):
    return {
        "key": key,
        "value": value,
        "max_age": max_age,
        "expires": expires,
        "path": path,
        "domain": domain,
        "secure": secure,
        "httponly": httponly,
        "samesite": samesite,
    }


SET_COOKIE_CASES = [
    CK("a", "1"),
    CK("a", ""),
    CK("a", 123),
    CK("a", "hello world"),
    CK("a", "a,b"),
    CK("a", "a;b"),
    CK("a", 'say "hi"'),
    CK("a", "back\\slash"),
    CK("a", "café"),
    CK("a", "€"),
    CK("a", "tab\there"),
    CK("a", "new\nline"),
    CK("a", "!#$%&'*+-.^_`|~:"),
    CK("a", "a=b"),
    CK("a", "(parens)"),
    CK("a", "[brackets]{braces}"),
    CK("a", "/path?q"),
    CK("a", '"already quoted"'),
    CK("a", "1", max_age=3600),
    CK("a", "1", max_age=0),
    CK("a", "1", max_age=-1),
    CK("a", "1", max_age=3600.7),
    CK("a", "1", max_age={"timedelta_seconds": 86400}),
    CK("a", "1", max_age={"timedelta_seconds": 90.5}),
    CK("a", "1", expires="Wed, 21 Oct 2015 07:28:00 GMT"),
    CK("a", "1", expires="anything goes"),
    CK("a", "1", expires="Wed, 21 Oct 2015 07:28:00 GMT", max_age=60),
    CK("a", "1", expires={"datetime_utc": "2023-11-14T23:13:20"}),
    CK("a", "1", expires={"datetime_utc": "2023-11-14T23:13:20.999999"}),
    CK("a", "1", expires={"datetime_utc": "2030-01-02T03:04:05"}),
    CK("a", "1", expires={"datetime_naive": "2030-01-02T03:04:05"}),
    CK("a", "1", expires={"datetime_aware": "2030-01-02T05:04:05+02:00"}),
    CK("a", "1", expires={"datetime_utc": "2000-01-01T00:00:00"}),
    CK("a", "1", expires={"datetime_utc": "2030-01-02T03:04:05"}, max_age=10),
    CK("a", "1", path=None),
    CK("a", "1", path="/sub dir/"),
    CK("a", "1", path="/ünï/"),
    CK("a", "1", domain="example.com"),
    CK("a", "1", domain=".example.com"),
    CK("a", "1", secure=True),
    CK("a", "1", httponly=True),
    CK("a", "1", samesite="Lax"),
    CK("a", "1", samesite="Strict"),
    CK("a", "1", samesite="None"),
    CK("a", "1", samesite="lax"),
    CK("a", "1", samesite="STRICT"),
    CK("a", "1", samesite=""),
    CK("a", "1", samesite="bogus"),
    CK(
        "sessionid",
        "abc123",
        max_age=1209600,
        path="/",
        domain="example.com",
        secure=True,
        httponly=True,
        samesite="Lax",
    ),
    CK("__Secure-id", "1"),
    CK("__Host-id", "1", secure=True),
    CK("Key-With.Legal_Chars!#$%&'*+^`|~", "1"),
    CK("a b", "1"),
    CK("a;b", "1"),
    CK("ключ", "1"),
    CK("path", "1"),
    CK("Expires", "1"),
    CK("", "1"),
]

DELETE_COOKIE_CASES = [
    {"key": "a", "path": "/", "domain": None, "samesite": None},
    {"key": "a", "path": "/sub/", "domain": "example.com", "samesite": None},
    {"key": "a", "path": None, "domain": None, "samesite": None},
    {"key": "a", "path": "/", "domain": None, "samesite": "Lax"},
    {"key": "a", "path": "/", "domain": None, "samesite": "Strict"},
    {"key": "a", "path": "/", "domain": None, "samesite": "None"},
    {"key": "a", "path": "/", "domain": None, "samesite": "none"},
    {"key": "__Secure-id", "path": "/", "domain": None, "samesite": None},
    {"key": "__Host-id", "path": "/", "domain": None, "samesite": None},
    {"key": "__host-id", "path": "/", "domain": None, "samesite": None},
    {"key": "a", "path": "/", "domain": None, "samesite": "bogus"},
    {"key": "a b", "path": "/", "domain": None, "samesite": None},
]


def decode_max_age(v):
    if isinstance(v, dict):
        return datetime.timedelta(seconds=v["timedelta_seconds"])
    return v


def decode_expires(v):
    if isinstance(v, dict):
        if "datetime_utc" in v:
            d = FrozenDatetime.fromisoformat(v["datetime_utc"])
            return d.replace(tzinfo=datetime.timezone.utc)
        if "datetime_naive" in v:
            return FrozenDatetime.fromisoformat(v["datetime_naive"])
        if "datetime_aware" in v:
            return FrozenDatetime.fromisoformat(v["datetime_aware"])
        raise SystemExit("bad expires spec %r" % v)
    return v


def wire_header(response, key):
    # WSGIHandler emits ("Set-Cookie", morsel.output(header="")) which has a
    # single leading space; ASGIHandler strips it.  We record the stripped form.
    return response.cookies[key].output(header="").strip()


def generate_cookies():
    parse = [
        {"header": h, "cookies": [[k, v] for k, v in parse_cookie(h).items()]}
        for h in COOKIE_PARSE_HEADERS
    ]

    set_cases = []
    patches = frozen_time()
    for p in patches:
        p.start()
    try:
        for c in SET_COOKIE_CASES:
            case = dict(c)
            response = HttpResponse()
            try:
                response.set_cookie(
                    c["key"],
                    c["value"],
                    max_age=decode_max_age(c["max_age"]),
                    expires=decode_expires(c["expires"]),
                    path=c["path"],
                    domain=c["domain"],
                    secure=c["secure"],
                    httponly=c["httponly"],
                    samesite=c["samesite"],
                )
            except Exception as e:  # ValueError, http.cookies.CookieError
                case["error"] = error_name(e)
            else:
                case["header"] = wire_header(response, c["key"])
            set_cases.append(case)

        delete_cases = []
        for c in DELETE_COOKIE_CASES:
            case = dict(c)
            response = HttpResponse()
            try:
                response.delete_cookie(
                    c["key"], path=c["path"], domain=c["domain"], samesite=c["samesite"]
                )
            except Exception as e:
                case["error"] = error_name(e)
            else:
                case["header"] = wire_header(response, c["key"])
            delete_cases.append(case)
    finally:
        for p in reversed(patches):
            p.stop()

    return header(
        {"now": NOW, "parse": parse, "set_cookie": set_cases, "delete_cookie": delete_cases}
    )


# ---------------------------------------------------------------------------
# 4. Escaping / URL safety / hosts / dates / etags
# ---------------------------------------------------------------------------

ESCAPE_INPUTS = [
    "",
    "plain text",
    "<script>alert('x')</script>",
    'a "quoted" value',
    "it's",
    "a & b",
    "&amp; already escaped",
    "&#39;",
    ">>><<<",
    "café ü 日本 €",
    "emoji 😀",
    "\x00\x01\x1f\x7f",
    "line\nbreak\ttab\r",
    "back\\slash",
    "`backtick` = {x}",
    "/slash?q=1#h",
]

ESCAPE_URI_PATH_INPUTS = [
    "",
    "/",
    "/simple/path/",
    "/with space/",
    "/a;b=c?d",
    "/:@&+$,-_.!~*'()",
    "/%20/",
    "/100%/",
    "/#frag",
    "/café/",
    "/日本語/",
    "/a\\b",
    '/"<>`{}|^/',
    "/[brackets]/",
    "/\x00\x1f\x7f",
    "relative/path",
    "/emoji/😀",
]

IRI_TO_URI_INPUTS = [
    None,
    "",
    "/",
    "/I ♥ Django/",
    "/blog/for/Jürgen Münster/",
    "locations/?v=1&q=é",
    "http://example.com/ü?ä=ö#ß",
    "/%20already%20encoded/",
    "/100%/",
    "/#[]=:;$&()+,!?*@'~",
    '/"<>\\^`{|}',
    "/\x00\x07\x7f",
    "/tab\t/newline\n",
    "/😀",
    "mailto:jürgen@example.com",
    "/a%zz",
]

URI_TO_IRI_INPUTS = [
    None,
    "",
    "/",
    "/I%20%E2%99%A5%20Django/",
    "/%E2%99%A5%E2%99%A5/?utf8=%E2%9C%93",
    "/%41%42%43",
    "/%2F%3F%23",
    "/%25%32%35",
    "/%ff",
    "/%C3",
    "/%C3%A9",
    "/%c3%a9",
    "/%zz",
    "/%",
    "/%2",
    "/%E2%82",
    "/%F0%9F%98%80",
    "/%00%20%7F",
    "/already/ünicode",
]

SAFE_URL_CASES = [
    # (url, allowed_hosts, require_https)
    ("/", ["example.com"], False),
    ("/path/?q=1", ["example.com"], False),
    ("", ["example.com"], False),
    (None, ["example.com"], False),
    ("   ", ["example.com"], False),
    ("http://example.com/", ["example.com"], False),
    ("https://example.com/", ["example.com"], False),
    ("http://example.com/", ["example.com"], True),
    ("https://example.com/", ["example.com"], True),
    ("http://EXAMPLE.com/", ["example.com"], False),
    ("http://example.com:8000/", ["example.com"], False),
    ("http://example.com:8000/", ["example.com:8000"], False),
    ("http://evil.com/", ["example.com"], False),
    ("//evil.com", ["example.com"], False),
    ("//example.com/x", ["example.com"], False),
    ("///evil.com", ["example.com"], False),
    ("////evil.com", ["example.com"], False),
    ("\\\\example.com", ["example.com"], False),
    ("\\\\evil.com", ["example.com"], False),
    ("\\/evil.com", ["example.com"], False),
    ("/\\evil.com", ["example.com"], False),
    ("http:/evil.com", ["example.com"], False),
    ("http:evil.com", ["example.com"], False),
    ("http:///evil.com", ["example.com"], False),
    ("https:", ["example.com"], False),
    ("javascript:alert(1)", ["example.com"], False),
    ("JavaScript:alert(1)", ["example.com"], False),
    ("data:text/html,hi", ["example.com"], False),
    ("ftp://example.com/", ["example.com"], False),
    ("mailto:a@example.com", ["example.com"], False),
    ("\x08//evil.com", ["example.com"], False),
    ("\x00/path", ["example.com"], False),
    ("\t//evil.com", ["example.com"], False),
    ("/\t/evil.com", ["example.com"], False),
    ("  /path  ", ["example.com"], False),
    ("http://user:pass@example.com/", ["example.com"], False),
    ("http://example.com@evil.com/", ["example.com"], False),
    ("http://evil.com\\@example.com/", ["example.com"], False),
    ("http://[::1]:8000/", ["[::1]:8000"], False),
    ("http://[::1/", ["example.com"], False),
    ("http://exämple.com/", ["exämple.com"], False),
    ("http://example.com/", [], False),
    ("http://example.com/", None, False),
    ("/relative", None, False),
    ("?next=1", ["example.com"], False),
    ("#frag", ["example.com"], False),
    ("path/without/slash", ["example.com"], False),
]

VALIDATE_HOST_CASES = [
    ("example.com", ["example.com"]),
    ("example.com", ["EXAMPLE.COM"]),
    ("EXAMPLE.COM", ["example.com"]),
    ("sub.example.com", ["example.com"]),
    ("sub.example.com", [".example.com"]),
    ("example.com", [".example.com"]),
    ("deep.sub.example.com", [".example.com"]),
    ("badexample.com", [".example.com"]),
    ("anything.at.all", ["*"]),
    ("example.com", []),
    ("example.com.", ["example.com"]),
    ("example.com", ["example.com."]),
    ("example.com:8000", ["example.com"]),
    ("[::1]", ["[::1]"]),
    ("[::1]:8000", ["[::1]"]),
    ("127.0.0.1", ["127.0.0.1"]),
    ("localhost", [".localhost"]),
    ("", ["*"]),
    ("", [""]),
    ("exa mple.com", ["*"]),
    ("exämple.com", ["exämple.com"]),
    ("example.com", ["*.example.com"]),
    ("a.example.com", ["*.example.com"]),
    ("example.com", ["other.com", "example.com"]),
]

GET_HOST_CASES = [
    # HTTP_HOST header values checked through HttpRequest.get_host()
    ("example.com", ["example.com"]),
    ("example.com:8000", ["example.com"]),
    ("EXAMPLE.com", ["example.com"]),
    ("example.com.", ["example.com"]),
    ("example.com.:8000", ["example.com"]),
    ("sub.example.com", [".example.com"]),
    ("[::1]:8000", ["[::1]"]),
    ("[::1]", ["[::1]"]),
    ("evil.com", ["example.com"]),
    ("example.com@evil.com", ["*"]),
    ("exa mple.com", ["*"]),
    ("example.com:abc", ["*"]),
    ("", ["*"]),
    ("exämple.com", ["*"]),
    ("anything", ["*"]),
]

SPLIT_DOMAIN_PORT_INPUTS = [
    "example.com",
    "example.com:8000",
    "EXAMPLE.COM:80",
    "example.com.",
    "example.com.:8000",
    "example.com..",
    "[::1]",
    "[::1]:8000",
    "[::FFFF:127.0.0.1]:443",
    "[::1",
    "::1",
    "127.0.0.1:8000",
    "localhost",
    "",
    ":8000",
    "example.com:",
    "example.com:abc",
    "example.com:80:90",
    "exa mple.com",
    "exämple.com",
    "under_score.com",
    "-leading.com",
    "example.com@evil.com",
]

HTTP_DATE_EPOCHS = [
    0,
    1,
    -1,
    59,
    86399,
    86400,
    951782400,  # 2000-02-29
    1000000000,
    1445412480,  # 2015-10-21T07:28:00Z
    1700000000,
    1700000000.999,
    2147483647,
    2147483648,
    4102444800,  # 2100-01-01
    253402300799,  # 9999-12-31T23:59:59Z
    -86400,
    1709164800,  # 2024-02-29
]

QUOTE_ETAG_INPUTS = [
    "",
    "abc",
    '"abc"',
    'W/"abc"',
    'w/"abc"',
    "W/abc",
    '"ab"c"',
    'a"b',
    '"',
    '""',
    "*",
    "with space",
    '"with space"',
    "café",
    '"café"',
    '"abc',
    'abc"',
    "\\",
]

PARSE_ETAGS_INPUTS = [
    "",
    "*",
    " * ",
    '"abc"',
    'W/"abc"',
    '"a", "b"',
    '"a",W/"b",  "c"',
    '"a", *',
    "abc",
    '"a", b, "c"',
    '"a,b"',
    ' "a" ',
    'w/"a"',
    '"caf\u00e9"',
    '""',
    '"a" "b"',
    ",,",
    '"x",',
]

ESCAPEJS_INPUTS = [
    "",
    "plain",
    "\"double\" and 'single' quotes",
    "\\ : backslashes",
    "and lots of whitespace: \r\n\t\v\f\b",
    "<script>and this</script>",
    "paragraph separator:\u2029and line separator:\u2028",
    "`", "${interp}",
    "=&;",
    "\x00\x01\x1f\x7f",
    "café 日本 😀",
    "-->",
    "</script>",
    "a=1&b=2",
    "\u0085 NEL",
]


def generate_escaping():
    def io_cases(fn, inputs):
        out = []
        for s in inputs:
            r = fn(s)
            out.append({"input": s, "output": None if r is None else str(r)})
        return out

    safe_url = []
    for url, hosts, https in SAFE_URL_CASES:
        safe_url.append(
            {
                "url": url,
                "allowed_hosts": hosts,
                "require_https": https,
                "result": url_has_allowed_host_and_scheme(
                    url, None if hosts is None else set(hosts), require_https=https
                ),
            }
        )

    vh = [
        {"host": h, "allowed_hosts": a, "result": validate_host(h, a)}
        for h, a in VALIDATE_HOST_CASES
    ]

    get_host = []
    for h, a in GET_HOST_CASES:
        case = {"http_host": h, "allowed_hosts": a}
        req = HttpRequest()
        req.META = {"HTTP_HOST": h, "SERVER_NAME": "fallback", "SERVER_PORT": "80"}
        with override_settings(ALLOWED_HOSTS=a, DEBUG=False, USE_X_FORWARDED_HOST=False):
            try:
                case["result"] = req.get_host()
            except DisallowedHost as e:
                case["error"] = error_name(e)
        get_host.append(case)

    sdp = []
    for h in SPLIT_DOMAIN_PORT_INPUTS:
        d, p = split_domain_port(h)
        sdp.append({"host": h, "domain": d, "port": p})

    dates = [{"epoch": e, "result": http_date(e)} for e in HTTP_DATE_EPOCHS]

    return header(
        {
            "escape": io_cases(escape, ESCAPE_INPUTS),
            "escape_uri_path": io_cases(escape_uri_path, ESCAPE_URI_PATH_INPUTS),
            "iri_to_uri": io_cases(iri_to_uri, IRI_TO_URI_INPUTS),
            "uri_to_iri": io_cases(uri_to_iri, URI_TO_IRI_INPUTS),
            "url_has_allowed_host_and_scheme": safe_url,
            "validate_host": vh,
            "get_host": get_host,
            "split_domain_port": sdp,
            "http_date": dates,
            "quote_etag": io_cases(quote_etag, QUOTE_ETAG_INPUTS),
            "parse_etags": [
                {"input": s, "result": list(parse_etags(s))} for s in PARSE_ETAGS_INPUTS
            ],
            "escapejs": io_cases(escapejs, ESCAPEJS_INPUTS),
        }
    )


# ---------------------------------------------------------------------------


def main():
    outputs = [
        ("Tests/ReinhardtURLsTests/Fixtures/urls.json", generate_urls),
        ("Tests/ReinhardtHTTPTests/Fixtures/querydict.json", generate_querydict),
        ("Tests/ReinhardtHTTPTests/Fixtures/cookies.json", generate_cookies),
        ("Tests/ReinhardtHTTPTests/Fixtures/escaping.json", generate_escaping),
    ]
    for relpath, fn in outputs:
        data = fn()
        target = write_json(relpath, data)
        counts = ", ".join(
            "%s=%d" % (k, len(v)) for k, v in data.items() if isinstance(v, list)
        )
        print("wrote %s (%s)" % (target.relative_to(REPO_ROOT), counts))


if __name__ == "__main__":
    main()
