#!/usr/bin/env bash
# CPU-s per 384-frame 1080p zoom of one still (the reference job's segment), by method.
#
#   bash bench/zoomcost.sh        (needs bench/work/media from bash bench/run.sh --media-only)
#
# Each method cover-fits bench/work/media/p1.jpg (4000x3000), zooms 1 → 1.12 over 384 frames at
# 1920x1080 and throws the frames away (-f null): only the picture work is timed (user+sys of
# FFmpeg from /usr/bin/time). Smoothness is not judged here: that is the output-craft issue's
# tracked-dot test; a method counts only if it passes it.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
IN="$BENCH_DIR/work/media/p1.jpg"
[[ -f "$IN" ]] || { echo "run bash bench/run.sh --media-only first" >&2; exit 1; }
N=384
Z="1+0.12*on/$((N - 1))"
fit() { echo "scale=w=$1:h=$2:force_original_aspect_ratio=increase:flags=bicubic,crop=w=$1:h=$2"; }
zp() { echo "zoompan=z=$Z:x=(iw-iw/zoom)/2:y=(ih-ih/zoom)/2:d=$N:s=1920x1080:fps=30"; }

run() {  # name, graph
    local t
    t=$(mktemp)
    /usr/bin/time -f "%U %S %e" -o "$t" ffmpeg -nostdin -hide_banner -v error -i "$IN" -vf "$2" -f null -
    read -r user sys wall <"$t"
    rm -f "$t"
    printf '| %s | %.2f | %.2f | `%s` |\n' "$1" "$(echo "$user + $sys" | bc)" "$wall" "$2"
}

echo "| method | CPU-s / $N frames | wall s | graph |"
echo "|---|---:|---:|---|"
run "zoompan 2x, yuv420p (today)" "$(fit 3840 2160),format=yuv420p,$(zp),format=yuv420p"
run "zoompan 2x, yuv444p" "$(fit 3840 2160),format=yuv444p,$(zp),format=yuv420p"
run "zoompan 1.5x, yuv444p" "$(fit 2880 1620),format=yuv444p,$(zp),format=yuv420p"
run "zoompan 1x, yuv444p" "$(fit 1920 1080),format=yuv444p,$(zp),format=yuv420p"
# scale with a per-frame size, then an exact centred crop (n is the frame number). A cost
# probe: scale rounds its size to whole pixels, so the zoom moves in steps.
run "scale eval=frame + crop, 1x" "$(fit 1920 1080),format=yuv420p,loop=loop=$((N - 1)):size=1:start=0,scale=w='trunc(1920*(1+0.12*n/$((N - 1)))/2)*2':h=-2:eval=frame:flags=bicubic,crop=w=1920:h=1080,format=yuv420p"
