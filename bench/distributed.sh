#!/usr/bin/env bash
# Reel distributed benchmark (issue 14): the reference job over PostgreSQL, rendered by 1 and by 2
# `reel worker`s, with per-chunk times and a model of 4, 8 and 16 workers.
#
#   bash bench/distributed.sh [--reel PATH] [--database URL] [--chunks N] [--workers "1 2"]
#
# The reference job is bench/run.sh's (5 photos with slow zoom, fades, a title, music: 60 s
# 1080p30), made by `run.sh --media-only`, uploaded through the seed API and exported. Everything
# goes to bench/work/distributed/ (gitignored).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
WORK="$BENCH_DIR/work"
OUT="$WORK/distributed"

REEL=""
DATABASE=""
CHUNKS=16
WORKER_COUNTS="1 2"
LEASE=30

usage() {
    sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<'EOF'
Options:
  --reel PATH       use this reel binary (default: swift build -c release --product reel,
                    then .build/release/reel)
  --database URL    a PostgreSQL server to use (postgres://user@host:port/db; a database is
                    created on it for each run and dropped after). Default: $REEL_TEST_POSTGRES_URL,
                    else a throwaway cluster started with `scripts/postgres.sh start` and stopped after
  --chunks N        chunk tasks per render (worker --chunks; default 16, so the model reaches
                    16 workers with the chunks actually measured)
  --workers "A B"   worker counts to run (default "1 2")
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --reel) REEL=${2:?--reel needs a path}; shift 2 ;;
        --reel=*) REEL=${1#--reel=}; shift ;;
        --database) DATABASE=${2:?--database needs a URL}; shift 2 ;;
        --database=*) DATABASE=${1#--database=}; shift ;;
        --chunks) CHUNKS=${2:?--chunks needs a number}; shift 2 ;;
        --chunks=*) CHUNKS=${1#--chunks=}; shift ;;
        --workers) WORKER_COUNTS=${2:?--workers needs a list}; shift 2 ;;
        --workers=*) WORKER_COUNTS=${1#--workers=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "distributed.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done
[[ "$CHUNKS" =~ ^[1-9][0-9]*$ ]] || { echo "distributed.sh: --chunks needs a positive integer, got $CHUNKS" >&2; exit 2; }
for n in $WORKER_COUNTS; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "distributed.sh: --workers needs positive integers, got $WORKER_COUNTS" >&2; exit 2; }
done

