#!/usr/bin/env bash
# Runs the official MCP Python SDK against `reel mcp` on stdio, or `/mcp` on a `reel serve` it
# starts on loopback (tests/mcp/client_flow.py), installing the SDK
# into a virtual environment under .build/ the first time.
# Usage: scripts/mcp-client.sh REEL_BINARY WORK_DIR [stdio|http]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.build/mcp-venv"
if ! "$venv/bin/python" -c "import mcp, jsonschema" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "mcp>=2,<3" "jsonschema>=4"
fi
exec "$venv/bin/python" "$root/tests/mcp/client_flow.py" "$1" "$2" "${3:-stdio}"
