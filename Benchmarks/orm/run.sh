#!/usr/bin/env bash
# The ORM: Reinhardt's query sets against the raw driver running the same SQL, Fluent (ORMBench) and Django's
# ORM (django_orm_bench.py), on the same table and data, in ONE run — on SQLite, and on PostgreSQL when a
# server is reachable.
#
# Usage (from anywhere):
#   Benchmarks/orm/run.sh                                   # build if needed, ~9 min of measuring
#   N_ALL=10 N_GET=200 N_REQ=20 N_DJ_ALL=3 N_DJ_GET=50 N_DJ_REQ=5 Benchmarks/orm/run.sh   # quick check
#   BACKENDS=sqlite Benchmarks/orm/run.sh                   # SQLite only
#
# Knobs (environment):
#   N_ALL=50 N_GET=2000 N_REQ=200       Swift operations per batch for all / get / get20 and update20
#   N_DJ_ALL=20 N_DJ_GET=500 N_DJ_REQ=50   the same for Django (same method, fewer operations)
#   BACKENDS="sqlite postgres"          which databases to measure (SQLite is always possible)
#   PG_URL=postgres://reinhardt:reinhardt@127.0.0.1:5432/reinhardt_test   (table bench_orm_row, dropped at the end)
#   SQLITE_DIR=/dev/shm                 where the SQLite file lives (tmpfs: commits cost no fsync, so the run
#                                       measures ORM and driver rather than the disk); falls back to the log dir
#   NO_BUILD=1                          use the existing .build/release/ORMBench as it is
#   WAIT_MAX=300                        longest wait (s) for other Swift builds/tests before each measuring phase
#   PYTHON=Tools/.venv/bin/python       the interpreter with Django 5.2 (and psycopg 3 for PostgreSQL)
#
# Each backend: `ORMBench seed` creates and fills the table (Reinhardt's DDL), `ORMBench run` checks and times
# (on SQLite the C API floor,) raw, Reinhardt and Fluent, the table is seeded again, then django_orm_bench.py checks and times Django.
# Output: Benchmarks/results/orm-<run id>.tsv (backend, contender, workload, ns_per_op) and the markdown table
# printed at the end, saved as orm-<run id>.md; logs in Benchmarks/results/logs/orm-<run id>/ (git-ignored).
set -eu -o pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH="$(dirname "$HERE")"
ROOT="$(dirname "$BENCH")"
PYTHON="${PYTHON:-$ROOT/Tools/.venv/bin/python}"
N_ALL="${N_ALL:-50}"
N_GET="${N_GET:-2000}"
N_REQ="${N_REQ:-200}"
N_DJ_ALL="${N_DJ_ALL:-20}"
N_DJ_GET="${N_DJ_GET:-500}"
N_DJ_REQ="${N_DJ_REQ:-50}"
BACKENDS="${BACKENDS:-sqlite postgres}"
PG_URL="${PG_URL:-postgres://reinhardt:reinhardt@127.0.0.1:5432/reinhardt_test}"
RUN_ID="$(date +%Y%m%d-%H%M%S)"
RESULTS="$BENCH/results"
OUT="$RESULTS/logs/orm-$RUN_ID"
TSV="$RESULTS/orm-$RUN_ID.tsv"
MD="$RESULTS/orm-$RUN_ID.md"
BIN="$BENCH/.build/release/ORMBench"
mkdir -p "$OUT"
SQLITE_DIR="${SQLITE_DIR:-/dev/shm}"
[ -d "$SQLITE_DIR" ] && [ -w "$SQLITE_DIR" ] || SQLITE_DIR="$OUT"
SQLITE_FILE="$SQLITE_DIR/reinhardt-orm-bench-$RUN_ID.sqlite3"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# The Reinhardt sources the binary is built from (recorded before building; "binary as built" with NO_BUILD=1).
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
DIRTY="$(git -C "$ROOT" status --porcelain -- Sources/ReinhardtDB Sources/ReinhardtUtils 2>/dev/null | grep -q . && echo ', ReinhardtDB/Utils modified' || true)"
if [ "${NO_BUILD:-0}" = 1 ] && [ -x "$BIN" ]; then
    # The record is trusted only when it is newer than the binary (a build outside run.sh leaves it stale).
    if [ -f "$BIN.source" ] && [ ! "$BIN" -nt "$BIN.source" ]; then
        COMMIT="an existing build (NO_BUILD=1) of $(cat "$BIN.source")"
    else
        COMMIT="an existing build (NO_BUILD=1) made outside run.sh (sources unrecorded; HEAD now $COMMIT$DIRTY)"
    fi
    DIRTY=""