say() { printf '\n== %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'distributed.sh: %s\n' "$*" >&2; exit 1; }

for tool in ffprobe python3 psql; do
    command -v "$tool" >/dev/null || die "$tool not found on PATH (psql: apt-get install postgresql-client)"
done

# ---------------------------------------------------------------------------------------------
# Cleanup: only the processes this script started, by their ids; the databases it made; the
# cluster if it started one.
# ---------------------------------------------------------------------------------------------
PIDS=()
DATABASES=()
STARTED_CLUSTER=0
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    PIDS=()
    local db
    for db in "${DATABASES[@]}"; do
        psql -X -q -v ON_ERROR_STOP=1 -d "$DATABASE" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    done
    DATABASES=()
    if (( STARTED_CLUSTER )); then
        bash "$REPO_DIR/scripts/postgres.sh" stop >/dev/null 2>&1 || true
        STARTED_CLUSTER=0
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# 1. The reference job's media and draft (bench/run.sh makes and caches them)
# ---------------------------------------------------------------------------------------------
say "Reference media (bench/run.sh --media-only)"
bash "$BENCH_DIR/run.sh" --media-only
[[ -f "$WORK/reference.json" ]] || die "bench/run.sh did not write $WORK/reference.json"
rm -rf "$OUT"
mkdir -p "$OUT"

say "Reel binary"
if [[ -z "$REEL" ]]; then
    echo "building: swift build -c release --product reel"
    (cd "$REPO_DIR" && swift build -c release --product reel)
    REEL="$REPO_DIR/.build/release/reel"
fi
[[ -x "$REEL" ]] || die "reel binary not found or not executable: $REEL"
REEL=$(cd "$(dirname "$REEL")" && pwd)/$(basename "$REEL")
echo "reel: $REEL"
# Where the engine cuts the reference job into $CHUNKS chunks (frame ranges), for the table.
"$REEL" render "$WORK/reference.json" --output "$OUT/dry-run.mp4" --chunks "$CHUNKS" --dry-run \
    >"$OUT/dry-run.json" 2>"$OUT/dry-run.log" || warn "reel render --dry-run --chunks $CHUNKS failed (see $OUT/dry-run.log)"

# ---------------------------------------------------------------------------------------------
# 2. PostgreSQL
# ---------------------------------------------------------------------------------------------
say "PostgreSQL"
[[ -n "$DATABASE" ]] || DATABASE=${REEL_TEST_POSTGRES_URL:-}
if [[ -z "$DATABASE" ]]; then
    [[ -f "$REPO_DIR/scripts/postgres.sh" ]] || die "no --database, no REEL_TEST_POSTGRES_URL and no scripts/postgres.sh"
    echo "starting a throwaway cluster: bash scripts/postgres.sh start"
    started=$(bash "$REPO_DIR/scripts/postgres.sh" start) || die "scripts/postgres.sh start failed"
    STARTED_CLUSTER=1
    DATABASE=$(printf '%s\n' "$started" | grep -Eo 'postgres(ql)?://[^[:space:]"'"'"']+' | tail -n 1 || true)
    [[ -n "$DATABASE" ]] || die "scripts/postgres.sh start printed no postgres:// URL: $started"
fi
psql -X -q -v ON_ERROR_STOP=1 -d "$DATABASE" -c "SELECT 1" >/dev/null || die "cannot connect to $DATABASE"
echo "server: $DATABASE"

# The same server and credentials, another database.
database_url() {
    python3 - "$DATABASE" "$1" <<'EOF'
import sys, urllib.parse
u = urllib.parse.urlsplit(sys.argv[1])
print(urllib.parse.urlunsplit((u.scheme, u.netloc, "/" + sys.argv[2], u.query, u.fragment)))
EOF
}

# The port a process logged ("listening on 127.0.0.1:<port>"), waiting up to 120 s.
wait_port() {
    local log=$1 pid=$2 port
    for _ in $(seq 1 1200); do
        port=$(grep -Eo 'listening on 127\.0\.0\.1:[0-9]+' "$log" 2>/dev/null | head -n 1 | sed 's/.*://' || true)
        if [[ -n "$port" && "$port" != 0 ]]; then echo "$port"; return 0; fi
        kill -0 "$pid" 2>/dev/null || { tail -n 20 "$log" >&2; die "process $pid exited before listening (log: $log)"; }
        sleep 0.1
    done
    tail -n 20 "$log" >&2
    die "process $pid did not start listening in 120 s (log: $log)"
}

# Each line of stdin with the time it arrived (seconds since the epoch), so the workers' own
# log format does not matter: `claimed <task> (attempt <n>)` and `finished <task>` are timed here.
STAMP='import sys, time
for line in sys.stdin:
    sys.stdout.write("%.3f %s" % (time.time(), line))
    sys.stdout.flush()'

# ---------------------------------------------------------------------------------------------
# 3. One run: a fresh database, one API node, N workers; the job through the seed API.
# ---------------------------------------------------------------------------------------------
run_once() {
    local n=$1 dir="$OUT/workers-$1" db pid port url i
    mkdir -p "$dir/media-root" "$dir/data"
    db="reel_bench_${n}w_$(date +%s)_$$"
    psql -X -q -v ON_ERROR_STOP=1 -d "$DATABASE" -c "CREATE DATABASE $db" >/dev/null
    DATABASES+=("$db")
    url=$(database_url "$db")

    "$REEL" serve --database "$url" --media-root "$dir/media-root" --data "$dir/data" --port 0 \
        --rate-limit 100000 >"$dir/api.log" 2>&1 &
    pid=$!
    PIDS+=("$pid")
    port=$(wait_port "$dir/api.log" "$pid")
    for (( i = 1; i <= n; i++ )); do
        # The worker's pid (not the stamping filter's) is the one to stop.
        "$REEL" worker --database "$url" --media-root "$dir/media-root" --port 0 --worker-id "w$i" \
            --chunks "$CHUNKS" --lease "$LEASE" > >(python3 -u -c "$STAMP" >"$dir/w$i.log") 2>&1 &
        PIDS+=("$!")
        wait_port "$dir/w$i.log" "$!" >/dev/null
    done
    echo "api node on port $port, $n worker(s), database $db"
    load_check
    python3 - "http://127.0.0.1:$port" "$WORK/reference.json" "$dir" <<'EOF'
import json, os, sys, time, urllib.request, urllib.error, uuid
base, draft_path, out = sys.argv[1], sys.argv[2], sys.argv[3]

def call(method, path, token=None, body=None, headers=None, raw=False):
    h = dict(headers or {})
    if token: h["Authorization"] = "Bearer " + token
    data = body
    if isinstance(body, (dict, list)):
        data = json.dumps(body).encode()
        h["Content-Type"] = "application/json"
    req = urllib.request.Request(base + path, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            payload = r.read()
    except urllib.error.HTTPError as e:
        payload = e.read()
    return payload if raw else json.loads(payload)

token = call("POST", "/api/auth/anonymous-token", headers={"X-Client-Id": "bench-" + uuid.uuid4().hex})["data"]["token"]
sid = call("POST", "/api/tasks/me/with-session/nemo_agent", token, {"task_name": "project", "language": "en"})["data"]["session_id"]

draft = json.load(open(draft_path))
sources = []
def collect(node):
    if isinstance(node, dict):
        src = node.get("src")
        if isinstance(src, str) and src not in sources: sources.append(src)
        for v in node.values(): collect(v)
    elif isinstance(node, list):
        for v in node: collect(v)
collect(draft)
boundary = "reel-bench-" + uuid.uuid4().hex
body = b""
for path in sources:
    body += ('--%s\r\nContent-Disposition: form-data; name="files"; filename="%s"\r\n'
             'Content-Type: application/octet-stream\r\n\r\n' % (boundary, os.path.basename(path))).encode()
    body += open(path, "rb").read() + b"\r\n"
body += ("--%s--\r\n" % boundary).encode()
up = call("POST", "/api/upload-video/nemo_agent/me/" + sid, token, body,
          {"Content-Type": "multipart/form-data; boundary=" + boundary})
media = up.get("data", {}).get("media") or []
if up.get("code") != 0 or len(media) != len(sources):
    sys.exit("upload failed: %s" % json.dumps(up)[:1000])
names = {os.path.basename(s): m["path"] for s, m in zip(sources, media)}
def rename(node):
    if isinstance(node, dict):
        return {k: (names[os.path.basename(v)] if k == "src" and isinstance(v, str) else rename(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [rename(v) for v in node]
    return node
draft = rename(draft)

render_id = "render_bench"
t0 = time.time()
queued = call("POST", "/api/render/proxy/lambda", token,
              {"id": render_id, "sessionId": sid, "draft": draft, "output": {"format": "mp4", "quality": "high"}})
if queued.get("code") != 0:
    sys.exit("render refused: %s" % json.dumps(queued)[:1000])
status = None
while True:
    reply = call("GET", "/api/render/proxy/lambda/" + render_id, token)
    status = reply.get("data", {}).get("status")
    if status in ("completed", "failed"): break
    if time.time() - t0 > 3600: sys.exit("render did not end within an hour")
    time.sleep(0.2)
t1 = time.time()
if status != "completed":
    sys.exit("render failed: %s" % json.dumps(reply)[:1000])
url = reply["data"]["output"]["url"]
video = call("GET", url[url.index("/api/"):], raw=True)
open(os.path.join(out, "output.mp4"), "wb").write(video)
json.dump({"submitted": t0, "completed": t1, "wall_s": t1 - t0}, open(os.path.join(out, "job.json"), "w"))
print("job: %.1f s from POST to completed" % (t1 - t0))
EOF
    # The database's view of the tasks, with whatever time columns it keeps.
    local cols
    cols=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$url" -c "SELECT string_agg(column_name, ',' ORDER BY ordinal_position)
        FROM information_schema.columns WHERE table_name = 'render_tasks'
        AND (column_name IN ('id','kind','idx','status','owner','attempts') OR data_type LIKE 'timestamp%')" 2>/dev/null || true)
    if [[ -n "$cols" ]]; then
        psql -X -q -v ON_ERROR_STOP=1 -d "$url" -c "SELECT $cols FROM render_tasks ORDER BY kind, idx" \
            >"$dir/render_tasks.txt" 2>&1 || true
    fi
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    PIDS=()
    psql -X -q -v ON_ERROR_STOP=1 -d "$DATABASE" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
}

load_check() {
    local load
    load=$(cut -d' ' -f1 /proc/loadavg)
    if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > 0.5 else 1)" "$load"; then
        warn "1-minute load average is $load: something else is running; times will be slower and noisier"
    fi
}

say "Runs ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $CHUNKS chunks per render)"
for n in $WORKER_COUNTS; do
    echo "-- $n worker(s)"
    run_once "$n"
done

# ---------------------------------------------------------------------------------------------
# 4. Per-task times from the workers' logs, the outputs checked, and the model
# ---------------------------------------------------------------------------------------------
say "Results"
python3 - "$OUT" "$CHUNKS" "$WORKER_COUNTS" <<'EOF' | tee "$OUT/results.md"
import glob, json, math, os, re, subprocess, sys
out, chunks, counts = sys.argv[1], int(sys.argv[2]), [int(x) for x in sys.argv[3].split()]
CLAIM = re.compile(r"claimed (\S+) \(attempt (\d+)\)")
FINISH = re.compile(r"finished (\S+/\S+)")

def kind(task):
    tail = task.rsplit("/", 1)[-1]
    return "chunk" if tail.startswith("chunk-") else tail

def tasks_of(run_dir):
    """task id -> {worker, claimed, finished, seconds, attempts} from the stamped worker logs."""
    tasks = {}
    for log in sorted(glob.glob(os.path.join(run_dir, "w*.log"))):
        worker = os.path.basename(log)[:-4]
        for line in open(log, errors="replace"):
            stamp, _, text = line.partition(" ")
            try: t = float(stamp)
            except ValueError: continue
            m = CLAIM.search(text)
            if m:
                tasks.setdefault(m.group(1), {})
                tasks[m.group(1)].update(worker=worker, claimed=t, attempts=int(m.group(2)))
                continue
            m = FINISH.search(text)
            if m and m.group(1) in tasks:
                task = tasks[m.group(1)]
                task["finished"] = t
                task["seconds"] = t - task["claimed"]
    return tasks

def probe(path):
    r = subprocess.run(["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
                       capture_output=True, text=True)
    if r.returncode != 0: return None
    j = json.loads(r.stdout)
    v = next((s for s in j["streams"] if s["codec_type"] == "video"), {})
    a = next((s for s in j["streams"] if s["codec_type"] == "audio"), None)
    return {"duration": float(j["format"].get("duration", 0)), "codec": v.get("codec_name"),
            "size": "%sx%s" % (v.get("width"), v.get("height")), "audio": a is not None}

def chunk_order(task):
    tail = task.rsplit("/", 1)[-1]
    return int(tail.split("-")[1]) if tail.startswith("chunk-") else -1

def makespan(durations, workers):
    """Longest-first onto the least-loaded worker: the finish time of the busiest."""
    loads = [0.0] * workers
    for d in sorted(durations, reverse=True):
        loads[loads.index(min(loads))] += d
    return max(loads)

frames = []
try:
    ranges = json.load(open(os.path.join(out, "dry-run.json"))).get("chunks", [])
    frames = [int(b) - int(a) for a, b in (r.split("-") for r in ranges)]
except Exception:
    pass

runs = {}
for n in counts:
    d = os.path.join(out, "workers-%d" % n)
    try:
        job = json.load(open(os.path.join(d, "job.json")))
    except Exception:
        print("%d worker(s): no result (see %s)" % (n, d)); continue
    runs[n] = {"wall": job["wall_s"], "tasks": tasks_of(d), "probe": probe(os.path.join(d, "output.mp4")),
               "submitted": job["submitted"]}

print("| workers | chunks | wall s | speed-up | output |")
print("|---:|---:|---:|---:|---|")
base = runs.get(min(runs)) if runs else None
for n, r in sorted(runs.items()):
    p = r["probe"]
    desc = "%s %s %.2f s%s" % (p["codec"], p["size"], p["duration"], " + audio" if p["audio"] else " NO AUDIO") if p else "unreadable"
    if p and abs(p["duration"] - 60) > 0.1: desc += " (expected 60 s)"
    print("| %d | %d | %.1f | %.2f | %s |" % (n, chunks, r["wall"], base["wall"] / r["wall"] if base else 1, desc))

for n, r in sorted(runs.items()):
    print()
    print("Tasks with %d worker(s) (seconds from claim to accepted result, from the workers' logs):" % n)
    print()
    print("| task | worker | attempts | frames | s | s per 100 frames |")
    print("|---|---|---:|---:|---:|---:|")
    for task in sorted(r["tasks"], key=lambda t: (["render", "chunk", "audio", "join"].index(kind(t)) if kind(t) in ("render", "chunk", "audio", "join") else 9, chunk_order(t))):
        info = r["tasks"][task]
        k, i = kind(task), chunk_order(task)
        f = frames[i] if k == "chunk" and 0 <= i < len(frames) else None
        s = info.get("seconds")
        print("| %s | %s | %d | %s | %s | %s |" % (task.rsplit("/", 1)[-1], info.get("worker", "?"), info.get("attempts", 0),
              f if f is not None else "", "%.2f" % s if s is not None else "unfinished",
              "%.2f" % (100 * s / f) if s is not None and f else ""))
    table = os.path.join(out, "workers-%d" % n, "render_tasks.txt")
    if os.path.exists(table):
        print()
        print("render_tasks as the database has it: %s" % table)

# The model: one machine per worker, each as fast as this machine alone, so task times come from
# the 1-worker run (nothing else was running beside each task there).
if runs:
    ref_n = min(runs)
    ref = runs[ref_n]["tasks"]
    def seconds(k): return [v["seconds"] for t, v in ref.items() if kind(t) == k and "seconds" in v]
    chunk_s, audio_s, join_s, plan_s = seconds("chunk"), seconds("audio"), seconds("join"), seconds("render")
    plan = sum(plan_s)
    audio = sum(audio_s)
    join = sum(join_s)
    if not chunk_s:
        print("\nno chunk times found in the workers' logs: no model"); sys.exit(0)
    # What the task times do not explain in the reference run (submission, claiming, polling).
    explained = plan + makespan(chunk_s + audio_s, ref_n) + join
    overhead = max(0.0, runs[ref_n]["wall"] - explained)
    print()
    print("Model: T(n) = plan + makespan of the %d chunks and the audio task over n workers (longest first;" % len(chunk_s))
    print("the audio pass overlaps the chunks) + join + overhead. From the %d-worker run: plan %.2f s, chunks" % (ref_n, plan))
    print("%.2f s in all (slowest %.2f s, mean %.2f s), audio %.2f s, join %.2f s, overhead %.2f s (wall %.1f s"
          % (sum(chunk_s), max(chunk_s), sum(chunk_s) / len(chunk_s), audio, join, overhead, runs[ref_n]["wall"]))
    print("minus %.1f s of task time). Speed-up is against 1 worker; the goal is >= 0.8 x workers where the" % explained)
    print("chunks allow it (n <= %d)." % len(chunk_s))
    print()
    print("| workers | T(n) s | speed-up | goal 0.8 x n | | measured s |")
    print("|---:|---:|---:|---:|---|---:|")
    t1 = plan + makespan(chunk_s + audio_s, 1) + join + overhead
    for n in sorted(set([1, 2, 4, 8, 16] + list(runs))):
        t = plan + makespan(chunk_s + audio_s, n) + join + overhead
        goal = 0.8 * n
        allowed = n <= len(chunk_s)
        verdict = ("PASS" if t1 / t >= goal else "MISS") if allowed else "chunks < workers"
        measured = "%.1f" % runs[n]["wall"] if n in runs else ""
        print("| %d | %.1f | %.2f | %.1f | %s | %s |" % (n, t, t1 / t, goal, verdict, measured))
    bound = t1 / (plan + max(chunk_s + audio_s) + join + overhead)
    print()
    print("With unlimited workers the job takes plan + slowest task + join + overhead = %.1f s (speed-up %.2f):"
          % (plan + max(chunk_s + audio_s) + join + overhead, bound))
    print("what stays serial is what limits 8 and 16 workers. Measured runs with more than one worker share")
    print("this machine's %d cores, so they are slower than the model's machine-per-worker." % os.cpu_count())
    json.dump({"chunks": chunks, "runs": {str(n): {"wall_s": r["wall"], "tasks": r["tasks"]} for n, r in runs.items()},
               "model": {"plan": plan, "chunks": chunk_s, "audio": audio, "join": join, "overhead": overhead}},
              open(os.path.join(out, "results.json"), "w"), indent=2)
EOF
echo
echo "(table saved to $OUT/results.md; logs and outputs in $OUT/workers-N/)"
