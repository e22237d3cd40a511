#!/usr/bin/env bash
# End-to-end HTTP comparison: Reinhardt (ReinhardtBenchServer) against its peers, measured with wrk
# on this machine in ONE run, using the same routes, load and measurements as the reference peer
# harness in ../shared/bench/peers (run.sh there).
#
# Usage (from anywhere):
#   Benchmarks/e2e/run.sh                                    # 1 rep x {shared, pinned} x default servers
#   DURATION=3 WARMUP=1 REPS=1 MODES=shared Benchmarks/e2e/run.sh    # quick validation
#   SERVERS="reinhardt hb" Benchmarks/e2e/run.sh
#   Benchmarks/e2e/run.sh --check                            # build/setup + response checks, no load
#
# Knobs (environment):
#   SERVERS="reinhardt nio hb dj-sync"   also available: vapor (slow to build), dj-gthread, dj-uvicorn
#   MODES="shared pinned"  shared: no CPU affinity; pinned: server on CPU 0, wrk on CPU 1 (taskset)
#   REPS=1 DURATION=10 WARMUP=3 CONNS=64 HIGH_CONNS=256 (plaintext is also measured at HIGH_CONNS)
#   DJ_WORKERS=5 DJ_THREADS=2 UV_WORKERS=2
#   REBUILD_REINHARDT=1    run `swift build` for ReinhardtBenchServer even if its binary exists
#   PEERS_SRC=<dir of the reference peers>   default: ../shared/bench/peers next to the repo
#   RESULTS_FROM="results/raw-A.tsv ..."      earlier raw files merged into the summary
#   SUMMARY_OUT=Benchmarks/results/latest.md
#
# Peers are copied (sources only) into Benchmarks/.build-peers/ (git-ignored) and built there in
# release mode if their binary is missing; ReinhardtBenchServer is built in Benchmarks/ likewise.
# Builds wait for any other `swift-build` on the machine to finish (one build at a time).
# Output: Benchmarks/results/raw-<run id>.tsv, $SUMMARY_OUT, logs in Benchmarks/results/logs/ (git-ignored).
# Every process this script starts is stopped by its PID (SIGTERM, then SIGKILL of that PID tree).
set -u -o pipefail

E2E="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH="$(dirname "$E2E")"
ROOT="$(dirname "$BENCH")"
PEERS_SRC="${PEERS_SRC:-$(dirname "$ROOT")/shared/bench/peers}"
WORK="$BENCH/.build-peers"
RESULTS="$BENCH/results"
LOGS="$RESULTS/logs"
mkdir -p "$RESULTS" "$LOGS" "$WORK"

SERVERS="${SERVERS:-reinhardt nio hb dj-sync}"
MODES="${MODES:-shared pinned}"
REPS="${REPS:-1}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-3}"
CONNS="${CONNS:-64}"
HIGH_CONNS="${HIGH_CONNS:-256}"
DJ_WORKERS="${DJ_WORKERS:-5}"
DJ_THREADS="${DJ_THREADS:-2}"
UV_WORKERS="${UV_WORKERS:-2}"
SUMMARY_OUT="${SUMMARY_OUT:-$RESULTS/latest.md}"
CHECK_ONLY=0
[ "${1:-}" = "--check" ] && CHECK_ONLY=1

RUN_ID="$(date +%Y%m%d-%H%M%S)"
RAW="$RESULTS/raw-$RUN_ID.tsv"
[ $CHECK_ONLY = 1 ] && RAW="$LOGS/raw-$RUN_ID-check.tsv"
LOG="$LOGS/run-$RUN_ID.log"
CLK_TCK="$(getconf CLK_TCK)"
SERVER_PID=""
CHECK_FAILS=""

log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$LOG" >&2; }
die() { log "$*"; exit 1; }

# ------------------------------------------------------------------ setup / builds
copy_peer() { # copy_peer NAME: sources of $PEERS_SRC/NAME -> $WORK/NAME (keeps an existing .build)
    [ -d "$PEERS_SRC/$1" ] || die "missing $PEERS_SRC/$1"
    mkdir -p "$WORK/$1"
    tar -C "$PEERS_SRC/$1" --exclude=.build --exclude=.venv --exclude=__pycache__ -cf - . | tar -C "$WORK/$1" -xf -
}