fi
if [ "${NO_BUILD:-0}" != 1 ] || [ ! -x "$BIN" ]; then
    while pgrep -f "swift-build" >/dev/null; do
        log "another swift-build is running; waiting"
        sleep 15
    done
    log "swift build -c release --product ORMBench (log: $OUT/build.log)"
    if ! (cd "$BENCH" && swift build -c release --product ORMBench) >"$OUT/build.log" 2>&1; then
        tail -30 "$OUT/build.log" >&2
        log "build failed"
        exit 1
    fi
    echo "$COMMIT$DIRTY" >"$BIN.source"   # what NO_BUILD=1 runs report later
fi
[ -x "$PYTHON" ] || { log "no Python at $PYTHON (python3 -m venv Tools/.venv && Tools/.venv/bin/pip install 'django==5.2.*' 'psycopg[binary]')"; exit 1; }
DJANGO_VERSION="$("$PYTHON" -c 'import django; print(django.get_version())')"

# Measure on a quieter machine: wait for other Swift builds and test runs to end, at most WAIT_MAX seconds per
# phase; then measure anyway and say so in the table.
BUSY=""
wait_quiet() {
    local waited=0
    while pgrep -f swift-build >/dev/null || pgrep -x swift-frontend >/dev/null || pgrep -x swiftc >/dev/null \
        || pgrep -x swift-test >/dev/null || pgrep -f "PackageTests.xctest" >/dev/null; do
        if [ "$waited" -ge "${WAIT_MAX:-300}" ]; then
            log "still busy after ${waited}s; measuring anyway"
            BUSY="$BUSY, other Swift builds/tests running during the $1 phase"
            return
        fi
        log "a Swift build or test run is going on elsewhere; waiting before measuring"
        sleep 15
        waited=$((waited + 15))
    done
}

# PostgreSQL only when the server answers and Django can reach it through psycopg.
SKIPPED=""
if [[ " $BACKENDS " == *" postgres "* ]]; then
    if ! "$PYTHON" -c 'import psycopg' 2>/dev/null; then
        SKIPPED="PostgreSQL skipped: no psycopg in $PYTHON (pip install 'psycopg[binary]')"
    elif command -v pg_isready >/dev/null && ! pg_isready -q -d "$PG_URL"; then
        SKIPPED="PostgreSQL skipped: no server answers at ${PG_URL%%@*}@… (see .ci/postgres.sh)"
    fi
    if [ -n "$SKIPPED" ]; then
        log "$SKIPPED"
        BACKENDS="${BACKENDS//postgres/}"
    fi
