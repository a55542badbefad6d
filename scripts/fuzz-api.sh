#!/usr/bin/env bash
# Property-based checks of the whole HTTP API against openapi/reel.json with schemathesis:
# no request may get a 5xx, and every answer must match the document (status, content type,
# body schema, headers). Not part of `make test` (it installs schemathesis from PyPI into
# bench/.venv and takes a minute or two); run it after changing a route or the document.
#
#   bash scripts/fuzz-api.sh [EXAMPLES_PER_OPERATION]   # default 150
set -euo pipefail
cd "$(dirname "$0")/.."
EXAMPLES=${1:-150}
PORT=${PORT:-18711}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/reel-fuzz.XXXXXX)
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

[[ -x bench/.venv/bin/schemathesis ]] || { python3 -m venv bench/.venv && bench/.venv/bin/pip install -q 'schemathesis>=4,<5'; }
swift build -c release --product reel 2>&1 | tail -1 >&2
BIN=$(swift build -c release --show-bin-path)/reel
"$BIN" serve --host 127.0.0.1 --port "$PORT" --data "$WORK/data" --rate-limit 1000000 \
    --token-issuance-limit 1000000 --starting-credits 1000000 >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.1; done

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
TOKEN=$(curl -sf -X POST -H "X-Client-Id: fuzz" "$BASE/api/auth/anonymous-token" | json "['data']['token']")
SID=$(curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"task_name":"fuzz","language":"en"}' "$BASE/api/tasks/me/with-session/nemo_agent" | json "['data']['session_id']")
cat >"$WORK/schemathesis.toml" <<TOML
[parameters]
sid = "$SID"
app = "nemo_agent"
user = "me"
TOML

status=0
bench/.venv/bin/schemathesis --config-file "$WORK/schemathesis.toml" run "$BASE/openapi.json" --url "$BASE" \
    -H "Authorization: Bearer $TOKEN" -n "$EXAMPLES" --max-response-time 10 \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
    || status=$?
errors=$(grep -c ' 5[0-9][0-9] ' "$WORK/server.log" || true)
echo "server log: $errors response(s) with a 5xx status" >&2
exit $(( status != 0 || errors != 0 ))
