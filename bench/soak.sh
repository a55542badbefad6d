#!/usr/bin/env bash
# Soak: N clients doing the seed flow against `reel serve` on loopback for a bounded time, one
# request in ten a bad one (bad token, junk draft, broken multipart, path tricks, …). Reports
# answers by HTTP status and error code, p50/p99 latency per step, the server's RSS over time,
# and the files left on disk afterwards. Not part of `make test` or CI.
#
#   bash bench/soak.sh [clients, default 8] [seconds, default 60]
#
# REEL_BIN=path/to/reel uses an already built binary (default: the debug build, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-8}
DURATION=${2:-60}
PORT=${PORT:-18532}
WORK=$(mktemp -d /tmp/reel-soak.XXXXXX)
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

BIN=${REEL_BIN:-.build/debug/reel}
[[ -x "$BIN" ]] || swift build --product reel 2>&1 | tail -1 >&2

ffmpeg -v error -f lavfi -i color=c=teal:s=320x240 -frames:v 1 "$WORK/pic.png"
ffmpeg -v error -f lavfi -i sine=d=2 "$WORK/tone.wav"
TMP_BEFORE=$(ls -d /tmp/reel-* 2>/dev/null | sort || true)

REEL_RATE_LIMIT=1000000 REEL_TOKEN_ISSUANCE_LIMIT=100000 REEL_STARTING_CREDITS=1000000 \
    "$BIN" serve --host 127.0.0.1 --port "$PORT" --data "$WORK/data" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 200); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null || { echo "server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }

python3 bench/soak.py --port "$PORT" --pid "$SERVER_PID" --clients "$CLIENTS" --seconds "$DURATION" \
    --picture "$WORK/pic.png" --sound "$WORK/tone.wav"

# Stop the server as an operator would, then count what is left.
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
D="$WORK/data"
echo "files left in the data directory:"
echo "  media files:        $(find "$D/media" -type f 2>/dev/null | wc -l)"
echo "  half uploads:       $(find "$D/media" -name '*.upload' 2>/dev/null | wc -l)"
echo "  renders:            $(find "$D/renders" -type f ! -name '.*' 2>/dev/null | wc -l)"
echo "  partial renders:    $(find "$D/renders" -name '*.partial' 2>/dev/null | wc -l)"
echo "  work folders:       $(find "$D/work" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)"
TMP_AFTER=$(ls -d /tmp/reel-* 2>/dev/null | sort || true)
echo "  new /tmp/reel-*:    $(comm -13 <(echo "$TMP_BEFORE") <(echo "$TMP_AFTER") | grep -v "^$WORK\$" | grep -c . || true)"
echo "server log lines with 'error': $(grep -ci error "$WORK/server.log" || true)"