fi

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
: >"$OUT/results.tsv"
cleanup() {
    rm -f "$SQLITE_FILE" "$SQLITE_FILE-wal" "$SQLITE_FILE-shm"
    if [[ " $BACKENDS " == *" postgres "* ]] && command -v psql >/dev/null; then
        psql -q "$PG_URL" -c 'DROP TABLE IF EXISTS bench_orm_row' >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT
for backend in $BACKENDS; do
    if [ "$backend" = sqlite ]; then target="$SQLITE_FILE"; else target="$PG_URL"; fi
    "$BIN" seed "$backend" "$target" 2>>"$OUT/$backend-swift.log"
    wait_quiet "$backend Swift"
    log "ORMBench on $backend: C API (SQLite), raw, Reinhardt, Fluent ($N_ALL all / $N_GET get / $N_REQ requests per batch)"
    "$BIN" run "$backend" "$target" "$OUT" "$N_ALL" "$N_GET" "$N_REQ" >>"$OUT/results.tsv" 2> >(tee -a "$OUT/$backend-swift.log" >&2)
    "$BIN" seed "$backend" "$target" 2>>"$OUT/$backend-swift.log"
    wait_quiet "$backend Django"
    log "django_orm_bench.py on $backend: Django $DJANGO_VERSION ($N_DJ_ALL all / $N_DJ_GET get / $N_DJ_REQ requests per batch)"
    "$PYTHON" "$HERE/django_orm_bench.py" "$backend" "$target" "$OUT" "$N_DJ_ALL" "$N_DJ_GET" "$N_DJ_REQ" \
        >>"$OUT/results.tsv" 2> >(tee -a "$OUT/$backend-django.log" >&2)
done

{ printf 'backend\tcontender\tworkload\tns_per_op\n'; cat "$OUT/results.tsv"; } >"$TSV"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
log "wrote $TSV"

awk -F'\t' -v run="$RUN_ID" -v commit="$COMMIT$DIRTY" -v cpu="$(nproc)" -v load="$LOAD_BEFORE → $LOAD_AFTER$BUSY" \
    -v django="$DJANGO_VERSION" -v skipped="$SKIPPED" '
NR == 1 { next }
{ ns[$1 "/" $2 "/" $3] = $4; if (!($1 in seen)) { seen[$1] = 1; order[++backends] = $1 } }
function us(value) {
    if (value == "") return "—"
    if (value >= 1000000) return sprintf("%.2f ms", value / 1000000)
    return value >= 100000 ? sprintf("%.0f µs", value / 1000) : sprintf("%.1f µs", value / 1000)
}
# a / b with the goal mark: `low` says whether the goal is "at most" (else "at least").
function ratio(a, b, goal, low, format,    x) {
    if (a == "" || b == "") return "—"
    x = a / b
    return sprintf(format, x) " " (((low && x <= goal) || (!low && x >= goal)) ? "✓" : "✗")
}
END {
    printf "ORM run %s (Reinhardt at %s, %s CPUs, load average %s; Django %s). Time per operation, median of 5 batches.\n", run, commit, cpu, load, django
    if (skipped != "") printf "%s.\n", skipped
    n = split("all get get20 update20", workloads, " ")
    label["all"] = "fetch 1,000 rows × 20 columns"; label["get"] = "get by primary key"
    label["get20"] = "20 gets (one request)"; label["update20"] = "20 updates in a transaction (one request)"
    for (b = 1; b <= backends; b++) {
        be = order[b]
        printf "\n**%s**\n\n", be == "sqlite" ? "SQLite" : "PostgreSQL"
        print "| workload | C API | raw driver | Reinhardt | Fluent | Django | Reinhardt / raw (goal ≤ 1.5×) | Reinhardt / C API | Fluent / Reinhardt (goal ≥ 5×) | Django / Reinhardt (goal ≥ 10×) |"
        print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
        for (i = 1; i <= n; i++) {
            w = workloads[i]
            r = ns[be "/reinhardt/" w]; raw = ns[be "/raw/" w]; f = ns[be "/fluent/" w]; d = ns[be "/django/" w]
            c = ns[be "/capi/" w]
            if (r == "") continue
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", label[w], us(c), us(raw), us(r), us(f), us(d),
                ratio(r, raw, 1.5, 1, "%.2f×"), (c == "" ? "—" : sprintf("%.2f×", r / c)), ratio(f, r, 5, 0, "%.2f×"),
                ratio(d, r, 10, 0, "%.1f×")
        }
    }
}' "$TSV" | tee "$MD"