wait_other_builds() {
    local waited=0
    while pgrep -x swift-build >/dev/null || pgrep -x swift-frontend >/dev/null; do
        [ $waited = 0 ] && log "another Swift build is running; waiting for it to finish"
        waited=1; sleep 20
    done
}

build_swift() { # build_swift DIR PRODUCT
    local dir="$1" product="$2" bin="$1/.build/release/$2" t0
    [ -x "$bin" ] && return 0
    wait_other_builds
    log "building $product in $dir (release)"
    t0=$(date +%s)
    (cd "$dir" && swift build -c release --product "$product") >"$LOGS/build-$product.log" 2>&1 \
        || die "build of $product failed, see $LOGS/build-$product.log"
    log "built $product in $(( $(date +%s) - t0 ))s"
}

need_venv() {
    [ -x "$WORK/.venv/bin/gunicorn" ] && [ -x "$WORK/.venv/bin/uvicorn" ] && return 0
    log "creating $WORK/.venv from django/requirements.txt"
    python3 -m venv "$WORK/.venv" >>"$LOG" 2>&1 || die "venv creation failed"
    "$WORK/.venv/bin/pip" install -q -r "$WORK/django/requirements.txt" >>"$LOG" 2>&1 || die "pip install failed (see $LOG)"
}

# ------------------------------------------------------------------ process helpers
pid_tree() { # all PIDs of the tree rooted at $1, root first
    local p="$1" c
    [ -d "/proc/$p" ] || return 0
    echo "$p"
    for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do pid_tree "$c"; done
}
tree_sum() { # tree_sum PID FILE AWK-PROGRAM: sum of a per-process number over the tree
    local s=0 p v
    for p in $(pid_tree "$1"); do
        v=$(awk "$3" "/proc/$p/$2" 2>/dev/null); s=$((s + ${v:-0}))
    done
    echo "$s"
}
tree_hwm_kb()    { tree_sum "$1" status '/^VmHWM:/{print $2}'; }
tree_pss_kb()    { tree_sum "$1" smaps_rollup '/^Pss:/{print $2}'; }
tree_cpu_ticks() { tree_sum "$1" stat '{print $14 + $15}'; }
tree_threads()   { tree_sum "$1" status '/^Threads:/{print $2}'; }
tree_reset_hwm() { local p; for p in $(pid_tree "$1"); do echo 5 >"/proc/$p/clear_refs" 2>/dev/null || true; done; }

stop_server() {
    local pid="$1" pids i
    [ -n "$pid" ] || return 0
    pids=$(pid_tree "$pid" | tr '\n' ' ')
    kill -TERM "$pid" 2>/dev/null
    for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
        log "server $pid did not stop on SIGTERM; SIGKILL to $pids"
        for i in $pids; do kill -KILL "$i" 2>/dev/null; done
    fi
    wait "$pid" 2>/dev/null
    for i in $pids; do kill -0 "$i" 2>/dev/null && kill -KILL "$i" 2>/dev/null; done
    SERVER_PID=""
}
cleanup() { [ -n "$SERVER_PID" ] && stop_server "$SERVER_PID"; }
trap 'cleanup; exit 130' INT TERM
trap cleanup EXIT

# ------------------------------------------------------------------ servers
# Ports differ from the reference harness (18081..18086) so both can coexist.
server_port() {
    case "$1" in
        reinhardt) echo 18190 ;; nio) echo 18191 ;; hb) echo 18192 ;; vapor) echo 18193 ;;
        dj-sync) echo 18194 ;; dj-gthread) echo 18195 ;; dj-uvicorn) echo 18196 ;;
    esac
}
server_bin() {
    case "$1" in
        reinhardt) echo "$BENCH/.build/release/ReinhardtBenchServer" ;;
        nio) echo "$WORK/nio-bare/.build/release/NIOBareServer" ;;
        hb) echo "$WORK/hummingbird-server/.build/release/HBServer" ;;
        vapor) echo "$WORK/vapor-server/.build/release/VaporServer" ;;
    esac
}
server_desc() {
    case "$1" in
        reinhardt) echo "Reinhardt ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet HEAD -- Sources 2>/dev/null || echo '+dirty')) on HummingbirdCore" ;;
        nio) echo "bare SwiftNIO, System.coreCount event loops" ;;
        hb) echo "Hummingbird 2" ;;
        vapor) echo "Vapor 4 (production env, ErrorMiddleware only)" ;;
        dj-sync) echo "Django 5.2 + gunicorn sync, $DJ_WORKERS workers" ;;
        dj-gthread) echo "Django 5.2 + gunicorn gthread, $DJ_WORKERS workers x $DJ_THREADS threads" ;;
        dj-uvicorn) echo "Django 5.2 ASGI + uvicorn, $UV_WORKERS workers" ;;
    esac
}

