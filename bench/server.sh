#!/usr/bin/env bash
# Server benchmark: state reads/s under concurrent load (wrk), a ~480 MB upload (time, MB/s,
# server peak RSS), and the latency of 200 sequential editing turns over /run_sse.
#
#   bash bench/server.sh
#
# Builds `reel` in release mode, starts `reel serve` on 127.0.0.1 with a temporary --data
# directory, and stops it at the end. Loopback only; every run is bounded.
# Targets: >= 5,000 state reads/s; upload >= 100 MB/s with server RSS < 100 MB; turn p99 < 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18431}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/reel-bench-server.XXXXXX)
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }

if [[ -z "${REEL_BIN:-}" ]]; then
    echo "building release reel..." >&2
    swift build -c release --product reel 2>&1 | tail -1 >&2
    BIN=$(swift build -c release --show-bin-path)/reel
else
    BIN=$REEL_BIN  # an already built binary (for trying the script out)
fi

"$BIN" serve --host 127.0.0.1 --port "$PORT" --data "$WORK/data" --starting-credits 100000 --token-issuance-limit 100000 >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.1; done
curl -sf "$BASE/healthz" >/dev/null || { echo "server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)"; }
new_token() { curl -sf -X POST -H "X-Client-Id: $1" "$BASE/api/auth/anonymous-token" | json "['data']['token']"; }
new_session() {
    curl -sf -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
        -d '{"task_name":"bench","language":"en"}' "$BASE/api/tasks/me/with-session/nemo_agent" | json "['data']['session_id']"
}

# --- (a) state reads under concurrent load -------------------------------------------------
# The rate limit is per caller (600 a minute by default), so the load spreads over many tokens,
# each reading its own session; only 2xx answers count.
CALLERS=${CALLERS:-400}
echo "creating $CALLERS callers..." >&2
python3 - "$BASE" "$CALLERS" >"$WORK/callers.lua" <<'PY'
import http.client, json, sys
base, n = sys.argv[1], int(sys.argv[2])
conn = http.client.HTTPConnection(base.split("//")[1])
def call(method, path, headers, body=None):
    conn.request(method, path, body=body, headers=headers)
    r = conn.getresponse(); data = r.read()
    return json.loads(data)["data"]
print("callers = {")
for i in range(n):
    tok = call("POST", "/api/auth/anonymous-token", {"X-Client-Id": f"bench-{i}"})["token"]
    sid = call("POST", "/api/tasks/me/with-session/nemo_agent",
               {"Authorization": f"Bearer {tok}", "Content-Type": "application/json"},
               json.dumps({"task_name": "bench", "language": "en"}))["session_id"]
    print(f'  {{"{tok}", "{sid}"}},')
