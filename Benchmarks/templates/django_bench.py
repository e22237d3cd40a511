"""The template benchmark's two workloads in Django's own engine (the counterpart of TemplateBench).

    django_bench.py <templates dir> <reinhardt outputs dir> [fortunes renders per batch] [deep renders per batch]

Same templates as Reinhardt (templates/django/, each without its final newline, as TemplateBench loads
them), same data (templates/data.json), same method: Engine with the locmem loader behind the cached loader,
output checked byte for byte against Reinhardt's (reinhardt-fortunes.html, reinhardt-deep.html written by
TemplateBench) before timing, one warm-up batch per workload, then the median ns/render of 5 batches taken round-robin
across the two workloads. Each render looks
the template up by name (get_template through the cached loader) and builds its Context inside the timed
loop, as a view would: fortunes from a list of model-like objects made once, deep from the nested
dictionary json.load made once (TemplateBench converts the deep data to each engine's values once too).
Prints `engine<TAB>workload<TAB>ns_per_render` (engine `django`); details on stderr.
"""

import json
import os
import sys
import time

import django
from django.conf import settings

BATCHES = 5


class Fortune:
    """A model-like object: the template reads .id and .message as attributes."""

    __slots__ = ("id", "message")

    def __init__(self, id, message):
        self.id = id
        self.message = message


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: django_bench.py <templates dir> <reinhardt outputs dir> [N fortunes] [N deep]")
    templates_dir, outputs_dir = sys.argv[1], sys.argv[2]
    fortunes_renders = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    deep_renders = int(sys.argv[4]) if len(sys.argv) > 4 else 2000

    django_dir = os.path.join(templates_dir, "django")
    sources = {}
    for name in os.listdir(django_dir):
        with open(os.path.join(django_dir, name), encoding="utf-8") as f:
            source = f.read()
        sources[name] = source[:-1] if source.endswith("\n") else source

    settings.configure(
        DEBUG=False,
        USE_TZ=True,
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "OPTIONS": {
                    "loaders": [
                        ("django.template.loaders.cached.Loader", [
                            ("django.template.loaders.locmem.Loader", sources),
                        ]),
                    ],
                },
            }
        ],
    )
    django.setup()
    from django.template import Context, engines

    engine = engines["django"].engine  # the django.template.Engine behind the backend

    with open(os.path.join(templates_dir, "data.json"), encoding="utf-8") as f:
        data = json.load(f)
    # Added and sorted once, outside the timing, as TemplateBench does.
    fortunes = [Fortune(**row) for row in data["fortunes"]] + [Fortune(**data["extra_fortune"])]
    fortunes.sort(key=lambda fortune: fortune.message)
    deep = data["deep"]

    def render_fortunes():
        return engine.get_template("fortunes.html").render(Context({"fortunes": fortunes}))

    def render_deep():
        return engine.get_template("level5.html").render(Context(dict(deep)))

    for workload, render in (("fortunes", render_fortunes), ("deep", render_deep)):
        with open(os.path.join(outputs_dir, f"reinhardt-{workload}.html"), encoding="utf-8") as f:
            expected = f.read()
        got = render()
        with open(os.path.join(outputs_dir, f"django-{workload}.html"), "w", encoding="utf-8") as f:
            f.write(got)
        if got != expected:
            index = next((i for i, (a, b) in enumerate(zip(expected, got)) if a != b), min(len(expected), len(got)))
            sys.exit(
                f"django_bench: django {workload} output differs from Reinhardt's at character {index}\n"
                f"reinhardt: …{expected[max(0, index - 60):index + 60]!r}…\n"
                f"django:    …{got[max(0, index - 60):index + 60]!r}…"
            )
    print("outputs verified: Django equals Reinhardt on fortunes and deep", file=sys.stderr)

    # One warm-up batch per workload, then the batches round-robin across workloads, as TemplateBench does.
    sink = 0
    cases = [("fortunes", render_fortunes, fortunes_renders, []), ("deep", render_deep, deep_renders, [])]
    for _, render, renders, _ in cases:
        for _ in range(renders):
            sink += len(render())
    for _ in range(BATCHES):
        for _, render, renders, per_render in cases:
            start = time.perf_counter_ns()
            for _ in range(renders):
                sink += len(render())
            per_render.append((time.perf_counter_ns() - start) / renders)
    for workload, _, _, per_render in cases:
        median = sorted(per_render)[BATCHES // 2]
        print(f"django\t{workload}\tbatches ns/render: {' '.join(f'{x:.0f}' for x in per_render)}", file=sys.stderr)
        print(f"django\t{workload}\t{median:.1f}", flush=True)
    print(f"(checksum {sink})", file=sys.stderr)


if __name__ == "__main__":
    main()