start_server() { # start_server NAME MODE LOGFILE -> SERVER_PID
    local name="$1" mode="$2" logf="$3" port pin=()
    port=$(server_port "$name")
    [ "$mode" = pinned ] && pin=(taskset -c 0)
    if curl -s -o /dev/null -m 1 "http://127.0.0.1:$port/"; then
        log "port $port is already in use; not starting $name"; return 1
    fi
    case "$name" in
        reinhardt|nio|hb|vapor) "${pin[@]}" "$(server_bin "$name")" "$port" >"$logf" 2>&1 & ;;
        dj-sync|dj-gthread)
            # (gunicorn turns sync into gthread when --threads > 1, so sync gets no --threads)
            local wc=(--worker-class sync); [ "$name" = dj-gthread ] && wc=(--worker-class gthread --threads "$DJ_THREADS")
            (cd "$WORK/django" && exec "${pin[@]}" "$WORK/.venv/bin/gunicorn" benchsite.wsgi:application \
                --bind "127.0.0.1:$port" --workers "$DJ_WORKERS" "${wc[@]}" \
                --backlog 4096 --log-level warning) >"$logf" 2>&1 & ;;
        dj-uvicorn)
            (cd "$WORK/django" && BENCH_URLCONF=benchsite.urls_async exec "${pin[@]}" "$WORK/.venv/bin/uvicorn" \
                benchsite.asgi:application --host 127.0.0.1 --port "$port" --workers "$UV_WORKERS" \
                --loop uvloop --http httptools --no-access-log --log-level warning --backlog 4096) >"$logf" 2>&1 & ;;
        *) log "unknown server $name"; return 1 ;;
    esac
    SERVER_PID=$!
}

wait_ready() {
    local port="$1" i
    for i in $(seq 1 300); do
        kill -0 "$SERVER_PID" 2>/dev/null || return 1
        curl -s -o /dev/null -m 1 "http://127.0.0.1:$port/plaintext" && return 0
        sleep 0.2
    done
    return 1
}

# ------------------------------------------------------------------ response checks
check_routes() { # check_routes NAME PORT: status, body (JSON compared as JSON), content type, X-MW-1..5
    local name="$1" base="http://127.0.0.1:$2" f="$LOGS/check-$1.log" fails=0 h
    : >"$f"
    chk() { # URL STATUS BODY|- CTYPE-PREFIX|-
        local body st ct
        body=$(curl -s -m 5 -D "$f.h" "$base$1")
        st=$(awk 'NR==1{print $2}' "$f.h")
        ct=$(awk -F': ' 'tolower($1)=="content-type"{print $2}' "$f.h" | tr -d '\r')
        { echo "== GET $1 -> $st [$ct]"; cat "$f.h"; printf '%s\n' "${body:0:300}"; } >>"$f"
        if [ "$st" != "$2" ]; then log "CHECK FAIL $name $1: status $st, expected $2"; fails=$((fails + 1)); fi
        if [ "$3" != - ] && [ "$body" != "$3" ] && ! { [[ "$3" == "{"* ]] && python3 -c \
            'import json,sys; sys.exit(json.loads(sys.argv[1]) != json.loads(sys.argv[2]))' "$body" "$3" 2>/dev/null; }; then
            log "CHECK FAIL $name $1: body '${body:0:100}'"; fails=$((fails + 1))
        fi
        if [ "$4" != - ] && [[ "$ct" != "$4"* ]]; then log "CHECK FAIL $name $1: content-type '$ct'"; fails=$((fails + 1)); fi
    }
    chk /plaintext 200 "Hello, World!" text/plain
    chk /json 200 '{"message":"Hello, World!"}' application/json
    chk /products/42/ 200 '{"id":42,"name":"Product 42"}' application/json
    chk /products/abc/ 404 - -
    chk /mw/json 200 '{"message":"Hello, World!"}' application/json
    for h in X-MW-1 X-MW-2 X-MW-3 X-MW-4 X-MW-5; do
        grep -qi "^$h: 1" "$f.h" || { log "CHECK FAIL $name /mw/json: missing header $h"; fails=$((fails + 1)); }
    done
    rm -f "$f.h"
    row "$RUN_ID" 1 "$mode" "$name" "(check)" 0 0 NA NA 0 "$fails" none 0 0 0 NA 0 yes
    if [ $fails = 0 ]; then log "checks OK for $name ($f)"; else CHECK_FAILS="$CHECK_FAILS $name"; fi
}

