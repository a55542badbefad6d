#!/usr/bin/env bash
# Rule-planner latency: 1,000 mixed instructions (English and Chinese) planned, applied and
# answered, on a release build. Prints p50/p99 (target p99 < 5 ms).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product reel >/dev/null
.build/release/reel planner-bench --count "${1:-1000}"
