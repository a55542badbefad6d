#!/usr/bin/env bash
# Reel benchmark: reel final, reel preview, the FFmpeg limit, MoviePy, and a three-clip job.
#
#   bash bench/run.sh [--reel PATH] [--before PATH] [--skip-moviepy] [--runs N] [--fresh-media] [--media-only]
#
# See bench/README.md for what each number means. Everything it makes goes to bench/work/
# (gitignored); the MoviePy venv goes to bench/.venv/ (gitignored).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
WORK="$BENCH_DIR/work"
MEDIA="$WORK/media"
LOGS="$WORK/logs"
RESULTS="$WORK/results"
VENV="$BENCH_DIR/.venv"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
MOVIEPY_PIN="moviepy==2.2.1"
# Bump when the generated media change, so old caches are regenerated.
MEDIA_VERSION=2
FALLBACK_ENCODER_ARGS=(-c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p)

REEL=""
BEFORE=""
SKIP_MOVIEPY=0
RUNS=1
FRESH_MEDIA=0
MEDIA_ONLY=0

usage() {
    sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<'EOF'
Options:
  --reel PATH      use this reel binary (default: swift build -c release --product reel,
                   then .build/release/reel)
  --before PATH    also time this (older) reel binary on the reference job, for a before/after
  --skip-moviepy   skip the MoviePy job (it takes about 5 minutes)
  --runs N         time every Reel/limit job N times and report the median (default 1)
  --fresh-media    regenerate the reference media even if bench/work/media is up to date
  --media-only     only generate the media and drafts, then stop
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --reel) REEL=${2:?--reel needs a path}; shift 2 ;;
        --reel=*) REEL=${1#--reel=}; shift ;;
        --before) BEFORE=${2:?--before needs a path}; shift 2 ;;
        --before=*) BEFORE=${1#--before=}; shift ;;
        --skip-moviepy) SKIP_MOVIEPY=1; shift ;;
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --runs=*) RUNS=${1#--runs=}; shift ;;
        --fresh-media) FRESH_MEDIA=1; shift ;;
        --media-only) MEDIA_ONLY=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs needs a positive integer, got $RUNS" >&2; exit 2; }