# ------------------------------------------------------------------ measurement
to_ms() { # wrk latency token (812.00us, 1.20ms, 2.00s) -> ms
    awk -v t="$1" 'BEGIN{ v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /ms$/) ; else if (t ~ /m$/) v *= 60000; else if (t ~ /s$/) v *= 1000; printf "%.3f", v }'
}

row() { local IFS=$'\t'; echo "$*" >>"$RAW"; }

measure() { # measure REP MODE NAME PORT ROUTE CONNS
    local rep="$1" mode="$2" name="$3" port="$4" route="$5" c="$6" wpin=() out
    [ "$mode" = pinned ] && wpin=(taskset -c 1)
    local url="http://127.0.0.1:$port$route"
    "${wpin[@]}" wrk -t1 -c"$c" -d"${WARMUP}s" "$url" >/dev/null 2>&1
    tree_reset_hwm "$SERVER_PID"
    local cmd=("${wpin[@]}" wrk -t1 -c"$c" -d"${DURATION}s" --latency "$url") cpu0 cpu1 t0 t1
    cpu0=$(tree_cpu_ticks "$SERVER_PID"); t0=$(date +%s.%N)
    out=$("${cmd[@]}" 2>&1)
    t1=$(date +%s.%N); cpu1=$(tree_cpu_ticks "$SERVER_PID")
    { echo "### rep=$rep mode=$mode server=$name route=$route c=$c"; echo "\$ ${cmd[*]}"; echo "$out"; } >>"$LOGS/wrk-$RUN_ID.log"
    local rps p50 p99 reqs non2xx serr hwm pss thr cpu_pct cpu_us alive
    rps=$(awk '/^Requests\/sec:/{print $2}' <<<"$out")
    p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
    reqs=$(awk '/requests in/{print $1}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx responses:/{print $NF}' <<<"$out")
    serr=$(awk '/Socket errors:/{gsub(",",""); printf "connect=%s,read=%s,write=%s,timeout=%s", $4, $6, $8, $10}' <<<"$out")
    hwm=$(tree_hwm_kb "$SERVER_PID"); pss=$(tree_pss_kb "$SERVER_PID"); thr=$(tree_threads "$SERVER_PID")
    cpu_pct=$(awk -v a="$cpu0" -v b="$cpu1" -v t0="$t0" -v t1="$t1" -v hz="$CLK_TCK" 'BEGIN{printf "%.0f", 100*(b-a)/hz/(t1-t0)}')
    cpu_us=$(awk -v a="$cpu0" -v b="$cpu1" -v n="${reqs:-0}" -v hz="$CLK_TCK" 'BEGIN{ if (n > 0) printf "%.1f", (b-a)/hz*1e6/n; else print "NA" }')
    kill -0 "$SERVER_PID" 2>/dev/null && alive=yes || alive=NO
    [ -n "$p50" ] && p50=$(to_ms "$p50") || p50=NA
    [ -n "$p99" ] && p99=$(to_ms "$p99") || p99=NA
    row "$RUN_ID" "$rep" "$mode" "$name" "$route" "$c" "${rps:-0}" "$p50" "$p99" "${reqs:-0}" "${non2xx:-0}" \
        "${serr:-none}" "$hwm" "$pss" "$cpu_pct" "$cpu_us" "$thr" "$alive"
    log "$(printf '%-9s %-6s %-13s c=%-3s %10s req/s p50=%sms p99=%sms non2xx=%s sockerr=%s peakRSS=%sKiB cpu=%s%% %sus/req alive=%s' \
        "$name" "$mode" "$route" "$c" "${rps:-0}" "$p50" "$p99" "${non2xx:-0}" "${serr:-none}" "$hwm" "$cpu_pct" "$cpu_us" "$alive")"
    [ "$alive" = yes ]
}

