#!/usr/bin/env bash
# Runs the studio's browser test (tests/browser/studio_flow.py) in headless Chromium, installing
# Chromium, its driver and Selenium first (scripts/browser-setup.sh).
# Usage: scripts/browser-test.sh REEL_BINARY WORK_DIR [ARTIFACTS_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python="$(bash "$root/scripts/browser-setup.sh")"
exec "$python" "$root/tests/browser/studio_flow.py" "$1" "$2" "${3:-$root/.build/browser-artifacts}"
