"""The ORM benchmark's four workloads with Django's ORM (the counterpart of ORMBench).

    django_orm_bench.py sqlite <file path> <output dir> [N all] [N get] [N request]
    django_orm_bench.py postgres <url> <output dir> [N all] [N get] [N request]

Same table (bench_orm_row, created and seeded by `ORMBench seed`; here `managed = False`), same data, same
work as Sources/ORMBench (the formulas of Dataset.swift are repeated below):
  all       list(BenchRow.objects.all())                      1,000 rows hydrated into model instances
  get       BenchRow.objects.get(pk=key)
  get20     20 x get(pk=key) as one request
  update20  with transaction.atomic(): 20 x BenchRow.objects.filter(pk=key).update(int1=..., text1=...)
Before timing, the hydrated values and the rows left by one update request are checked against the checksums
ORMBench wrote to <output dir>/expected-<backend>.json. Same method: a warm-up batch per workload, then the
median ns/operation of 5 batches taken round-robin. Prints `backend<TAB>django<TAB>workload<TAB>ns_per_op`;
details on stderr.
"""

import json
import sys
import time
from datetime import timezone
from urllib.parse import unquote, urlparse

import django
from django.conf import settings

BATCHES = 5
ROW_COUNT = 1000
PER_REQUEST = 20


def key(n):
    """Workload.key: the primary key of single fetch number n."""
    return (n % ROW_COUNT) * 7919 % ROW_COUNT + 1


def request_keys(round_):
    """Workload.requestKeys: the 20 keys of request `round_`."""
    return [key(round_ * PER_REQUEST + i) for i in range(PER_REQUEST)]


def change(round_, index):
    """Workload.change: (key, int1, text1) written by update `index` of request `round_`."""
    return key(round_ * PER_REQUEST + index), (round_ * 100 + index) % 2_000_000_000, f"updated {round_}-{index}"


