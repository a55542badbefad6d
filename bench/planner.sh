#!/usr/bin/env bash
# Rule-planner latency: 1,000 mixed instructions (English and Chinese) planned, applied and
# answered, on a release build. Prints p50/p99 (target p99 < 5 ms), first for a reference run of the
# same turns with every pattern run through ICU (the word prefilter off), then for the planner as it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product reel >/dev/null
.build/release/reel planner-bench --reference --count "${1:-1000}"
