#!/usr/bin/env bash
# x264 settings for Reel's content: CPU-s and SSIM against a lossless reference.
#
#   bash bench/x264.sh [--reel PATH] [--seconds N]
#
# Needs bench/work/reference.json (bash bench/run.sh --media-only makes it). Renders the first N
# seconds (default 12) of the reference job's picture losslessly (x264 -qp 0, the reference),
# then encodes that reference with each candidate setting, timing each encode (user+sys CPU-s of
# FFmpeg, from /usr/bin/time) and scoring it with FFmpeg's ssim filter against the reference.
# Every encode decodes the same lossless input, so the differences between rows are x264's.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
WORK="$BENCH_DIR/work"
OUT="$WORK/x264"
REEL="$REPO_DIR/.build/release/reel"
SECONDS_=12
while [[ $# -gt 0 ]]; do
    case "$1" in
        --reel) REEL=$2; shift 2 ;;
        --seconds) SECONDS_=$2; shift 2 ;;
        *) echo "x264.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[[ -f "$WORK/reference.json" ]] || { echo "run bash bench/run.sh --media-only first" >&2; exit 1; }
mkdir -p "$OUT"

# The reference: Reel's own one-process command, video only, lossless, first N seconds.
"$REEL" render "$WORK/reference.json" --output "$OUT/unused.mp4" --dry-run >"$OUT/dry-run.json"
mapfile -d '' -t CMD < <(python3 - "$OUT/dry-run.json" "$OUT/reference.mkv" "$SECONDS_" <<'EOF'
import json, sys
plan = json.load(open(sys.argv[1]))
cmd = plan["ffmpeg"]
cut = cmd.index("-map")
head = [a for a in cmd[:cut]]
sys.stdout.write("\0".join(head + ["-map", "[vout]", "-map", "[aout]", "-c:v", "libx264", "-qp", "0", "-preset", "ultrafast",
                        "-c:a", "pcm_s16le", "-t", sys.argv[3], "-f", "matroska", sys.argv[2]]) + "\0")
EOF
)
echo "reference: ${SECONDS_} s of the reference job, lossless"
"${CMD[@]}"

encode() {  # name, x264 args...
    local name=$1; shift
    local t="$OUT/$name.time"
    /usr/bin/time -f "%U %S %e %M" -o "$t" ffmpeg -nostdin -hide_banner -v error -y -i "$OUT/reference.mkv" -map 0:v \
        "$@" "$OUT/$name.mp4"
    local ssim
    ssim=$(ffmpeg -nostdin -hide_banner -i "$OUT/$name.mp4" -i "$OUT/reference.mkv" \
        -lavfi "[0:v][1:v]ssim" -f null - 2>&1 | sed -n 's/.*All:\([0-9.]*\).*/\1/p' | tail -1)
    read -r user sys wall rss <"$t"
    printf '| %s | %s | %.1f | %.1f | %s | %.0f | %.0f |\n' "$name" "${*:${#BASE[@]}+1}" "$(echo "$user + $sys" | bc)" "$wall" "$ssim" \
        "$(( $(stat -c %s "$OUT/$name.mp4") / 1024 ))" "$(( rss / 1024 ))"
}

BASE=(-c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p -profile:v high)
echo
echo "| setting | added to ${BASE[*]} | CPU-s | wall s | SSIM (All) | KiB | peak RSS MB |"
echo "|---|---|---:|---:|---:|---:|---:|"
encode default "${BASE[@]}"
encode threads-1 "${BASE[@]}" -threads 1
encode threads-2 "${BASE[@]}" -threads 2
encode lookahead-5 "${BASE[@]}" -x264-params rc-lookahead=5
encode lookahead-20 "${BASE[@]}" -x264-params rc-lookahead=20
encode tune-stillimage "${BASE[@]}" -tune stillimage
encode tune-film "${BASE[@]}" -tune film
encode preset-faster "${BASE[@]}" -preset faster