run_server() { # run_server REP MODE NAME
    local rep="$1" mode="$2" name="$3" port logf
    port=$(server_port "$name")
    logf="$LOGS/server-$name-$mode-r$rep-$RUN_ID.log"
    start_server "$name" "$mode" "$logf" || { row "$RUN_ID" "$rep" "$mode" "$name" "(failed)" 0 0 NA NA 0 0 none 0 0 0 NA 0 NO; return 1; }
    if ! wait_ready "$port"; then
        log "$name did not become ready on port $port; see $logf"
        row "$RUN_ID" "$rep" "$mode" "$name" "(failed)" 0 0 NA NA 0 0 none 0 0 0 NA 0 NO
        stop_server "$SERVER_PID"; return 1
    fi
    sleep 0.5
    log "started $name (pid $SERVER_PID, $mode, port $port, $(tree_threads "$SERVER_PID") threads, $(pid_tree "$SERVER_PID" | wc -l) processes, startup peak RSS $(tree_hwm_kb "$SERVER_PID") KiB): $(server_desc "$name")"
    row "$RUN_ID" "$rep" "$mode" "$name" "(startup)" 0 0 NA NA 0 0 none "$(tree_hwm_kb "$SERVER_PID")" "$(tree_pss_kb "$SERVER_PID")" 0 NA "$(tree_threads "$SERVER_PID")" yes
    [ "$rep" = 1 ] && check_routes "$name" "$port"
    if [ $CHECK_ONLY = 0 ]; then
        local spec
        for spec in "/plaintext $CONNS" "/plaintext $HIGH_CONNS" "/json $CONNS" "/products/42/ $CONNS" "/mw/json $CONNS"; do
            # shellcheck disable=SC2086
            measure "$rep" "$mode" "$name" "$port" $spec || { log "$name died during $spec; see $logf"; break; }
        done
    fi
    stop_server "$SERVER_PID"
    sleep 1
}

# ------------------------------------------------------------------ main
command -v wrk >/dev/null || die "wrk not found (apt-get install wrk)"
command -v swift >/dev/null || die "swift not on PATH"
log "run $RUN_ID: SERVERS='$SERVERS' MODES='$MODES' REPS=$REPS DURATION=${DURATION}s WARMUP=${WARMUP}s CONNS=$CONNS HIGH_CONNS=$HIGH_CONNS"
log "machine: $(nproc) cpus ($(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg)"
for s in $SERVERS; do
    case "$s" in
        reinhardt)
            [ "${REBUILD_REINHARDT:-0}" = 1 ] && rm -f "$(server_bin reinhardt)"
            build_swift "$BENCH" ReinhardtBenchServer
            log "ReinhardtBenchServer binary: $(stat -L -c '%s bytes, built %y' "$(server_bin reinhardt)")" ;;
        nio) copy_peer nio-bare; build_swift "$WORK/nio-bare" NIOBareServer ;;
        hb) copy_peer hummingbird-server; build_swift "$WORK/hummingbird-server" HBServer ;;
        vapor) copy_peer vapor-server; build_swift "$WORK/vapor-server" VaporServer ;;
        dj-*) copy_peer django; need_venv ;;
        *) die "unknown server '$s'" ;;
    esac
done
[ -x "$WORK/.venv/bin/python" ] && log "python: $("$WORK/.venv/bin/python" -c 'import sys,django,gunicorn;print(sys.version.split()[0],"django",django.__version__,"gunicorn",gunicorn.__version__)' 2>/dev/null)"
log "swift: $(swift --version 2>&1 | head -1); wrk: $(wrk -v 2>&1 | head -1)"

printf "run_id\trep\tmode\tserver\troute\tconns\trps\tp50_ms\tp99_ms\trequests\tnon2xx\tsocket_errors\tpeak_rss_kb\tpss_kb\tserver_cpu_pct\tcpu_us_per_req\tthreads\talive\n" >"$RAW"
for rep in $(seq 1 "$REPS"); do
    for mode in $MODES; do
        for s in $SERVERS; do run_server "$rep" "$mode" "$s"; done
    done
done
[ -n "$CHECK_FAILS" ] && log "response checks FAILED for:$CHECK_FAILS (see $LOGS/check-*.log)"
if [ $CHECK_ONLY = 0 ]; then
    log "raw results: $RAW"
    # shellcheck disable=SC2086
    python3 "$E2E/summarize.py" ${RESULTS_FROM:-} "$RAW" >"$SUMMARY_OUT" && log "summary: $SUMMARY_OUT"
fi