print("}")
PY
cat >>"$WORK/callers.lua" <<'LUA'
local i = 0
request = function()
  i = i + 1
  local c = callers[(i % #callers) + 1]
  return wrk.format("GET", "/api/state/nemo_agent/me/" .. c[2] .. "/latest", { ["Authorization"] = "Bearer " .. c[1] })
end
done = function(summary, latency, requests)
  local ok = summary.requests - summary.errors.status
  io.stderr:write(string.format("WRK ok=%d non2xx=%d seconds=%.3f p99ms=%.2f\n",
    ok, summary.errors.status, summary.duration / 1e6, latency:percentile(99) / 1000))
end
LUA
echo "wrk -t2 -c32 -d10s state reads..." >&2
wrk -t2 -c32 -d10s -s "$WORK/callers.lua" "$BASE" >"$WORK/wrk.out" 2>"$WORK/wrk.err" || true
cat "$WORK/wrk.out" >&2
read -r OK NON2XX SECS WRK_P99 < <(sed -n 's/^WRK ok=\([0-9]*\) non2xx=\([0-9]*\) seconds=\([0-9.]*\) p99ms=\([0-9.]*\)$/\1 \2 \3 \4/p' "$WORK/wrk.err")
READS=$(python3 -c "print(round($OK / $SECS))")

# --- (b) a ~480 MB upload -------------------------------------------------------------------
TOKEN=$(new_token bench-upload)
SID=$(new_session "$TOKEN")
echo "making a ~480 MB MP4..." >&2
ffmpeg -v error -y -f lavfi -i testsrc2=s=1920x1080:r=30 -t 8 -c:v libx264 -preset ultrafast -b:v 60M -pix_fmt yuv420p "$WORK/clip.mp4"
CLIP=$(stat -c %s "$WORK/clip.mp4")
LOOPS=$(( 480000000 / CLIP ))
ffmpeg -v error -y -stream_loop $(( LOOPS - 1 )) -i "$WORK/clip.mp4" -c copy "$WORK/big.mp4"
SIZE=$(stat -c %s "$WORK/big.mp4")
# Peak RSS of the server during the upload alone: VmRSS sampled every 20 ms (VmHWM would include the wrk run).
( peak=0; while kill -0 "$SERVER_PID" 2>/dev/null; do
      r=$(awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || echo 0)
      (( r > peak )) && peak=$r && echo "$peak" >"$WORK/rss.kb"
      sleep 0.02
  done ) &
SAMPLER=$!
sleep 0.1
UPLOAD_T=$(curl -s -o "$WORK/upload.json" -w '%{time_total}' --max-time 120 -H "Authorization: Bearer $TOKEN" \
    -F "files=@$WORK/big.mp4;type=video/mp4" "$BASE/api/upload-video/nemo_agent/me/$SID")
sleep 0.1
kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
grep -q '"code":0' "$WORK/upload.json" || { echo "upload failed: $(head -c 400 "$WORK/upload.json")" >&2; }
RSS_MB=$(python3 -c "print(round($(cat "$WORK/rss.kb") / 1024, 1))")
MBPS=$(python3 -c "print(round($SIZE / 1e6 / $UPLOAD_T, 1))")
rm -f "$WORK/big.mp4"

# --- (c) 200 sequential editing turns -------------------------------------------------------
TURNS=${TURNS:-200}
INSTR=("make it vertical" "make the music quieter" "undo" "make it square" "redo" "make it horizontal" "undo" "speed it up")
echo "$TURNS turns..." >&2
: >"$WORK/turns.txt"
for i in $(seq 0 $(( TURNS - 1 ))); do
    text=${INSTR[$(( i % ${#INSTR[@]} ))]}
    curl -s -o "$WORK/turn.out" -w '%{time_total}\n' --max-time 10 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "{\"app_name\":\"nemo_agent\",\"user_id\":\"me\",\"session_id\":\"$SID\",\"new_message\":{\"parts\":[{\"text\":\"$text\"}]}}" \
        "$BASE/run_sse" >>"$WORK/turns.txt"
done
grep -q '^data: ' "$WORK/turn.out" || echo "last turn answered: $(head -c 300 "$WORK/turn.out")" >&2
read -r P50 P99 < <(python3 - "$WORK/turns.txt" <<'PY'
import sys
t = sorted(float(x) * 1000 for x in open(sys.argv[1]) if x.strip())
pct = lambda p: t[min(len(t) - 1, int(round(p / 100 * len(t) + 0.5)) - 1)]
print(f"{pct(50):.2f} {pct(99):.2f}")
PY
)

verdict() { python3 -c "print('PASS' if $1 else 'MISS')"; }
echo
echo "| measure | value | target | result |"
echo "|---|---:|---:|---|"
echo "| state reads/s (wrk -t2 -c32 -d10s, 2xx only; $NON2XX non-2xx; p99 $WRK_P99 ms) | $READS | ≥ 5000 | $(verdict "$READS >= 5000") |"
echo "| upload $(( SIZE / 1000000 )) MB: time | ${UPLOAD_T} s | | |"
echo "| upload throughput | $MBPS MB/s | ≥ 100 | $(verdict "$MBPS >= 100") |"
echo "| server peak RSS during upload | $RSS_MB MB | < 100 | $(verdict "$RSS_MB < 100") |"
echo "| editing turn p50 ($TURNS sequential /run_sse) | $P50 ms | | |"
echo "| editing turn p99 | $P99 ms | < 50 | $(verdict "$P99 < 50") |"