def canonical(row):
    """RowValues.canonical: id|ints|texts|floats (repr)|flags (0/1)|datetimes (UTC, YYYY-MM-DD HH:MM:SS)."""
    parts = [str(row.id)]
    parts += [str(getattr(row, f"int{i}")) for i in range(1, 6)]
    parts += [getattr(row, f"text{i}") for i in range(1, 7)]
    parts += [repr(getattr(row, f"float{i}")) for i in range(1, 4)]
    parts += ["1" if getattr(row, f"flag{i}") else "0" for i in range(1, 4)]
    parts += [getattr(row, f"at{i}").astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S") for i in range(1, 3)]
    return "|".join(parts)


def checksum(rows):
    """Dataset.swift's checksum: FNV-1a 64 over the canonical texts joined by newlines, as 16 hex digits."""
    h = 0xCBF29CE484222325
    for byte in "\n".join(canonical(row) for row in rows).encode("utf-8"):
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def database_settings(backend, target):
    """Django's DATABASES entry for the SQLite file or the PostgreSQL URL."""
    if backend == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": target}
    url = urlparse(target)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": url.path.lstrip("/"),
        "USER": unquote(url.username or ""),
        "PASSWORD": unquote(url.password or ""),
        "HOST": url.hostname,
        "PORT": str(url.port or 5432),
    }


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("sqlite", "postgres"):
        sys.exit("usage: django_orm_bench.py sqlite|postgres <path|url> <output dir> [N all] [N get] [N request]")
    backend, target, output_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    n_all = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    n_get = int(sys.argv[5]) if len(sys.argv) > 5 else 500
    n_request = int(sys.argv[6]) if len(sys.argv) > 6 else 50

    settings.configure(
        DEBUG=False,
        USE_TZ=True,
        TIME_ZONE="UTC",
        INSTALLED_APPS=[],
        DATABASES={"default": database_settings(backend, target)},
    )
    django.setup()
    from django.db import connection, models, transaction
    from django.test.utils import CaptureQueriesContext

    class BenchRow(models.Model):
        """The benchmark table: the same 20 columns as ORMBench's models."""

        id = models.BigAutoField(primary_key=True)
        int1 = models.IntegerField()
        int2 = models.IntegerField()
        int3 = models.IntegerField()
        int4 = models.IntegerField()
        int5 = models.IntegerField()
        text1 = models.TextField()
        text2 = models.TextField()
        text3 = models.TextField()
        text4 = models.TextField()
        text5 = models.TextField()
        text6 = models.TextField()
        float1 = models.FloatField()
        float2 = models.FloatField()
        float3 = models.FloatField()
        flag1 = models.BooleanField()
        flag2 = models.BooleanField()
        flag3 = models.BooleanField()
        at1 = models.DateTimeField()
        at2 = models.DateTimeField()

        class Meta:
            app_label = "bench"
            db_table = "bench_orm_row"
            managed = False

    def fetch_all():
        return list(BenchRow.objects.all())

    def fetch(k):
        return BenchRow.objects.get(pk=k)

    def update_request(round_):
        with transaction.atomic():
            for index in range(PER_REQUEST):
                k, int1, text1 = change(round_, index)
                BenchRow.objects.filter(pk=k).update(int1=int1, text1=text1)

    # Checks against ORMBench's expected checksums (a freshly seeded table).
    with open(f"{output_dir}/expected-{backend}.json", encoding="utf-8") as f:
        expected = json.load(f)

    def expect(got, want, what):
        if got != want:
            sys.exit(f"django_orm_bench: django {what}: checksum {got}, expected {want}")

    rows = sorted(fetch_all(), key=lambda row: row.id)
    expect(len(rows), ROW_COUNT, "all (row count)")
    expect(checksum(rows), expected["all"], "all")
    expect(checksum([fetch(key(n)) for n in range(expected["get_checked"])]), expected["get"], "get")
    requests = [fetch(k) for r in range(expected["get20_checked"]) for k in request_keys(r)]
    expect(checksum(requests), expected["get20"], "get20")
    with CaptureQueriesContext(connection) as captured:
        fetch(1)
        update_request(expected["update_round"])
    expect(checksum(sorted(fetch_all(), key=lambda row: row.id)), expected["update"], "update20")
    statements = "\n  ".join(q["sql"] for q in captured.captured_queries[:3] + captured.captured_queries[-2:])
    print(f"Django's statements (first get, then the update request's first and last):\n  {statements}", file=sys.stderr)
    print("checks passed: django hydrates the same values and leaves the same rows after updates", file=sys.stderr)

    # Timing, as ORMBench: a warm-up batch per workload, then BATCHES batches round-robin.
    counters = {"get": 0, "get20": 0, "update20": 30_000_000}

    def next_value(name):
        value = counters[name]
        counters[name] += 1
        return value

    def op_all():
        return len(fetch_all())

    def op_get():
        fetch(key(next_value("get")))
        return 1

    def op_get20():
        for k in request_keys(next_value("get20")):
            fetch(k)
        return PER_REQUEST

    def op_update20():
        update_request(next_value("update20"))
        return PER_REQUEST

    cases = [
        ("all", op_all, n_all, []),
        ("get", op_get, n_get, []),
        ("get20", op_get20, n_request, []),
        ("update20", op_update20, n_request, []),
    ]
    sink = 0
    for _, body, operations, _ in cases:
        for _ in range(operations):
            sink += body()
    for _ in range(BATCHES):
        for _, body, operations, per_operation in cases:
            start = time.perf_counter_ns()
            for _ in range(operations):
                sink += body()
            per_operation.append((time.perf_counter_ns() - start) / operations)
    for workload, _, _, per_operation in cases:
        median = sorted(per_operation)[BATCHES // 2]
        batches = " ".join(f"{x:.0f}" for x in per_operation)
        print(f"{backend}\tdjango\t{workload}\tbatches ns/op: {batches}", file=sys.stderr)
        print(f"{backend}\tdjango\t{workload}\t{median:.1f}", flush=True)
    print(f"(sink {sink})", file=sys.stderr)


if __name__ == "__main__":
    main()