say() { printf '\n== %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

for tool in ffmpeg ffprobe python3; do
    command -v "$tool" >/dev/null || die "$tool not found on PATH"
done
[[ -f "$FONT" ]] || FONT=$(fc-match -f '%{file}' 'DejaVu Sans:bold' 2>/dev/null || true)
[[ -f "$FONT" ]] || die "no DejaVu Sans Bold font found (apt-get install fonts-dejavu-core)"

mkdir -p "$WORK" "$MEDIA" "$LOGS" "$RESULTS"

FF=(ffmpeg -nostdin -hide_banner -loglevel error -y)

# ---------------------------------------------------------------------------------------------
# 1. Reference media (deterministic lavfi sources, cached in work/media)
# ---------------------------------------------------------------------------------------------
make_media() {
    local stamp="$MEDIA/.version"
    if [[ $FRESH_MEDIA == 0 && -f "$stamp" && "$(cat "$stamp")" == "$MEDIA_VERSION" ]]; then
        echo "media: up to date in $MEDIA (use --fresh-media to regenerate)"
        return
    fi
    rm -f "$MEDIA"/*
    # Labels sit 36 % down so they stay visible when portraits are cropped to 16:9 (cover).
    local label="fontfile=$FONT:fontcolor=white:box=1:boxcolor=black@0.55:boxborderw=16:x=w*0.06:y=h*0.36"

    echo "media: photos"
    # 1. 4000x3000 JPG, landscape: the whole Mandelbrot set.
    "${FF[@]}" -f lavfi -i "mandelbrot=s=4000x3000:rate=1:maxiter=1024" \
        -vf "drawtext=$label:fontsize=160:text='Photo 1 - 4000x3000 JPG'" \
        -frames:v 1 -q:v 2 "$MEDIA/p1.jpg"
    # 2. 3000x4000 JPG, portrait: a cellular automaton multiplied onto colour gradients.
    "${FF[@]}" -f lavfi -i "cellauto=s=375x500:rule=110:seed=7:rate=1,format=gbrp,scale=3000:4000:flags=neighbor" \
        -f lavfi -i "gradients=s=3000x4000:n=5:seed=11:type=linear:rate=1,format=gbrp" \
        -filter_complex "[1][0]blend=all_mode=multiply,drawtext=$label:fontsize=120:text='Photo 2 - 3000x4000 JPG'" \
        -frames:v 1 -q:v 2 "$MEDIA/p2.jpg"
    # 3. 1080x1080 PNG, square: FFmpeg's test pattern.
    "${FF[@]}" -f lavfi -i "testsrc2=s=1080x1080:rate=1" \
        -vf "drawtext=$label:fontsize=48:text='Photo 3 - 1080x1080 PNG'" \
        -frames:v 1 "$MEDIA/p3.png"
    # 4. 2048x1365 JPG, 3:2 landscape: a deep Mandelbrot zoom (fine detail everywhere).
    "${FF[@]}" -f lavfi -i "mandelbrot=s=2048x1365:rate=1:start_scale=0.005:start_x=-0.7436:start_y=0.1318:maxiter=2048" \
        -vf "drawtext=$label:fontsize=90:text='Photo 4 - 2048x1365 JPG'" \
        -frames:v 1 -q:v 2 "$MEDIA/p4.jpg"
    # 5. 1200x1800 PNG, 2:3 portrait: Game of Life with mould, after 60 generations.
    "${FF[@]}" -f lavfi -i "life=s=300x450:mold=10:seed=42:ratio=0.4:life_color=#40ff80:death_color=#802020:mold_color=#203060:rate=30" \
        -vf "trim=start_frame=60,scale=1200:1800:flags=neighbor,format=rgb24,drawtext=$label:fontsize=52:text='Photo 5 - 1200x1800 PNG'" \
        -frames:v 1 "$MEDIA/p5.png"

    echo "media: music (70 s, 48 kHz stereo, AAC)"
    # A slow A-major chord with different tremolos left and right, plus a soft beat.
    local left="0.16*sin(2*PI*220*t)*(0.7+0.3*sin(2*PI*0.5*t))+0.10*sin(2*PI*277.18*t)+0.08*sin(2*PI*329.63*t)+0.12*sin(2*PI*55*t)*exp(-6*mod(t,0.5))"
    local right="0.16*sin(2*PI*220*t)+0.10*sin(2*PI*329.63*t)*(0.7+0.3*sin(2*PI*0.25*t))+0.08*sin(2*PI*440*t)+0.12*sin(2*PI*55*t)*exp(-6*mod(t,0.5))"
    "${FF[@]}" -f lavfi -i "aevalsrc=exprs='$left|$right':s=48000:d=70" \
        -c:a aac -b:a 192k "$MEDIA/music.m4a"

    echo "media: three 20 s 1080p30 clips (H.264 + AAC)"
    local i hue freq
    for i in 1 2 3; do
        hue=$(( (i - 1) * 120 ))
        freq=$(( 330 + i * 110 ))
        "${FF[@]}" -f lavfi -i "testsrc2=s=1920x1080:r=30:d=20,hue=h=$hue" \
            -f lavfi -i "sine=f=$freq:sample_rate=48000:d=20" \
            -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -g 60 \
            -c:a aac -b:a 128k -ac 2 -movflags +faststart -shortest "$MEDIA/clip$i.mp4"
    done
    echo "$MEDIA_VERSION" >"$stamp"
}

write_drafts() {
    python3 - "$MEDIA" "$WORK" <<'EOF'
import json, os, sys
media, work = sys.argv[1], sys.argv[2]
def p(name): return os.path.join(media, name)

zooms = ["in", "out", "in", "out", "in"]
photos = ["p1.jpg", "p2.jpg", "p3.png", "p4.jpg", "p5.png"]
segments = []
for i, (photo, zoom) in enumerate(zip(photos, zooms)):
    m = {"src": p(photo), "zoom": zoom, "fit": "cover"}
    if i < len(photos) - 1:
        m["tr"] = {"name": "fade", "d": 1000}
    segments.append({"d": 12800, "m": m})
reference = {
    "version": 1,
    "m": {"name": "Reel benchmark: reference slideshow", "w": 1920, "h": 1080, "fps": 30},
    "t": [
        {"tt": 0, "sg": segments},
        {"tt": 1, "m": {"role": "music"},
         "sg": [{"m": {"src": p("music.m4a"), "volume": 0.35, "fadeOut": 2000}}]},
        {"tt": 7, "sg": [{"st": 0, "d": 3000, "m": {"text": "Reel benchmark", "kind": "title"}}]},
    ],
}
clips = {
    "version": 1,
    "m": {"name": "Reel benchmark: three clips", "w": 1920, "h": 1080, "fps": 30},
    "t": [
        {"tt": 0, "sg": [
            {"m": {"src": p("clip1.mp4"), "tr": {"name": "fade", "d": 1000}}},
            {"m": {"src": p("clip2.mp4"), "tr": {"name": "fade", "d": 1000}}},
            {"m": {"src": p("clip3.mp4")}},
        ]},
    ],
}
for name, draft in (("reference.json", reference), ("three-clips.json", clips)):
    with open(os.path.join(work, name), "w") as f:
        json.dump(draft, f, indent=2)
        f.write("\n")
EOF
    echo "drafts: $WORK/reference.json (5 photos, 60 s), $WORK/three-clips.json (3 clips, 58 s)"
}

# ---------------------------------------------------------------------------------------------
# Timing helper: timed NAME CMD... runs CMD under peakmem.py, N times for --runs N.
# Output goes to work/logs/NAME[.K].log, figures to work/results/NAME[.K].json.
# ---------------------------------------------------------------------------------------------
timed() {
    local name=$1; shift
    local runs=${TIMED_RUNS:-$RUNS} k suffix log
    for (( k = 1; k <= runs; k++ )); do
        suffix=""; (( runs > 1 )) && suffix=".$k"
        log="$LOGS/$name$suffix.log"
        printf '%-14s run %d/%d ... ' "$name" "$k" "$runs"
        if python3 "$BENCH_DIR/peakmem.py" --json "$RESULTS/$name$suffix.json" -- "$@" >"$log" 2>&1; then
            python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print("%.2f s, peak %.0f MB" % (r["wall_s"], r["peak_mb"]))' \
                "$RESULTS/$name$suffix.json"
        else
            echo "FAILED"
            rm -f "$RESULTS/$name$suffix.json"
            printf -- '---- last lines of %s ----\n' "$log" >&2
            tail -n 25 "$log" >&2
            printf -- '---- command: %s\n' "$*" >&2
            return 1
        fi
    done
}

load_check() {
    local load
    load=$(cut -d' ' -f1 /proc/loadavg)
    if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > 0.5 else 1)" "$load"; then
        warn "1-minute load average is $load: something else is running; times will be slower and noisier"
    fi
}

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------
say "Reference media"
make_media
write_drafts
(( MEDIA_ONLY )) && exit 0

# Results and outputs of an earlier run must not leak into this one's table.
rm -f "$RESULTS"/*.json "$WORK"/{reel,reel-one,reel-chunked,reel-before,preview,limit,three-clips}.mp4 \
    "$WORK"/dry-run.json "$WORK"/dry-run-chunked.json "$WORK"/seams.json
(( SKIP_MOVIEPY )) || rm -f "$WORK/moviepy.mp4"

say "Reel binary"
if [[ -z "$REEL" ]]; then
    echo "building: swift build -c release --product reel"
    (cd "$REPO_DIR" && swift build -c release --product reel)
    REEL="$REPO_DIR/.build/release/reel"
fi
[[ -x "$REEL" ]] || die "reel binary not found or not executable: $REEL"
REEL=$(cd "$(dirname "$REEL")" && pwd)/$(basename "$REEL")
echo "reel: $REEL"

FAILED=()

say "Encoder settings (reel render --dry-run)"
ENCODER_ARGS=()
ENCODER_SOURCE=fallback
if "$REEL" render "$WORK/reference.json" --output "$WORK/reel.mp4" --dry-run \
        >"$WORK/dry-run.json" 2>"$LOGS/dry-run.log"; then
    "$REEL" render "$WORK/reference.json" --output "$WORK/reel-chunked.mp4" --chunks 2 --dry-run \
        >"$WORK/dry-run-chunked.json" 2>>"$LOGS/dry-run.log" || true
    if parsed=$(python3 -c '
import json, sys
a = json.load(open(sys.argv[1]))["videoEncoderArgs"]
assert isinstance(a, list) and a and all(isinstance(x, str) and "\n" not in x for x in a)
print("\n".join(a))' "$WORK/dry-run.json" 2>>"$LOGS/dry-run.log"); then
        mapfile -t ENCODER_ARGS <<<"$parsed"
        ENCODER_SOURCE=dry-run
    fi
fi
if [[ $ENCODER_SOURCE == dry-run ]]; then
    echo "videoEncoderArgs: ${ENCODER_ARGS[*]}"
else
    warn "reel render --dry-run gave no videoEncoderArgs; falling back to: ${FALLBACK_ENCODER_ARGS[*]}"
    warn "(stdout in $WORK/dry-run.json, stderr in $LOGS/dry-run.log:)"
    head -c 1500 "$LOGS/dry-run.log" >&2 || true
    ENCODER_ARGS=("${FALLBACK_ENCODER_ARGS[@]}")
fi
python3 -c 'import json, sys; json.dump(sys.argv[2:], open(sys.argv[1], "w"))' \
    "$WORK/encoder-args.json" "${ENCODER_ARGS[@]}"
echo "$ENCODER_SOURCE" >"$WORK/encoder-args.source"
# Where the 2-chunk render starts each chunk: "chunks" lists frame ranges "a-b".
SEAMS=$(python3 -c '
import json, sys
try:
    chunks = json.load(open(sys.argv[1])).get("chunks", [])
except Exception:
    chunks = []
print(",".join(c.split("-")[0] for c in chunks[1:]))' "$WORK/dry-run-chunked.json")
echo "chunks by default: $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1])).get("chunks", ["?"])))' "$WORK/dry-run.json" 2>/dev/null || echo '?')"
echo "chunks with --chunks 2: $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1])).get("chunks", ["?"])))' "$WORK/dry-run-chunked.json" 2>/dev/null || echo '?')"
[[ -n "$BEFORE" ]] && { [[ -x "$BEFORE" ]] || die "--before binary not found: $BEFORE"; BEFORE=$(cd "$(dirname "$BEFORE")" && pwd)/$(basename "$BEFORE"); }

say "Timed runs ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
load_check
if ! timed reel-final "$REEL" render "$WORK/reference.json" --output "$WORK/reel.mp4"; then
    FAILED+=(reel-final)
fi
if ! timed reel-preview "$REEL" render "$WORK/reference.json" --preview --output "$WORK/preview.mp4"; then
    FAILED+=(reel-preview)
fi
# The same job in one FFmpeg process and in two chunks side by side: what chunking gains here,
# and the pair for the seam check.
if ! timed reel-one "$REEL" render "$WORK/reference.json" --chunks 1 --output "$WORK/reel-one.mp4"; then
    FAILED+=(reel-one)
fi
if ! timed reel-chunked "$REEL" render "$WORK/reference.json" --chunks 2 --output "$WORK/reel-chunked.mp4"; then
    FAILED+=(reel-chunked)
fi
if [[ -n "$BEFORE" ]] && ! timed reel-before "$BEFORE" render "$WORK/reference.json" --output "$WORK/reel-before.mp4"; then
    FAILED+=(reel-before)
fi
if [[ -f "$WORK/reel.mp4" && ! " ${FAILED[*]} " =~ " reel-final " ]]; then
    if ! timed limit "${FF[@]}" -i "$WORK/reel.mp4" -map 0:v "${ENCODER_ARGS[@]}" "$WORK/limit.mp4"; then
        FAILED+=(limit)
    fi
else
    echo "limit: skipped (no reel.mp4 from reel final)"
fi
if ! timed three-clips "$REEL" render "$WORK/three-clips.json" --output "$WORK/three-clips.mp4"; then
    FAILED+=(three-clips)
fi

if (( SKIP_MOVIEPY )); then
    say "MoviePy: skipped (--skip-moviepy)"
else
    say "MoviePy ($MOVIEPY_PIN, runs once: it takes ~5 minutes)"
    installed=$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("moviepy"))' 2>/dev/null || true)
    if [[ "moviepy==$installed" != "$MOVIEPY_PIN" ]]; then
        echo "setting up $VENV with $MOVIEPY_PIN (found: ${installed:-none})"
        [[ -x "$VENV/bin/python" ]] || python3 -m venv "$VENV"
        "$VENV/bin/pip" install --quiet --disable-pip-version-check "$MOVIEPY_PIN"
    fi
    "$VENV/bin/pip" freeze --disable-pip-version-check >"$WORK/moviepy-freeze.txt" 2>/dev/null || true
    load_check
    # MoviePy encodes with FFmpeg; make it use the same /usr/bin/ffmpeg as Reel, not imageio's.
    if ! FFMPEG_BINARY=$(command -v ffmpeg) TIMED_RUNS=1 timed moviepy \
            "$VENV/bin/python" "$BENCH_DIR/moviepy_job.py" "$WORK/reference.json" "$WORK/moviepy.mp4" \
            --encoder-args-json "$WORK/encoder-args.json"; then
        FAILED+=(moviepy)
    fi
fi

say "Seam check (2-chunk reel-chunked.mp4 against one-process reel-one.mp4)"
if [[ -z "$SEAMS" ]]; then
    echo "one chunk: no seams to check" | tee "$WORK/seams.txt"
    echo '{"seams": [], "checks": []}' >"$WORK/seams.json"
elif [[ -f "$WORK/reel-chunked.mp4" && -f "$WORK/reel-one.mp4" ]]; then
    python3 "$BENCH_DIR/seamcheck.py" "$WORK/reel-one.mp4" "$WORK/reel-chunked.mp4" --seams "$SEAMS" \
        --json "$WORK/seams.json" | tee "$WORK/seams.txt" || FAILED+=(seam-check)
fi

say "Results"
REPORT_ARGS=(--work "$WORK" --reel "$REEL")
(( SKIP_MOVIEPY )) && REPORT_ARGS+=(--skip-moviepy)
python3 "$BENCH_DIR/report.py" "${REPORT_ARGS[@]}" | tee "$WORK/results.md"
echo
echo "(table saved to $WORK/results.md; raw figures in $RESULTS, logs in $LOGS)"

if (( ${#FAILED[@]} > 0 )); then
    echo "FAILED jobs: ${FAILED[*]} (see $LOGS)" >&2
    exit 1
fi
