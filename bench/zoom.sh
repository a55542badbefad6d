#!/usr/bin/env bash
# Slow zoom (Ken Burns) candidates side by side with today's graph: smoothness and cost.
#
#   bash bench/zoom.sh            (needs bench/work/media/p1.jpg: bash bench/run.sh --media-only)
#
# For each method:
#   smoothness  the tracked-dot test of OutputCraftTests.zoomMovesTheDotEvenly, on its geometry:
#               a soft dot at (384,216) of a 1280x720 picture, zoom 1 -> 1.12 over 90 frames on a
#               640x360 canvas (even motion is 0.198 px a frame). "range" is max - min of the
#               per-frame step (the test asks < 0.2), measured on the frames before encoding and
#               after x264 (veryfast, CRF 19, as Reel's default quality).
#   cost        CPU-s (user+sys from /usr/bin/time) to make 360 frames of a 1080p30 zoom of
#               bench/work/media/p1.jpg (4000x3000), frames thrown away (-f null): the picture
#               work only, fit included. Today's graph runs first and last; on a shared machine
#               read the ratio to it, not the seconds.
# The results and what they mean are in bench/zoom.md.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
IN="$BENCH_DIR/work/media/p1.jpg"
[[ -f "$IN" ]] || { echo "run bash bench/run.sh --media-only first" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ffmpeg -v error -nostdin -f lavfi -i "color=c=black:s=1280x720,format=gray,geq=lum='255*exp(-((X-384)^2+(Y-216)^2)/128)'" \
    -frames:v 1 "$WORK/dot.png"

fit() { echo "scale=w=$1:h=$2:force_original_aspect_ratio=increase:flags=bicubic,crop=w=$1:h=$2"; }
loop() { echo "loop=loop=$(($1 - 1)):size=1:start=0,settb=1/30,setpts=N,fps=30"; }
# Each method: name W H N -> the graph from the decoded picture to W x H frames, zoom 1 -> 1.12.
zp() {  # oversample pixfmt W H N
    local k=$1 fmt=$2 w=$3 h=$4 n=$5
    local fw fh
    fw=$(python3 -c "print(round($w*$k/2)*2)"); fh=$(python3 -c "print(round($h*$k/2)*2)")
    echo "$(fit "$fw" "$fh"),format=$fmt,zoompan=z=1+0.12*on/$((n - 1)):x=(iw-iw/zoom)/2:y=(ih-ih/zoom)/2:d=$n:s=${w}x$h:fps=30,format=yuv420p"
}
today() { zp 2 yuv420p "$@"; }
zp444_2() { zp 2 yuv444p "$@"; }
zp444_15() { zp 1.5 yuv444p "$@"; }
zp444_4() { zp 4 yuv444p "$@"; }
zp420_12() { zp 1.2 yuv420p "$@"; }
scalecrop() {  # whole-pixel sizes: a cost probe
    echo "$(fit "$1" "$2"),format=yuv420p,$(loop "$3"),scale=w='trunc($1*(1+0.12*n/$(($3 - 1)))/2)*2':h=-2:eval=frame:flags=bicubic,crop=w=$1:h=$2"
}
scalecrop2() {  # two per-frame scales with a crop after each (sizes and offsets are a cost probe, not a plan)
    echo "$(fit "$1" "$2"),format=yuv420p,$(loop "$3"),scale=w='$1+2*mod(n,40)':h='$2+2*mod(n,25)':eval=frame:flags=bicubic,crop=w=$(($1 - 20)):h=$(($2 - 10)):x='2*mod(n,3)':y='2*mod(n,2)',scale=w='$1+2*mod(n,45)':h='$2+2*mod(n,20)':eval=frame:flags=bicubic,crop=w=$1:h=$2:x='2*mod(n,4)':y='2*mod(n,3)'"
}
persp() {  # interpolation W H N: exact, sub-pixel
    local z="(1+0.12*in/$(($4 - 1)))"
    echo "$(fit "$2" "$3"),format=yuv420p,$(loop "$4"),perspective=x0='W/2-W/2/$z':y0='H/2-H/2/$z':x1='W/2+W/2/$z':y1='H/2-H/2/$z':x2='W/2-W/2/$z':y2='H/2+H/2/$z':x3='W/2+W/2/$z':y3='H/2+H/2/$z':eval=frame:interpolation=$1"
}
persp_lin() { persp linear "$@"; }
persp_cub() { persp cubic "$@"; }

# The engine's resampler (Sources/ReelResample, driven by bench/zoom-resample/main.swift): the picture cover-fitted once at 1.12x by FFmpeg,
# zoomed outside FFmpeg and piped in as raw frames; its CPU-s include the fit and FFmpeg reading
# the pipe.
SWIFT_PROBE=""
if command -v swiftc >/dev/null; then
    swiftc -Ounchecked "$BENCH_DIR/../Sources/ReelResample/StillZoom.swift" "$BENCH_DIR/zoom-resample/main.swift" -o "$WORK/zoom-resample" 2>/dev/null && SWIFT_PROBE="$WORK/zoom-resample"
fi
frames() {  # method W H N input -> ffmpeg input and filter arguments that make the frames
    if [[ $1 == swift ]]; then
        local bw bh
        bw=$(python3 -c "print(round($2*1.12/2)*2)"); bh=$(python3 -c "print(round($3*1.12/2)*2)")
        # The fit (once per picture) runs inside the timed command, as it does for the graphs.
        echo "ffmpeg -v error -nostdin -y -i $5 -vf $(fit "$bw" "$bh"),format=yuv420p -f rawvideo $WORK/base-$2.yuv && $SWIFT_PROBE $WORK/base-$2.yuv $bw $bh $2 $3 $4 1 1.12 | ffmpeg -nostdin -v error -f rawvideo -pix_fmt yuv420p -s $2x$3 -r 30 -i -"
    else
        echo "ffmpeg -nostdin -v error -i $5 -vf \"$("$1" "$2" "$3" "$4")\""
    fi
}
smooth() {  # method -> "raw: range (min-max) | x264: range"
    local raw enc
    [[ $1 == scalecrop2 ]] && { echo "n/a (cost probe, no plan) | n/a"; return; }
    raw=$(bash -c "$(frames "$1" 640 360 90 "$WORK/dot.png") -frames:v 90 -f rawvideo -pix_fmt gray -" | python3 "$BENCH_DIR/zoomtrack.py" 640 360)
    bash -c "$(frames "$1" 640 360 90 "$WORK/dot.png") -frames:v 90 -c:v libx264 -preset veryfast -crf 19 -pix_fmt yuv420p -y $WORK/dot.mp4"
    enc=$(ffmpeg -v error -nostdin -i "$WORK/dot.mp4" -f rawvideo -pix_fmt gray - | python3 "$BENCH_DIR/zoomtrack.py" 640 360)
    read -r rmin rmax rrange _ <<<"$raw"
    read -r emin emax erange _ <<<"$enc"
    echo "$rrange ($rmin–$rmax) | $erange ($emin–$emax)"
}
cost() {  # method -> CPU-s
    local t u s
    t=$(mktemp)
    /usr/bin/time -f "%U %S" -o "$t" bash -c "$(frames "$1" 1920 1080 360 "$IN") -frames:v 360 -f null -"
    read -r u s <"$t"
    rm -f "$t"
    echo "$u + $s" | bc
}

METHODS=(today zp444_2 zp444_15 zp444_4 zp420_12 scalecrop scalecrop2 persp_lin persp_cub)
[[ -n $SWIFT_PROBE ]] && METHODS+=(swift)
# ZOOM_METHODS="today swift" bash bench/zoom.sh runs only those.
[[ -n ${ZOOM_METHODS:-} ]] && read -r -a METHODS <<<"$ZOOM_METHODS"
declare -A NAME=(
    [today]="today: zoompan 2x on yuv420p"
    [zp444_2]="zoompan 2x on yuv444p"
    [zp444_15]="zoompan 1.5x on yuv444p"
    [zp444_4]="zoompan 4x on yuv444p"
    [zp420_12]="zoompan 1.2x on yuv420p"
    [scalecrop]="scale eval=frame (whole px) + centred crop, 1x"
    [scalecrop2]="two scales eval=frame + crops (cost probe)"
    [persp_lin]="perspective eval=frame, linear, 1x"
    [persp_cub]="perspective eval=frame, cubic, 1x"
    [swift]="outside FFmpeg: Swift bicubic (vectorised by the compiler), piped in raw (Sources/ReelResample)"
)
first=$(cost today)
echo "| method | step range, before encode (min–max) px | after x264 | CPU-s / 360 frames 1080p | × today |"
echo "|---|---|---|---:|---:|"
for m in "${METHODS[@]}"; do
    c=$(cost "$m")
    printf '| %s | %s | %.2f | %.2f |\n' "${NAME[$m]}" "$(smooth "$m")" "$c" "$(echo "$c / $first" | bc -l)"
done
last=$(cost today)
echo
echo "today's graph: $first CPU-s first, $last CPU-s last (load average $(cut -d' ' -f1-3 /proc/loadavg))"
