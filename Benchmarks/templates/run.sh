#!/usr/bin/env bash
# Template rendering: Reinhardt's DTL against swift-mustache, Leaf (TemplateBench) and Django's own engine
# (django_bench.py), same templates' output and same data, in ONE run.
#
# Usage (from anywhere):
#   Benchmarks/templates/run.sh                      # build if needed, ~2 min of measuring
#   N_FORTUNES=2000 N_DEEP=2000 N_DJANGO=200 Benchmarks/templates/run.sh    # quick check
#
# Knobs (environment):
#   N_FORTUNES=20000 N_DEEP=20000   Swift renders per batch (5 batches after one warm-up batch)
#   N_DJANGO=2000                   Django renders per batch, both workloads (same method, fewer renders)
#   NO_BUILD=1                      use the existing .build/release/TemplateBench as it is
#   WAIT_MAX=300                    longest wait (s) for other Swift builds/tests before each measuring phase
#   PYTHON=Tools/.venv/bin/python   the interpreter with Django 5.2
#
# The build (`swift build -c release --product TemplateBench` in Benchmarks/, a no-op when up to date)
# waits for any other swift-build on the machine to finish first.
# Output: Benchmarks/results/templates-<run id>.tsv (engine, workload, ns_per_render), the markdown table
# printed at the end and saved next to it as templates-<run id>.md; rendered pages and logs in
# Benchmarks/results/logs/templates-<run id>/ (git-ignored).
set -eu -o pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH="$(dirname "$HERE")"
ROOT="$(dirname "$BENCH")"
PYTHON="${PYTHON:-$ROOT/Tools/.venv/bin/python}"
N_FORTUNES="${N_FORTUNES:-20000}"
N_DEEP="${N_DEEP:-20000}"
N_DJANGO="${N_DJANGO:-2000}"
RUN_ID="$(date +%Y%m%d-%H%M%S)"
RESULTS="$BENCH/results"
OUT="$RESULTS/logs/templates-$RUN_ID"
TSV="$RESULTS/templates-$RUN_ID.tsv"
MD="$RESULTS/templates-$RUN_ID.md"
BIN="$BENCH/.build/release/TemplateBench"
mkdir -p "$OUT"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# The Reinhardt sources the binary is built from (recorded before building; "binary as built" with NO_BUILD=1).
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
DIRTY="$(git -C "$ROOT" status --porcelain -- Sources/ReinhardtTemplates Sources/ReinhardtUtils 2>/dev/null | grep -q . && echo ', ReinhardtTemplates/Utils modified' || true)"
if [ "${NO_BUILD:-0}" = 1 ] && [ -x "$BIN" ]; then COMMIT="an existing build (NO_BUILD=1; HEAD $COMMIT"; DIRTY="$DIRTY)"; fi
if [ "${NO_BUILD:-0}" != 1 ] || [ ! -x "$BIN" ]; then
    while pgrep -x swift-build >/dev/null || pgrep -f "swift-build" >/dev/null; do
        log "another swift-build is running; waiting"
        sleep 15
    done
    log "swift build -c release --product TemplateBench (log: $OUT/build.log)"
    if ! (cd "$BENCH" && swift build -c release --product TemplateBench) >"$OUT/build.log" 2>&1; then
        tail -30 "$OUT/build.log" >&2
        log "build failed"
        exit 1
    fi
fi
[ -x "$PYTHON" ] || { log "no Python at $PYTHON (set PYTHON)"; exit 1; }

# Measure on a quieter machine: wait for other Swift builds and test runs (swift-build, swiftc, swift-test) to
# end, at most WAIT_MAX seconds per phase; then measure anyway and say so in the table.
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
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

wait_quiet Swift
log "TemplateBench: Reinhardt, swift-mustache, Leaf ($N_FORTUNES fortunes / $N_DEEP deep renders per batch)"
"$BIN" "$HERE" "$OUT" "$N_FORTUNES" "$N_DEEP" >"$OUT/swift.tsv" 2> >(tee "$OUT/swift.log" >&2)
wait_quiet Django
log "django_bench.py: Django $("$PYTHON" -c 'import django; print(django.get_version())') ($N_DJANGO renders per batch)"
"$PYTHON" "$HERE/django_bench.py" "$HERE" "$OUT" "$N_DJANGO" "$N_DJANGO" >"$OUT/django.tsv" 2> >(tee "$OUT/django.log" >&2)

{ printf 'engine\tworkload\tns_per_render\n'; cat "$OUT/swift.tsv" "$OUT/django.tsv"; } >"$TSV"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
log "wrote $TSV"

awk -F'\t' -v run="$RUN_ID" -v commit="$COMMIT$DIRTY" -v cpu="$(nproc)" -v load="$LOAD_BEFORE → $LOAD_AFTER$BUSY" '
NR == 1 { next }
{ ns[$1 "/" $2] = $3 }
function speed(peer, w) { return ns[peer "/" w] / ns["reinhardt/" w] }
function mark(ratio, goal) { return ratio >= goal ? "✓" : "✗" }
END {
    printf "Templates run %s (Reinhardt at %s, %s CPUs, load average %s); ns/render is the median of 5 batches.\n\n", run, commit, cpu, load
    print "| workload | Reinhardt | swift-mustache | Leaf | Django | vs faster of Mustache/Leaf (goal ≥ 1.5×) | vs Django (goal ≥ 20×) |"
    print "|---|---:|---:|---:|---:|---:|---:|"
    n = split("fortunes deep", workloads, " ")
    for (i = 1; i <= n; i++) {
        w = workloads[i]
        m = speed("mustache", w); l = speed("leaf", w); d = speed("django", w)
        best = (m < l) ? m : l
        bestName = (m < l) ? "Mustache" : "Leaf"
        printf "| %s | %.1f µs | %.1f µs | %.1f µs | %.1f µs | %.2f× (%s) %s | %.1f× %s |\n", w,
            ns["reinhardt/" w] / 1000, ns["mustache/" w] / 1000, ns["leaf/" w] / 1000, ns["django/" w] / 1000,
            best, bestName, mark(best, 1.5), d, mark(d, 20)
    }
}' "$TSV" | tee "$MD"
