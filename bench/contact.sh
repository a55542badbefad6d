#!/usr/bin/env bash
# Contact sheets of the reference job as a viewer sees it, landscape and vertical (issue 10):
# one frame every 4 s of the final render, 15 frames on one picture.
#
#   bash bench/contact.sh [--reel PATH]     (default: .build/release/reel; media from bench/run.sh)
#
# Writes bench/work/contact/contact-16x9.png and contact-9x16.png (and the renders beside them).
# The vertical job is the reference job on a 1080x1920 canvas for TikTok's safe area, with a
# lower-third caption over the last photo, so the title, the caption and the zooms can be judged.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REEL="$BENCH_DIR/../.build/release/reel"
[[ "${1:-}" == "--reel" ]] && REEL=${2:?--reel needs a path}
WORK="$BENCH_DIR/work"
OUT="$WORK/contact"
[[ -f "$WORK/reference.json" ]] || bash "$BENCH_DIR/run.sh" --media-only >/dev/null
mkdir -p "$OUT"
python3 - "$WORK/reference.json" "$OUT/vertical.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["m"].update({"w": 1080, "h": 1920, "platform": "tiktok", "name": "Reel benchmark, vertical"})
texts = next(t for t in d["t"] if t["tt"] == 7)
texts["sg"].append({"st": 50000, "d": 8000, "m": {"text": "Order now at reel.example", "kind": "caption"}})
json.dump(d, open(sys.argv[2], "w"))
PY
sheet() {  # video, tile width, output
    ffmpeg -v error -y -i "$1" -vf "fps=1/4,scale=$2:-2,tile=5x3:padding=6:color=white" -frames:v 1 "$3"
}
"$REEL" render "$WORK/reference.json" --output "$OUT/landscape.mp4" >/dev/null
"$REEL" render "$OUT/vertical.json" --output "$OUT/vertical.mp4" >/dev/null
sheet "$OUT/landscape.mp4" 384 "$OUT/contact-16x9.png"
sheet "$OUT/vertical.mp4" 216 "$OUT/contact-9x16.png"
echo "$OUT/contact-16x9.png"
echo "$OUT/contact-9x16.png"
